package org.agora.learning;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The learner's pages in both languages, and who sees what of them. */
@SpringBootTest
@AutoConfigureMockMvc
class LearnerPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	LearningFixtures fixtures;

	LearningFixtures.TestCourse course;

	@BeforeEach
	void aCourse() {
		fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
	}

	@Test
	void theDemoLeaderSeesEveryPageInEnglishAndHebrew() throws Exception {
		long leader = Personas.user(users, Personas.LEADER).personId();
		fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), leader);
		var pages = new String[] { "/learning", "/learning/courses/" + course.courseId(),
				"/learning/lessons/" + course.reading(), "/learning/lessons/" + course.quizLesson(),
				"/learning/lessons/" + course.exerciseLesson() };
		for (String page : pages) {
			mvc.perform(get(page).with(as(Personas.LEADER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
				.andExpect(content().string(not(containsString("learner."))));
			mvc.perform(get(page).param("lang", "he").with(as(Personas.LEADER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<html lang=\"he\" dir=\"rtl\">")))
				.andExpect(content().string(containsString("הלמידה שלי")))
				.andExpect(content().string(not(containsString("learner."))));
		}
		mvc.perform(get("/learning/lessons/" + course.reading()).param("lang", "he").with(as(Personas.LEADER)))
			.andExpect(content().string(containsString("<strong>מהו ידע</strong>")))
			.andExpect(content().string(containsString("סמנו כהושלם")));
		mvc.perform(get("/learning/lessons/" + course.quizLesson()).param("lang", "he").with(as(Personas.LEADER)))
			.andExpect(content().string(containsString("ידע סמוי נמצא ב…")));
	}

	@Test
	void anEmployeeOutsideTheProgrammeGetsAFriendlyExplanationAndNoCourse() throws Exception {
		mvc.perform(get("/learning").with(as(Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-reader\"")))
			.andExpect(content().string(containsString("The training course is for knowledge leaders")))
			.andExpect(content().string(not(containsString("href=\"/learning\""))));
		mvc.perform(get("/learning/courses/" + course.courseId()).with(as(Personas.EMPLOYEE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/learning/lessons/" + course.reading()).with(as(Personas.EMPLOYEE)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/learning/courses/999999999").with(as(Personas.LEADER))).andExpect(status().isNotFound());
		mvc.perform(get("/").with(as(Personas.LEADER)))
			.andExpect(content().string(containsString("href=\"/learning\"")));
	}

	@Test
	void theCourseShowsModulesInOrderWithProgressAndDoneLessons() throws Exception {
		var learner = new LearnerAccounts(jdbc).leader();
		fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), learner.id());
		mvc.perform(post("/learning/lessons/" + course.reading() + "/completion").with(csrf()).with(learner.signedIn()))
			.andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/learning/courses/" + course.courseId()).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("25% of the required lessons done")))
			.andExpect(content().string(containsString("1 of 3 required lessons done")))
			.andExpect(content().string(containsString("0 of 1 required lessons done")))
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(containsString("<li>Understand Basics</li>")))
			.andExpect(content().string(containsString("<span class=\"visually-hidden\">Done</span>")))
			.andExpect(content().string(containsString("Optional")))
			.andExpect(content().string(containsString("10 min")))
			.andExpect(content().string(containsString("Continue where you left off")))
			.andReturn().getResponse().getContentAsString();
		String modules = page.substring(page.indexOf("id=\"module-"));
		assertThat(modules.indexOf("What knowledge is")).isLessThan(modules.indexOf("Check yourself"));
		assertThat(modules.indexOf("Check yourself")).isLessThan(modules.indexOf("Running a session"));
		assertThat(modules).containsOnlyOnce("lesson-done");
	}

	@Test
	void aLessonShowsItsLinksVideoAndAttachmentsAndIsRememberedAsWhereTheLearnerLeftOff() throws Exception {
		var learner = new LearnerAccounts(jdbc).leader();
		long enrolment = fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), learner.id());
		jdbc.sql("update learning_lesson set video_url = 'https://video.example/km' where id = :id")
			.param("id", course.reading2())
			.update();
		jdbc.sql("insert into learning_lesson_link (lesson_id, position, title, url)"
				+ " values (:l, 1, 'KM handbook', 'https://km.example/handbook'), (:l, 2, 'Sneaky', 'javascript:alert(1)')")
			.param("l", course.reading2())
			.update();
		long attachment = attach(course.reading2(), "checklist.txt", "text/plain", "Bring the sticky notes");
		long picture = attach(course.reading2(), "map.png", "image/png", "png");

		mvc.perform(get("/learning/lessons/" + course.reading2()).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>Running a session</strong>")))
			.andExpect(content().string(containsString(
					"href=\"https://km.example/handbook\" target=\"_blank\" rel=\"noopener noreferrer\"")))
			.andExpect(content().string(not(containsString("javascript:alert"))))
			.andExpect(content().string(containsString("href=\"https://video.example/km\"")))
			.andExpect(content().string(containsString("href=\"/learning/attachments/" + attachment + "\"")))
			.andExpect(content().string(allOf(containsString("rel=\"prev\""), containsString("rel=\"next\""))));
		assertThat(jdbc.sql("select last_lesson_id from learning_enrolment where id = :id").param("id", enrolment)
			.query(Long.class).single()).isEqualTo(course.reading2());
		mvc.perform(get("/learning").with(learner.signedIn()))
			.andExpect(content().string(containsString("Continue where you left off")))
			.andExpect(content().string(containsString("href=\"/learning/lessons/" + course.reading2() + "\"")));

		mvc.perform(get("/learning/attachments/" + attachment).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string("Bring the sticky notes"));
		mvc.perform(get("/learning/attachments/" + picture).with(learner.signedIn()))
			.andExpect(header().string("Content-Disposition", containsString("inline")));
		mvc.perform(get("/learning/attachments/" + attachment).with(as(Personas.EMPLOYEE)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLeaderWhoIsNotEnrolledReadsTheCourseAsAReference() throws Exception {
		var reader = new LearnerAccounts(jdbc).leader();
		mvc.perform(get("/learning").with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"library\"")))
			.andExpect(content().string(containsString("href=\"/learning/courses/" + course.courseId() + "\"")));
		mvc.perform(get("/learning/lessons/" + course.reading()).with(reader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"standing-note\"")))
			.andExpect(content().string(not(containsString("id=\"mark-done\""))));
	}

	@Test
	void theHomePageSuggestsTheLessonToContinueWith() throws Exception {
		var learner = new LearnerAccounts(jdbc).leader();
		fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), learner.id());
		mvc.perform(get("/").with(learner.signedIn()))
			.andExpect(content().string(containsString("Continue your course: What knowledge is")))
			.andExpect(content().string(containsString("href=\"/learning/lessons/" + course.reading() + "\"")));
		mvc.perform(get("/").param("lang", "he").with(learner.signedIn()))
			.andExpect(content().string(containsString("המשיכו בקורס: מהו ידע")));
	}

	private long attach(long lesson, String name, String type, String data) {
		jdbc.sql("insert into learning_attachment (lesson_id, file_name, content_type, size_bytes, data, created_at)"
				+ " values (:l, :name, :type, :size, :data, :now)")
			.param("l", lesson).param("name", name).param("type", type)
			.param("size", data.length()).param("data", data.getBytes(StandardCharsets.UTF_8))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return jdbc.sql("select max(id) from learning_attachment").query(Long.class).single();
	}

	private RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}
}
