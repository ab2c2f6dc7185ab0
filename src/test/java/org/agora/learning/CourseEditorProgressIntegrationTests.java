package org.agora.learning;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editing a course while a cohort runs keeps every leader's recorded progress. */
@SpringBootTest
@AutoConfigureMockMvc
class CourseEditorProgressIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	Progress progress;

	LearningFixtures.TestCourse course;

	long enrolment;

	@BeforeEach
	void aLeaderIsHalfwayThroughARunningCohort() {
		var fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
		long cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		enrolment = fixtures.enrol(cohort, Personas.user(users, Personas.LEADER).personId());
		jdbc.sql("insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:e, :l, current_timestamp)")
			.param("e", enrolment).param("l", course.reading()).update();
		jdbc.sql("""
				insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)
				values (:e, :q, 1, 40, false, '', current_timestamp)""").param("e", enrolment).param("q", course.quiz()).update();
	}

	@Test
	void archivingTheLastOpenLessonsCompletesTheLearnersWhoHaveDoneTheRest() throws Exception {
		jdbc.sql("insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:e, :l, current_timestamp)")
			.param("e", enrolment).param("l", course.reading2()).update();
		for (long lesson : new long[] { course.quizLesson(), course.exerciseLesson() }) {
			mvc.perform(asManager(post("/learning/edit/lessons/" + lesson + "/archive")))
				.andExpect(status().is3xxRedirection());
		}

		assertThat(jdbc.sql("select certificate_code from learning_enrolment where id = :e").param("e", enrolment)
			.query(String.class).optional()).hasValueSatisfying(code -> assertThat(code).startsWith("KLF-"));
	}

	@Test
	void anArchivedLessonDisappearsForLearnersKeepsItsCompletionAndComesBackWhenRestored() throws Exception {
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/archive")))
			.andExpect(status().is3xxRedirection());

		assertThat(catalog.course(course.courseId()).orElseThrow().lesson(course.reading())).isEmpty();
		assertThat(completions()).isEqualTo(1);
		assertThat(progress.doneLessons(enrolment)).contains(course.reading());
		mvc.perform(asManager(get("/learning/edit/courses/" + course.courseId())))
			.andExpect(content().string(containsString("A cohort is taking this course right now")))
			.andExpect(content().string(containsString("What knowledge is")));

		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/restore")))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.course(course.courseId()).orElseThrow().lessons()).extracting(Catalog.Lesson::id)
			.startsWith(course.reading());
	}

	@Test
	void anArchivedModuleHidesItsLessonsAndKeepsTheirProgress() throws Exception {
		mvc.perform(asManager(post("/learning/edit/modules/" + course.module1() + "/archive")))
			.andExpect(status().is3xxRedirection());

		var read = catalog.course(course.courseId()).orElseThrow();
		assertThat(read.modules()).extracting(Catalog.Module::id).containsExactly(course.module2());
		assertThat(read.lesson(course.reading())).isEmpty();
		assertThat(completions()).isEqualTo(1);
		assertThat(attempts()).isEqualTo(1);

		mvc.perform(asManager(post("/learning/edit/modules/" + course.module1() + "/restore")));
		assertThat(catalog.course(course.courseId()).orElseThrow().modules()).hasSize(2);
	}

	@Test
	void aLessonWithProgressIsNeverDeleted() throws Exception {
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/delete")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failed", "editor.error.lessonUsed"));
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.quizLesson() + "/delete")))
			.andExpect(flash().attribute("failed", "editor.error.lessonUsed"));
		mvc.perform(asManager(post("/learning/edit/modules/" + course.module1() + "/delete")))
			.andExpect(flash().attribute("failed", "editor.error.moduleNotEmpty"));

		assertThat(lessonExists(course.reading())).isTrue();
		assertThat(lessonExists(course.quizLesson())).isTrue();
		assertThat(completions()).isEqualTo(1);
		assertThat(attempts()).isEqualTo(1);
	}

	@Test
	void aLessonNobodyWorkedOnIsDeletedWithItsQuizOrExercise() throws Exception {
		jdbc.sql("update learning_enrolment set last_lesson_id = :l where id = :e").param("l", course.exerciseLesson())
			.param("e", enrolment).update();

		mvc.perform(asManager(post("/learning/edit/lessons/" + course.exerciseLesson() + "/delete")))
			.andExpect(flash().attribute("saved", "editor.lessonDeleted"));

		assertThat(lessonExists(course.exerciseLesson())).isFalse();
		assertThat(jdbc.sql("select count(*) from learning_exercise where id = :x").param("x", course.exercise())
			.query(Long.class).single()).isZero();
		assertThat(completions()).isEqualTo(1);
	}

	@Test
	void anEmptyModuleIsDeleted() throws Exception {
		mvc.perform(asManager(post("/learning/edit/courses/" + course.courseId() + "/modules")).param("titleEn", "Spare")
			.param("titleHe", "רזרבה"));
		long spare = jdbc.sql("select max(id) from learning_module where course_id = :c").param("c", course.courseId())
			.query(Long.class).single();

		mvc.perform(asManager(post("/learning/edit/modules/" + spare + "/delete")))
			.andExpect(flash().attribute("saved", "editor.moduleDeleted"));
		assertThat(catalog.course(course.courseId()).orElseThrow().modules()).hasSize(2);
	}

	@Test
	void aLessonsKindIsRefusedToChangeOnceLearnersWorkedOnItSayingWhy() throws Exception {
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading())).param("kind", "EXERCISE")
			.param("titleEn", "Typed title").param("titleHe", "מהו ידע").param("bodyEn", "Typed body"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Learners have worked on this lesson, so its kind cannot change.")))
			.andExpect(content().string(containsString("value=\"Typed title\"")));
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.quizLesson())).param("kind", "READING")
			.param("titleEn", "Check yourself").param("titleHe", "בדקו את עצמכם"))
			.andExpect(content().string(containsString("its kind cannot change")));

		assertThat(kind(course.reading())).isEqualTo("READING");
		assertThat(catalog.course(course.courseId()).orElseThrow().lesson(course.reading()).orElseThrow().title().en())
			.as("nothing half-written").isEqualTo("What knowledge is");
		assertThat(jdbc.sql("select count(*) from learning_quiz where id = :q").param("q", course.quiz())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLessonNobodyWorkedOnChangesKind() throws Exception {
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading2())).param("kind", "QUIZ")
			.param("titleEn", "Running a session").param("titleHe", "הנחיית מפגש").param("required", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(kind(course.reading2())).isEqualTo("QUIZ");
		assertThat(catalog.course(course.courseId()).orElseThrow().lesson(course.reading2()).orElseThrow().quizId()).isNotNull();

		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading2())).param("kind", "READING")
			.param("titleEn", "Running a session").param("titleHe", "הנחיית מפגש").param("required", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.course(course.courseId()).orElseThrow().lesson(course.reading2()).orElseThrow().quizId()).isNull();
	}

	@Test
	void textsOfALessonWithProgressStillChange() throws Exception {
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading())).param("kind", "READING")
			.param("titleEn", "What knowledge is, revised").param("titleHe", "מהו ידע").param("required", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(catalog.course(course.courseId()).orElseThrow().lesson(course.reading()).orElseThrow().title().en())
			.isEqualTo("What knowledge is, revised");
		assertThat(progress.doneLessons(enrolment)).contains(course.reading());
	}

	private boolean lessonExists(long lessonId) {
		return jdbc.sql("select count(*) from learning_lesson where id = :l").param("l", lessonId).query(Long.class).single() > 0;
	}

	private String kind(long lessonId) {
		return jdbc.sql("select kind from learning_lesson where id = :l").param("l", lessonId).query(String.class).single();
	}

	private long completions() {
		return jdbc.sql("select count(*) from learning_completion where enrolment_id = :e").param("e", enrolment)
			.query(Long.class).single();
	}

	private long attempts() {
		return jdbc.sql("select count(*) from learning_attempt where enrolment_id = :e").param("e", enrolment)
			.query(Long.class).single();
	}

	private MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(Personas.as(users, Personas.MANAGER));
	}
}
