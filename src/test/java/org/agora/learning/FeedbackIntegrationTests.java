package org.agora.learning;

import java.util.Map;

import org.agora.Personas;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A learner who completed the course rates each module and may say what helped and what they would change, once;
 * the cohort's facilitators and community managers see the totals and the answers, without names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Completion completion;

	@Autowired
	FeedbackSurvey survey;

	LearningFixtures fixtures;

	LearningFixtures.TestCourse course;

	long cohort;

	long enrolment;

	@BeforeEach
	void theLeaderCompletedTheCourse() {
		fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
		cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		enrolment = completed(Personas.user(users, Personas.LEADER).personId());
	}

	@Test
	void theSurveyAsksForARatingOfEachModuleAndTwoOptionalAnswers() throws Exception {
		String page = page(get(feedback()).with(Personas.as(users, Personas.LEADER)), 200);

		assertThat(page).contains("<legend", "Basics", "Practice", "name=\"rating-" + course.module1() + "\"",
				"name=\"rating-" + course.module2() + "\"", "What helped you most?", "What would you change?",
				"maxlength=\"2000\"");
	}

	@Test
	void aMissingRatingIsNamedAndEverythingTypedIsKept() throws Exception {
		String page = page(post(feedback()).with(Personas.as(users, Personas.LEADER)).with(csrf())
			.param("rating-" + course.module1(), "4")
			.param("helped", "The quizzes & the cohort")
			.param("toChange", "More examples"), 200);

		assertThat(page).contains("id=\"rating-" + course.module2() + "-error\"",
				"Choose a rating from 1 to 5 for this module.", "The quizzes &amp; the cohort", "More examples")
			.containsPattern("value=\"4\"[^>]*checked")
			.doesNotContain("id=\"rating-" + course.module1() + "-error\"");
		assertThat(feedbackRows()).as("nothing half-written").isZero();
	}

	@Test
	void aRatingOutOfRangeOrAnAnswerTooLongIsRefused() throws Exception {
		String page = page(post(feedback()).with(Personas.as(users, Personas.LEADER)).with(csrf())
			.param("rating-" + course.module1(), "6")
			.param("rating-" + course.module2(), "3")
			.param("toChange", "x".repeat(2001)), 200);

		assertThat(page).contains("A rating is a whole number from 1 to 5.", "id=\"toChange-error\"",
				"Write at most 2,000 characters.");
		assertThat(feedbackRows()).isZero();
	}

	@Test
	void feedbackIsGivenOnceOnly() throws Exception {
		mvc.perform(answers(post(feedback()).with(Personas.as(users, Personas.LEADER)).with(csrf()), 5, 4, "The mentor"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(feedback()));

		assertThat(page(get(feedback()).with(Personas.as(users, Personas.LEADER)), 200))
			.contains("You have already told us how the course went.")
			.doesNotContain("<form method=\"post\" action=\"" + feedback() + "\"");

		String again = page(answers(post(feedback()).with(Personas.as(users, Personas.LEADER)).with(csrf()), 1, 1, "Changed"),
				409);
		assertThat(again).contains("You have already given feedback on this course; it can be given once.");
		assertThat(feedbackRows()).isEqualTo(1);
		assertThat(jdbc.sql("select helped from learning_feedback where enrolment_id = :e").param("e", enrolment)
			.query(String.class)
			.single()).isEqualTo("The mentor");
	}

	@Test
	void onlyLearnersWhoCompletedTheCourseGiveFeedback() throws Exception {
		mvc.perform(get(feedback()).with(Personas.as(users, Personas.EMPLOYEE))).andExpect(status().isForbidden());
		fixtures.enrol(cohort, Personas.user(users, Personas.EMPLOYEE).personId());
		mvc.perform(get(feedback()).with(Personas.as(users, Personas.EMPLOYEE))).andExpect(status().isForbidden());
		mvc.perform(answers(post(feedback()).with(Personas.as(users, Personas.EMPLOYEE)).with(csrf()), 5, 5, ""))
			.andExpect(status().isForbidden());
		mvc.perform(get("/learning/courses/{id}/feedback", 987654321L).with(Personas.as(users, Personas.LEADER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLearnerWhoTakesTheCourseAgainStillAnswersAboutTheRunTheyFinished() throws Exception {
		long laterCohort = fixtures.cohort(course.courseId(), CohortStatus.PLANNED);
		fixtures.enrol(laterCohort, Personas.user(users, Personas.LEADER).personId());

		mvc.perform(answers(post(feedback()).with(Personas.as(users, Personas.LEADER)).with(csrf()), 4, 4, ""))
			.andExpect(status().isFound());

		assertThat(feedbackRows()).isEqualTo(1);
	}

	@Test
	void facilitatorsAndManagersSeeTotalsAndAnswersWithoutNames() throws Exception {
		survey.submit(Personas.user(users, Personas.LEADER), course.courseId(),
				new FeedbackSurvey.Answers(Map.of(course.module1(), 4, course.module2(), 3), "Peer review", ""));
		var employee = Personas.user(users, Personas.EMPLOYEE);
		completed(employee.personId());
		survey.submit(employee, course.courseId(),
				new FeedbackSurvey.Answers(Map.of(course.module1(), 5, course.module2(), 3), "", "Shorter videos"));
		var third = CompletionIntegrationTests.person(jdbc, "Tamar Shani", "he", Role.KNOWLEDGE_LEADER);
		completed(third.personId());
		survey.submit(third, course.courseId(),
				new FeedbackSurvey.Answers(Map.of(course.module1(), 2, course.module2(), 4), "Anchors", "More time"));
		var facilitator = CompletionIntegrationTests.person(jdbc, "Ori Facilitator", "en", Role.KNOWLEDGE_LEADER);
		fixtures.facilitator(cohort, facilitator.personId());

		String page = page(get(results()).with(CompletionIntegrationTests.signedIn(facilitator)), 200);

		assertThat(row(page, course.module1())).contains(">3.7<", "count\">3<", "rating-1\">0<", "rating-2\">1<",
				"rating-4\">1<", "rating-5\">1<");
		assertThat(row(page, course.module2())).contains(">3.3<", "count\">3<", "rating-3\">2<", "rating-4\">1<");
		assertThat(page).contains("3 of the 3 learners", "Peer review", "Anchors", "Shorter videos", "More time")
			.doesNotContain("Rania Haddad", "Daniel Cohen", "Tamar Shani");
		assertThat(page.indexOf("Anchors")).as("answers in alphabetical order, not by time")
			.isLessThan(page.indexOf("Peer review"));

		assertThat(page(get(results()).param("lang", "he").with(Personas.as(users, Personas.MANAGER)), 200))
			.contains("3.7", "דירוגים לפי יחידה")
			.doesNotContain("Rania Haddad", "Daniel Cohen", "Tamar Shani");
	}

	@Test
	void resultsOfFewerThanThreeAnswersAreWithheldSoThatNobodyIsPointedAt() throws Exception {
		survey.submit(Personas.user(users, Personas.LEADER), course.courseId(),
				new FeedbackSurvey.Answers(Map.of(course.module1(), 1, course.module2(), 1), "Only me", "Only me too"));

		String page = page(get(results()).with(Personas.as(users, Personas.MANAGER)), 200);

		assertThat(page).contains("feedback-withheld").doesNotContain("Only me");
	}

	@Test
	void aLeaderWhoDoesNotFacilitateTheCohortMayNotSeeItsFeedback() throws Exception {
		mvc.perform(get(results()).with(Personas.as(users, Personas.LEADER))).andExpect(status().isForbidden());
		mvc.perform(get(results()).with(Personas.as(users, Personas.GUEST))).andExpect(status().isForbidden());
		mvc.perform(get("/learning/cohorts/{id}/feedback", 987654321L).with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiTakesTheAnswersOnceWithTheSameChecks() throws Exception {
		String missing = "{\"ratings\": {\"%d\": 5}, \"helped\": \"Peer review\"}".formatted(course.module1());
		mvc.perform(post("/api/v1/courses/{id}/feedback", course.courseId()).with(Personas.as(users, Personas.LEADER))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(missing))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rating-" + course.module2()));
		assertThat(feedbackRows()).isZero();

		String complete = "{\"ratings\": {\"%d\": 5, \"%d\": 2}, \"toChange\": \"Fewer slides\"}"
			.formatted(course.module1(), course.module2());
		for (int expected : new int[] { 201, 409 }) {
			mvc.perform(post("/api/v1/courses/{id}/feedback", course.courseId()).with(Personas.as(users, Personas.LEADER))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(complete))
				.andExpect(status().is(expected));
		}
		mvc.perform(post("/api/v1/courses/{id}/feedback", course.courseId()).with(Personas.as(users, Personas.EMPLOYEE))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(complete))
			.andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/cohorts/{id}/feedback", cohort).with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responses").value(1))
			.andExpect(jsonPath("$.modules").isEmpty())
			.andExpect(jsonPath("$.toChange").isEmpty());
		mvc.perform(get("/api/v1/cohorts/{id}/feedback", cohort).with(Personas.as(users, Personas.LEADER)))
			.andExpect(status().isForbidden());
	}

	private long completed(long personId) {
		long id = fixtures.enrol(cohort, personId);
		CompletionIntegrationTests.finishEveryRequiredLesson(jdbc, course, id);
		completion.check(id).orElseThrow();
		return id;
	}

	private MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, int first, int second,
			String helped) {
		return request.param("rating-" + course.module1(), String.valueOf(first))
			.param("rating-" + course.module2(), String.valueOf(second))
			.param("helped", helped);
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

	private String feedback() {
		return "/learning/courses/" + course.courseId() + "/feedback";
	}

	private String results() {
		return "/learning/cohorts/" + cohort + "/feedback";
	}

	private long feedbackRows() {
		return jdbc.sql("select count(*) from learning_feedback where enrolment_id = :e").param("e", enrolment)
			.query(Long.class)
			.single();
	}

	private static String row(String page, long moduleId) {
		int start = page.indexOf("data-module=\"" + moduleId + "\"");
		assertThat(start).as("a row for module " + moduleId).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}
}
