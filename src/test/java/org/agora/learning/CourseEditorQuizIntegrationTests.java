package org.agora.learning;

import java.util.List;

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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quiz editor: pass mark and attempts, and questions saved with their options, only in a state a learner can
 * answer. Past attempts keep their score whatever changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CourseEditorQuizIntegrationTests {

	record Row(String en, String he, boolean correct) {
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	LearningFixtures.TestCourse course;

	@BeforeEach
	void aCourseWithAQuiz() {
		course = new LearningFixtures(jdbc).course();
	}

	@Test
	void theQuizPageShowsItsQuestionsAndOptions() throws Exception {
		mvc.perform(asManager(get("/learning/edit/quizzes/" + course.quiz())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tacit knowledge lives in…")))
			.andExpect(content().string(containsString("value=\"Communities of practice\"")))
			.andExpect(content().string(containsString("name=\"options[0].id\" value=\"" + course.q1Right() + "\"")));
		mvc.perform(asManager(get("/learning/edit/lessons/" + course.quizLesson())))
			.andExpect(content().string(containsString("href=\"/learning/edit/quizzes/" + course.quiz() + "\"")));
	}

	@Test
	void thePassMarkAndAttemptsAreSavedWithinTheirLimits() throws Exception {
		mvc.perform(asManager(post("/learning/edit/quizzes/" + course.quiz())).param("passPercent", "80")
			.param("maxAttempts", "5"))
			.andExpect(redirectedUrl("/learning/edit/quizzes/" + course.quiz()));
		assertThat(settings()).containsExactly(80, 5);

		mvc.perform(asManager(post("/learning/edit/quizzes/" + course.quiz())).param("passPercent", "101")
			.param("maxAttempts", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The pass mark is a whole percentage from 1 to 100.")))
			.andExpect(content().string(containsString("value=\"101\"")));
		mvc.perform(asManager(post("/learning/edit/quizzes/" + course.quiz())).param("passPercent", "60")
			.param("maxAttempts", "11"))
			.andExpect(content().string(containsString("Allow from 1 to 10 attempts.")));
		assertThat(settings()).containsExactly(80, 5);
	}

	@Test
	void aSingleChoiceQuestionWithTwoCorrectOptionsIsRefusedAndLeftAsItWas() throws Exception {
		mvc.perform(asManager(post("/learning/edit/questions/" + course.question1())).param("textEn", "Tacit knowledge is in…")
			.param("textHe", "ידע סמוי נמצא ב…").param("multiple", "false")
			.param("options[0].id", String.valueOf(course.q1Right())).param("options[0].textEn", "people's heads")
			.param("options[0].textHe", "ראשם של אנשים").param("options[0].correct", "true")
			.param("options[1].id", String.valueOf(course.q1Wrong())).param("options[1].textEn", "the archive")
			.param("options[1].textHe", "הארכיון").param("options[1].correct", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A single-answer question has exactly one correct option.")))
			.andExpect(content().string(containsString("value=\"Tacit knowledge is in…\"")));

		assertThat(options(course.question1())).containsExactly(new Row("people's heads", "ראשם של אנשים", true),
				new Row("the archive", "הארכיון", false));
		assertThat(jdbc.sql("select text_en from learning_question where id = :q").param("q", course.question1())
			.query(String.class).single()).isEqualTo("Tacit knowledge lives in…");
	}

	@Test
	void optionsAreAddedChangedAndRemovedWhilePastAttemptsKeepTheirScore() throws Exception {
		long attempt = pastAttemptChoosing(course.q2Wrong());

		mvc.perform(asManager(post("/learning/edit/questions/" + course.question2())).param("textEn", "Ways to share knowledge")
			.param("textHe", "דרכים לשתף ידע").param("multiple", "true")
			.param("options[0].id", String.valueOf(course.q2RightA())).param("options[0].textEn", "After-action reviews (AAR)")
			.param("options[0].textHe", "תחקירים").param("options[0].correct", "true")
			.param("options[1].id", String.valueOf(course.q2RightB())).param("options[1].textEn", "Communities of practice")
			.param("options[1].textHe", "קהילות מקצועיות")
			.param("options[2].id", String.valueOf(course.q2Wrong())).param("options[2].textEn", "Locking files away")
			.param("options[2].textHe", "נעילת קבצים").param("options[2].remove", "true")
			.param("options[3].textEn", "Mentoring, pairing").param("options[3].textHe", "חניכה").param("options[3].correct", "true")
			.param("options[4].textEn", "").param("options[4].textHe", ""))
			.andExpect(redirectedUrl("/learning/edit/quizzes/" + course.quiz() + "#question-" + course.question2()));

		assertThat(options(course.question2())).containsExactly(new Row("After-action reviews (AAR)", "תחקירים", true),
				new Row("Communities of practice", "קהילות מקצועיות", false), new Row("Mentoring, pairing", "חניכה", true));
		assertThat(jdbc.sql("select score_percent, passed, answers from learning_attempt where id = :a").param("a", attempt)
			.query((rs, n) -> tuple(rs.getInt(1), rs.getBoolean(2), rs.getString(3))).single())
			.isEqualTo(tuple(50, true, String.valueOf(course.q2Wrong())));
	}

	@Test
	void aRowWrittenInOneLanguageIsMarkedAndNothingIsSaved() throws Exception {
		mvc.perform(asManager(post("/learning/edit/questions/" + course.question1())).param("textEn", "Tacit knowledge lives in…")
			.param("textHe", "ידע סמוי נמצא ב…").param("multiple", "false")
			.param("options[0].id", String.valueOf(course.q1Right())).param("options[0].textEn", "people's heads")
			.param("options[0].textHe", "ראשם של אנשים").param("options[0].correct", "true")
			.param("options[1].id", String.valueOf(course.q1Wrong())).param("options[1].textEn", "the archive")
			.param("options[1].textHe", "הארכיון")
			.param("options[2].textEn", "the intranet").param("options[2].textHe", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"option-2-error\"")))
			.andExpect(content().string(containsString("value=\"the intranet\"")));
		assertThat(options(course.question1())).hasSize(2);
	}

	@Test
	void questionsAreAddedMovedAndRemoved() throws Exception {
		mvc.perform(asManager(post("/learning/edit/quizzes/" + course.quiz() + "/questions")).param("textEn", "Who owns knowledge?")
			.param("textHe", "למי שייך הידע?").param("multiple", "false")
			.param("options[0].textEn", "Everyone").param("options[0].textHe", "לכולם").param("options[0].correct", "true")
			.param("options[1].textEn", "Nobody").param("options[1].textHe", "לאף אחד")
			.param("options[2].textEn", "").param("options[2].textHe", "")
			.param("options[3].textEn", "").param("options[3].textHe", ""))
			.andExpect(status().is3xxRedirection());
		long added = jdbc.sql("select max(id) from learning_question where quiz_id = :q").param("q", course.quiz())
			.query(Long.class).single();
		assertThat(options(added)).containsExactly(new Row("Everyone", "לכולם", true), new Row("Nobody", "לאף אחד", false));

		mvc.perform(asManager(post("/learning/edit/questions/" + added + "/move")).param("direction", "up"));
		assertThat(questions()).containsExactly(course.question1(), added, course.question2());

		mvc.perform(asManager(post("/learning/edit/questions/" + course.question1() + "/remove")))
			.andExpect(redirectedUrl("/learning/edit/quizzes/" + course.quiz()));
		assertThat(questions()).containsExactly(added, course.question2());
		assertThat(options(course.question1())).isEmpty();
	}

	@Test
	void aNewQuestionWithoutACorrectOptionIsRefusedKeepingItsRows() throws Exception {
		mvc.perform(asManager(post("/learning/edit/quizzes/" + course.quiz() + "/questions")).param("textEn", "Pick all that apply")
			.param("textHe", "סמנו את כל הנכונות").param("multiple", "true")
			.param("options[0].textEn", "One").param("options[0].textHe", "אחת")
			.param("options[1].textEn", "Two").param("options[1].textHe", "שתיים"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A question with several answers has at least one correct option.")))
			.andExpect(content().string(containsString("value=\"Two\"")));
		assertThat(questions()).containsExactly(course.question1(), course.question2());
	}

	private long pastAttemptChoosing(long optionId) {
		var fixtures = new LearningFixtures(jdbc);
		long cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		long enrolment = fixtures.enrol(cohort, Personas.user(users, Personas.LEADER).personId());
		jdbc.sql("""
				insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)
				values (:e, :q, 1, 50, true, :answers, current_timestamp)""").param("e", enrolment).param("q", course.quiz())
			.param("answers", String.valueOf(optionId)).update();
		return jdbc.sql("select max(id) from learning_attempt").query(Long.class).single();
	}

	private List<Integer> settings() {
		return jdbc.sql("select pass_percent, max_attempts from learning_quiz where id = :q").param("q", course.quiz())
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
	}

	private List<Long> questions() {
		return jdbc.sql("select id from learning_question where quiz_id = :q order by position, id").param("q", course.quiz())
			.query(Long.class).list();
	}

	private List<Row> options(long questionId) {
		return jdbc.sql("select text_en, text_he, correct from learning_option where question_id = :q order by position, id")
			.param("q", questionId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	private MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(Personas.as(users, Personas.MANAGER));
	}
}
