package org.agora.learning;

import java.nio.charset.StandardCharsets;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Submitting an exercise: text and/or a file checked by its content, one submission waiting at a time. */
@SpringBootTest
@AutoConfigureMockMvc
class LearnerExerciseIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PROGRAM = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	LearningFixtures fixtures;

	LearningFixtures.TestCourse course;

	LearnerAccounts.Learner learner;

	long cohort;

	long enrolment;

	@BeforeEach
	void aLearnerInARunningCohort() {
		fixtures = new LearningFixtures(jdbc);
		course = fixtures.course();
		learner = new LearnerAccounts(jdbc).leader();
		cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		enrolment = fixtures.enrol(cohort, learner.id());
	}

	@Test
	void aWrittenAnswerWaitsForReviewAndANewOneOnlyFollowsARevisionRequest() throws Exception {
		mvc.perform(submission().param("text", "Critical skill: <b>turbine balancing</b>").with(learner.signedIn()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/learning/lessons/" + course.exerciseLesson() + "#exercise"));
		assertThat(jdbc.sql("select status from learning_submission where enrolment_id = :e").param("e", enrolment)
			.query(String.class).single()).isEqualTo("SUBMITTED");

		mvc.perform(submission().param("text", "A second thought").with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your latest submission is waiting for review.")));
		assertThat(submissions()).isEqualTo(1);

		jdbc.sql("update learning_submission set status = 'REVISION_REQUESTED', feedback = 'Name who holds the skill.'"
				+ " where enrolment_id = :e").param("e", enrolment).update();
		mvc.perform(get("/learning/lessons/" + course.exerciseLesson()).with(learner.signedIn()))
			.andExpect(content().string(containsString("Critical skill: &lt;b&gt;turbine balancing&lt;/b&gt;")))
			.andExpect(content().string(containsString("Revision requested")))
			.andExpect(content().string(containsString("Name who holds the skill.")))
			.andExpect(content().string(containsString("id=\"exercise-form\"")));
		mvc.perform(submission().param("text", "Held by Yossi, retiring in 2027").with(learner.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(submissions()).isEqualTo(2);
	}

	@Test
	void aFileIsJudgedByItsContentNotItsName() throws Exception {
		mvc.perform(submission().file(file("plan.pdf", PROGRAM)).param("text", "See the attached plan").with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file must be a PDF, a PNG or JPEG image, plain text")))
			.andExpect(content().string(containsString("See the attached plan")));
		assertThat(submissions()).isZero();

		mvc.perform(submission().file(file("plan.pdf", PDF)).with(learner.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select file_type from learning_submission where enrolment_id = :e").param("e", enrolment)
			.query(String.class).single()).isEqualTo("application/pdf");
	}

	@Test
	void anEmptySubmissionOrAnOverlongAnswerIsRefused() throws Exception {
		mvc.perform(submission().param("text", "   ").with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write your answer or attach a file.")));
		String tooLong = "keep-me " + "x".repeat(Exercises.MAX_TEXT);
		mvc.perform(submission().param("text", tooLong).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The answer is longer than 10,000 characters.")))
			.andExpect(content().string(containsString("keep-me xxx")));
		mvc.perform(submission().file(file("huge.pdf", new byte[Exercises.MAX_FILE_BYTES + 1])).with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 5 MB.")));
		assertThat(submissions()).isZero();
	}

	@Test
	void theLearnerAndTheCohortsFacilitatorDownloadTheFileAndNoOneElse() throws Exception {
		mvc.perform(submission().file(file("../my plan.pdf", PDF)).with(learner.signedIn()))
			.andExpect(status().is3xxRedirection());
		long submission = jdbc.sql("select id from learning_submission where enrolment_id = :e").param("e", enrolment)
			.query(Long.class).single();

		mvc.perform(get("/learning/submissions/" + submission + "/file").with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("my plan.pdf")))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/learning/lessons/" + course.exerciseLesson()).with(learner.signedIn()))
			.andExpect(content().string(containsString("href=\"/learning/submissions/" + submission + "/file\"")));

		var facilitator = new LearnerAccounts(jdbc).person("Test Facilitator", Role.EMPLOYEE);
		fixtures.facilitator(cohort, facilitator.id());
		mvc.perform(get("/learning/submissions/" + submission + "/file").with(facilitator.signedIn()))
			.andExpect(status().isOk());

		var otherLearner = new LearnerAccounts(jdbc).leader();
		fixtures.enrol(cohort, otherLearner.id());
		mvc.perform(get("/learning/submissions/" + submission + "/file").with(otherLearner.signedIn()))
			.andExpect(status().isNotFound());
		var facilitatorElsewhere = new LearnerAccounts(jdbc).leader();
		fixtures.facilitator(fixtures.cohort(course.courseId(), CohortStatus.RUNNING), facilitatorElsewhere.id());
		mvc.perform(get("/learning/submissions/" + submission + "/file").with(facilitatorElsewhere.signedIn()))
			.andExpect(status().isNotFound());
	}

	@Test
	void nothingIsSubmittedOutsideAnOpenCohort() throws Exception {
		var stranger = new LearnerAccounts(jdbc).leader();
		mvc.perform(submission().param("text", "An answer").with(stranger.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are not enrolled in this course.")));
		mvc.perform(get("/learning/lessons/" + course.exerciseLesson()).with(stranger.signedIn()))
			.andExpect(content().string(not(containsString("id=\"exercise-form\""))));

		jdbc.sql("update learning_cohort set status = 'CLOSED' where id = :id").param("id", cohort).update();
		mvc.perform(submission().param("text", "An answer").with(learner.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cohort is closed.")));
		assertThat(jdbc.sql("select count(*) from learning_submission where exercise_id = :x").param("x", course.exercise())
			.query(Long.class).single()).isZero();
	}

	private MockMultipartHttpServletRequestBuilder submission() {
		return (MockMultipartHttpServletRequestBuilder) multipart("/learning/exercises/" + course.exercise() + "/submissions")
			.with(csrf());
	}

	private static MockMultipartFile file(String name, byte[] data) {
		return new MockMultipartFile("file", name, "application/pdf", data);
	}

	private long submissions() {
		return jdbc.sql("select count(*) from learning_submission where enrolment_id = :e").param("e", enrolment)
			.query(Long.class)
			.single();
	}
}
