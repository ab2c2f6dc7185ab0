package org.agora.learning;

import java.util.Map;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** After a course the home page asks for feedback until it is given, and offers the certificate. */
@SpringBootTest
@AutoConfigureMockMvc
class CompletionNextStepsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Completion completion;

	@Autowired
	FeedbackSurvey survey;

	@Test
	void theHomePageAsksForFeedbackUntilItIsGivenAndOffersTheCertificate() throws Exception {
		var learner = CompletionIntegrationTests.person(jdbc, "Lior Ben-David", "en", Role.KNOWLEDGE_LEADER);
		var fixtures = new LearningFixtures(jdbc);
		var course = fixtures.course();
		long enrolment = fixtures.enrol(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), learner.personId());

		assertThat(home(learner)).doesNotContain("Tell us how the course went", "Download your certificate");

		CompletionIntegrationTests.finishEveryRequiredLesson(jdbc, course, enrolment);
		completion.check(enrolment).orElseThrow();

		assertThat(home(learner)).contains("href=\"/learning/courses/" + course.courseId() + "/feedback\"",
				"Tell us how the course went", "href=\"/learning/certificates/" + enrolment + ".pdf\"",
				"Download your certificate");

		survey.submit(learner, course.courseId(),
				new FeedbackSurvey.Answers(Map.of(course.module1(), 4, course.module2(), 5), "", ""));

		assertThat(home(learner)).doesNotContain("Tell us how the course went").contains("Download your certificate");
	}

	private String home(AccountUser learner) throws Exception {
		return mvc.perform(get("/").with(CompletionIntegrationTests.signedIn(learner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}
}
