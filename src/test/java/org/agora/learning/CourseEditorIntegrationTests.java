package org.agora.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.agora.Personas;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Community managers write courses, modules and lessons; refused input is shown again as typed, nothing saved. */
@SpringBootTest
@AutoConfigureMockMvc
class CourseEditorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Test
	void aManagerCreatesACourseThatLearnersCanFindBySlug() throws Exception {
		String slug = "km-basics-" + UUID.randomUUID().toString().substring(0, 6);
		var created = mvc.perform(asManager(post("/learning/edit/courses")).param("slug", slug)
			.param("titleEn", "KM basics").param("titleHe", "יסודות ניהול ידע").param("summaryEn", "Start here")
			.param("summaryHe", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		long id = catalog.courseIdBySlug(slug).orElseThrow();
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/learning/edit/courses/" + id);
		var course = catalog.course(id).orElseThrow();
		assertThat(course.title()).isEqualTo(new Bilingual("KM basics", "יסודות ניהול ידע"));
		assertThat(course.summary().he()).as("a blank summary is kept as none").isNull();
		mvc.perform(asManager(get("/learning/edit"))).andExpect(content().string(containsString("KM basics")));
		mvc.perform(asManager(get("/learning/edit/courses/" + id)).param("lang", "he"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("יסודות ניהול ידע")));
	}

	@Test
	void aCourseWithoutAHebrewTitleIsRefusedKeepingWhatWasTyped() throws Exception {
		String slug = "no-hebrew-" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(asManager(post("/learning/edit/courses")).param("slug", slug).param("titleEn", "Typed & kept")
			.param("titleHe", "  ").param("summaryEn", "A summary worth keeping"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the title in Hebrew")))
			.andExpect(content().string(containsString("value=\"Typed &amp; kept\"")))
			.andExpect(content().string(containsString("A summary worth keeping")))
			.andExpect(content().string(containsString("value=\"" + slug + "\"")))
			.andExpect(content().string(containsString("aria-describedby=\"titleHe-error\"")));
		assertThat(catalog.courseIdBySlug(slug)).isEmpty();
	}

	@Test
	void aSlugMustBeWellFormedAndUnused() throws Exception {
		var existing = new LearningFixtures(jdbc).course();
		String taken = jdbc.sql("select slug from learning_course where id = :id").param("id", existing.courseId())
			.query(String.class).single();

		for (String bad : List.of("ab", "Capital-Letters", "with space", "x".repeat(81))) {
			mvc.perform(asManager(post("/learning/edit/courses")).param("slug", bad).param("titleEn", "T").param("titleHe", "ט"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("3 to 80 small letters, digits or dashes")));
		}
		mvc.perform(asManager(post("/learning/edit/courses")).param("slug", taken).param("titleEn", "T").param("titleHe", "ט"))
			.andExpect(content().string(containsString("Another course has this address name.")));
		assertThat(jdbc.sql("select count(*) from learning_course where slug = :slug").param("slug", taken)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void editingACourseChangesItsTitlesAndMarksItChanged() throws Exception {
		var course = new LearningFixtures(jdbc).course();
		Instant before = ageUpdatedAt(course.courseId());

		mvc.perform(asManager(post("/learning/edit/courses/" + course.courseId())).param("titleEn", "Renamed")
			.param("titleHe", "שם חדש").param("summaryEn", "New summary").param("summaryHe", "תקציר חדש"))
			.andExpect(redirectedUrl("/learning/edit/courses/" + course.courseId()));

		var read = catalog.course(course.courseId()).orElseThrow();
		assertThat(read.title()).isEqualTo(new Bilingual("Renamed", "שם חדש"));
		assertThat(updatedAt(course.courseId())).isAfter(before);

		mvc.perform(asManager(post("/learning/edit/courses/" + course.courseId())).param("titleEn", "")
			.param("titleHe", "עוד שם"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the title in English")))
			.andExpect(content().string(containsString("value=\"עוד שם\"")));
		assertThat(catalog.course(course.courseId()).orElseThrow().title().en()).isEqualTo("Renamed");
	}

	@Test
	void aManagerAddsAndEditsAModuleWhichGoesLast() throws Exception {
		var course = new LearningFixtures(jdbc).course();
		Instant before = ageUpdatedAt(course.courseId());

		mvc.perform(asManager(post("/learning/edit/courses/" + course.courseId() + "/modules")).param("titleEn", "Harvesting")
			.param("titleHe", "קציר ידע").param("objectivesEn", "- Run an *after-action review*").param("objectivesHe", ""))
			.andExpect(status().is3xxRedirection());

		var modules = catalog.course(course.courseId()).orElseThrow().modules();
		assertThat(modules).extracting(Catalog.Module::title).extracting(Bilingual::en)
			.containsExactly("Basics", "Practice", "Harvesting");
		assertThat(updatedAt(course.courseId())).isAfter(before);
		long added = modules.get(2).id();

		mvc.perform(asManager(get("/learning/edit/modules/" + added))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Run an *after-action review*")));
		mvc.perform(asManager(post("/learning/edit/modules/" + added)).param("titleEn", "Knowledge harvesting")
			.param("titleHe", "").param("objectivesEn", "Kept objectives"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the title in Hebrew")))
			.andExpect(content().string(containsString("value=\"Knowledge harvesting\"")))
			.andExpect(content().string(containsString("Kept objectives")));
		mvc.perform(asManager(post("/learning/edit/modules/" + added)).param("titleEn", "Knowledge harvesting")
			.param("titleHe", "קציר ידע"))
			.andExpect(redirectedUrl("/learning/edit/courses/" + course.courseId() + "#module-" + added));
		assertThat(catalog.course(course.courseId()).orElseThrow().module(added).orElseThrow().title().en())
			.isEqualTo("Knowledge harvesting");
	}

	@Test
	void modulesAndLessonsMoveUpAndDown() throws Exception {
		var course = new LearningFixtures(jdbc).course();

		mvc.perform(asManager(post("/learning/edit/modules/" + course.module2() + "/move")).param("direction", "up"))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.course(course.courseId()).orElseThrow().modules()).extracting(Catalog.Module::id)
			.containsExactly(course.module2(), course.module1());

		mvc.perform(asManager(post("/learning/edit/modules/" + course.module2() + "/move")).param("direction", "up"));
		assertThat(catalog.course(course.courseId()).orElseThrow().modules()).extracting(Catalog.Module::id)
			.as("the first stays first").containsExactly(course.module2(), course.module1());

		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/move")).param("direction", "down"))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.course(course.courseId()).orElseThrow().module(course.module1()).orElseThrow().lessons())
			.extracting(Catalog.Lesson::id)
			.containsExactly(course.quizLesson(), course.reading(), course.exerciseLesson());

		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/move")).param("direction", "sideways"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aLessonIsAddedWithItsQuizOrExercise() throws Exception {
		var course = new LearningFixtures(jdbc).course();

		long quizLesson = addLesson(course.module2(), "QUIZ", "Final check", "בדיקה מסכמת");
		assertThat(jdbc.sql("select pass_percent, max_attempts from learning_quiz where lesson_id = :l").param("l", quizLesson)
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single()).containsExactly(70, 3);

		long exerciseLesson = addLesson(course.module2(), "EXERCISE", "Write a story", "כתבו סיפור");
		assertThat(jdbc.sql("select allows_file from learning_exercise where lesson_id = :l").param("l", exerciseLesson)
			.query(Boolean.class).single()).isTrue();

		var lessons = catalog.course(course.courseId()).orElseThrow().module(course.module2()).orElseThrow().lessons();
		assertThat(lessons).extracting(Catalog.Lesson::id).endsWith(quizLesson, exerciseLesson);
		assertThat(lessons.get(lessons.size() - 2).quizId()).isNotNull();
		assertThat(lessons.get(lessons.size() - 1).exerciseId()).isNotNull();
	}

	@Test
	void aLessonWithABadVideoAddressOrNoHebrewTitleIsRefusedKeepingWhatWasTyped() throws Exception {
		var course = new LearningFixtures(jdbc).course();
		long lessons = countLessons(course.module2());

		mvc.perform(asManager(post("/learning/edit/modules/" + course.module2() + "/lessons")).param("kind", "READING")
			.param("titleEn", "Videos").param("titleHe", "סרטונים").param("bodyEn", "Watch **this**")
			.param("videoUrl", "javascript:alert(1)").param("minutes", "12").param("required", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The video address starts with http:// or https://.")))
			.andExpect(content().string(containsString("Watch **this**")))
			.andExpect(content().string(containsString("value=\"12\"")));

		mvc.perform(asManager(post("/learning/edit/modules/" + course.module2() + "/lessons")).param("kind", "READING")
			.param("titleEn", "Without Hebrew").param("titleHe", "").param("minutes", "a few"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the title in Hebrew")))
			.andExpect(content().string(containsString("value=\"Without Hebrew\"")));

		mvc.perform(asManager(post("/learning/edit/modules/" + course.module2() + "/lessons")).param("kind", "READING")
			.param("titleEn", "Timed").param("titleHe", "מתוזמן").param("minutes", "a few"))
			.andExpect(content().string(containsString("whole number of minutes")))
			.andExpect(content().string(containsString("value=\"a few\"")));

		mvc.perform(asManager(post("/learning/edit/modules/" + course.module2() + "/lessons")).param("kind", "LECTURE")
			.param("titleEn", "Odd").param("titleHe", "מוזר"))
			.andExpect(content().string(containsString("Choose reading, quiz or exercise.")));
		assertThat(countLessons(course.module2())).isEqualTo(lessons);
	}

	@Test
	void editingALessonSavesItAndThePageShowsTheSavedTextRenderedInBothLanguages() throws Exception {
		var course = new LearningFixtures(jdbc).course();
		Instant before = ageUpdatedAt(course.courseId());

		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading())).param("kind", "READING")
			.param("titleEn", "What knowledge is").param("titleHe", "מהו ידע").param("bodyEn", "Knowledge is **power** <script>x</script>")
			.param("bodyHe", "ידע הוא *כוח*").param("videoUrl", "https://video.example/km").param("minutes", "15"))
			.andExpect(redirectedUrl("/learning/edit/lessons/" + course.reading()));

		var lesson = catalog.course(course.courseId()).orElseThrow().lesson(course.reading()).orElseThrow();
		assertThat(lesson.videoUrl()).isEqualTo("https://video.example/km");
		assertThat(lesson.minutes()).isEqualTo(15);
		assertThat(lesson.required()).as("an unticked box").isFalse();
		assertThat(updatedAt(course.courseId())).isAfter(before);
		mvc.perform(asManager(get("/learning/edit/lessons/" + course.reading())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Knowledge is <strong>power</strong>")))
			.andExpect(content().string(containsString("ידע הוא <em>כוח</em>")))
			.andExpect(content().string(not(containsString("<script>x</script>"))));
	}

	long addLesson(long moduleId, String kind, String en, String he) throws Exception {
		var result = mvc.perform(asManager(post("/learning/edit/modules/" + moduleId + "/lessons")).param("kind", kind)
			.param("titleEn", en).param("titleHe", he).param("bodyEn", "Body").param("required", "true")
			.param("allowsFile", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long countLessons(long moduleId) {
		return jdbc.sql("select count(*) from learning_lesson where module_id = :m").param("m", moduleId).query(Long.class).single();
	}

	private Instant ageUpdatedAt(long courseId) {
		Instant old = Instant.parse("2020-01-01T00:00:00Z");
		jdbc.sql("update learning_course set updated_at = :t where id = :id").param("t", Timestamp.from(old))
			.param("id", courseId).update();
		return old;
	}

	private Instant updatedAt(long courseId) {
		return jdbc.sql("select updated_at from learning_course where id = :id").param("id", courseId)
			.query(Timestamp.class).single().toInstant();
	}

	private MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(Personas.as(users, Personas.MANAGER));
	}
}
