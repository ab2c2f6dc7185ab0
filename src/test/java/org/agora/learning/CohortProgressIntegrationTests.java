package org.agora.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The facilitators' grid: each learner's percent by module and in total, who is behind the schedule, and reminders
 * to them, at most one a day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CohortProgressIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CohortProgress progress;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Clock clock;

	@Value("${agora.time-zone:UTC}")
	ZoneId zone;

	LearningFixtures fixtures;

	CohortPeople people;

	LearningFixtures.TestCourse course;

	long cohort;

	CohortPeople.Person done;

	CohortPeople.Person reader;

	CohortPeople.Person quizzer;

	CohortPeople.Person idle;

	@BeforeEach
	void setUp() {
		fixtures = new LearningFixtures(jdbc);
		people = new CohortPeople(jdbc);
		course = fixtures.course();
		cohort = fixtures.cohort(course.courseId(), CohortStatus.RUNNING);
		done = people.leader("Anna Done");
		reader = people.leader("Boaz Reader");
		quizzer = people.leader("Carmel Quizzer");
		idle = people.leader("Dalia Idle");
		long e1 = fixtures.enrol(cohort, done.id());
		read(e1, course.reading());
		passQuiz(e1);
		acceptExercise(e1);
		read(e1, course.reading2());
		read(fixtures.enrol(cohort, reader.id()), course.reading());
		long e3 = fixtures.enrol(cohort, quizzer.id());
		read(e3, course.reading());
		passQuiz(e3);
		fixtures.enrol(cohort, idle.id());
	}

	@Test
	void theGridGivesEachModuleAndTheTotalAndMarksWhoIsBehindOnAGivenDay() {
		// the fixture cohort runs from 1 October 2026 to 31 January 2027: half-way on 1 December
		var grid = progress.of(cohorts.find(cohort).orElseThrow(), LocalDate.of(2026, 12, 1));

		assertThat(grid.expectedPercent()).isEqualTo(50);
		assertThat(grid.rows()).extracting(CohortProgress.Row::name)
			.containsExactly("Anna Done", "Boaz Reader", "Carmel Quizzer", "Dalia Idle");
		assertThat(grid.rows()).extracting(r -> r.module(course.module1()))
			.as("module 1 has three required lessons")
			.containsExactly(100, 33, 66, 0);
		assertThat(grid.rows()).extracting(r -> r.module(course.module2()))
			.as("module 2 has one required and one optional lesson")
			.containsExactly(100, 0, 0, 0);
		assertThat(grid.rows()).extracting(CohortProgress.Row::percent).containsExactly(100, 25, 50, 0);
		assertThat(grid.rows()).extracting(CohortProgress.Row::behind).containsExactly(false, true, false, true);

		var early = progress.of(cohorts.find(cohort).orElseThrow(), LocalDate.of(2026, 10, 10));
		assertThat(early.rows()).extracting(CohortProgress.Row::behind).as("nobody is behind in the first days")
			.containsOnly(false);
	}

	@Test
	void thePageMarksLateLearnersInWordsAndChoosesThemForAReminder() throws Exception {
		halfWayToday();

		mvc.perform(get("/learning/cohorts/" + cohort + "/progress").with(as(Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<tr class=\"behind table-warning\" id=\"learner-" + reader.id() + "\">")))
			.andExpect(content().string(containsString("<tr id=\"learner-" + quizzer.id() + "\">")))
			.andExpect(content().string(containsString("<strong>Behind schedule</strong>")))
			.andExpect(content().string(containsString("id=\"remind-" + reader.id() + "\" checked>")))
			.andExpect(content().string(containsString("id=\"remind-" + quizzer.id() + "\">")))
			.andExpect(content().string(not(containsString("id=\"remind-" + done.id() + "\""))))
			.andExpect(content().string(containsString("100%")))
			.andExpect(content().string(containsString("2 learners are behind schedule.")));
	}

	@Test
	void aReminderGoesOutOnceADayPerLearner() throws Exception {
		halfWayToday();
		String reminders = "/learning/cohorts/" + cohort + "/reminders";

		mvc.perform(post(reminders).with(csrf()).with(as(Personas.MANAGER))
			.param("personId", String.valueOf(reader.id()), String.valueOf(idle.id())))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort + "/progress"))
			.andExpect(flash().attribute("remindedSent", List.of("Boaz Reader", "Dalia Idle")));
		await().atMost(Duration.ofSeconds(10)).until(() -> notifications(reader.id()) == 1 && notifications(idle.id()) == 1);
		assertThat(jdbc.sql("select count(*) from platform_mail where body_text like :link")
			.param("link", "%/learning/cohorts/" + cohort + "\n%")
			.query(Long.class)
			.single()).as("reminders go by email too, by default").isEqualTo(2);

		mvc.perform(post(reminders).with(csrf()).with(as(Personas.MANAGER))
			.param("personId", String.valueOf(reader.id()), String.valueOf(quizzer.id())))
			.andExpect(redirectedUrl("/learning/cohorts/" + cohort + "/progress"))
			.andExpect(flash().attribute("remindedSent", List.of("Carmel Quizzer")))
			.andExpect(flash().attribute("remindedQuiet", List.of("Boaz Reader")));
		assertThat(reminderCount(reader.id())).isEqualTo(1);

		mvc.perform(get("/learning/cohorts/" + cohort + "/progress").with(as(Personas.MANAGER)))
			.andExpect(content().string(containsString("not reminded again within 24 hours")))
			.andExpect(content().string(containsString("id=\"remind-" + reader.id() + "\">")));
	}

	@Test
	void remindersNeedSomeoneToRemindAndAFacilitator() throws Exception {
		String reminders = "/learning/cohorts/" + cohort + "/reminders";

		mvc.perform(post(reminders).with(csrf()).with(as(Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one learner to remind.")));
		mvc.perform(post(reminders).with(csrf()).with(as(Personas.MANAGER)).param("personId", String.valueOf(done.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remind only learners of this cohort who have not completed")));
		mvc.perform(post(reminders).with(csrf()).with(as(Personas.LEADER)).param("personId", String.valueOf(idle.id())))
			.andExpect(status().isForbidden());
		assertThat(reminderCount(idle.id())).isZero();
	}

	@Test
	void theApiGivesTheGridToFacilitatorsAndManagersOnly() throws Exception {
		halfWayToday();
		var facilitator = people.leader("Fiona Facilitator");
		fixtures.facilitator(cohort, facilitator.id());
		String api = "/api/v1/cohorts/" + cohort + "/progress";

		mvc.perform(get(api).with(facilitator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expectedPercent").value(50))
			.andExpect(jsonPath("$.modules[0].id").value(course.module1()))
			.andExpect(jsonPath("$.learners[1].personId").value(reader.id()))
			.andExpect(jsonPath("$.learners[1].name").value("Boaz Reader"))
			.andExpect(jsonPath("$.learners[1].modules['" + course.module1() + "']").value(33))
			.andExpect(jsonPath("$.learners[1].totalPercent").value(25))
			.andExpect(jsonPath("$.learners[1].behind").value(true))
			.andExpect(jsonPath("$.learners[0].behind").value(false))
			.andExpect(jsonPath("$.learners[0].completed").value(true))
			.andExpect(jsonPath("$.learners[0].completedAt").doesNotExist());
		mvc.perform(get(api).with(as(Personas.MANAGER))).andExpect(status().isOk());
		mvc.perform(get(api).with(as(Personas.LEADER))).andExpect(status().isForbidden());
		mvc.perform(get(api).with(as(Personas.EMPLOYEE))).andExpect(status().isForbidden());
		mvc.perform(get(api).with(reader.signedIn())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cohorts/999999999/progress").with(as(Personas.MANAGER))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cohorts").with(facilitator.signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + cohort + ")].learners").value(4));
	}

	/** Moves the cohort so that today, by the application's clock, is half-way through it. */
	private void halfWayToday() {
		var today = LocalDate.now(clock.withZone(zone));
		jdbc.sql("update learning_cohort set starts_on = :s, ends_on = :e where id = :id")
			.param("s", today.minusDays(50))
			.param("e", today.plusDays(50))
			.param("id", cohort)
			.update();
	}

	private void read(long enrolment, long lesson) {
		jdbc.sql("insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:e, :l, current_timestamp)")
			.param("e", enrolment)
			.param("l", lesson)
			.update();
	}

	private void passQuiz(long enrolment) {
		jdbc.sql("""
				insert into learning_attempt (enrolment_id, quiz_id, attempt_no, score_percent, passed, answers, submitted_at)
				values (:e, :q, 1, 100, true, '{}', current_timestamp)""")
			.param("e", enrolment)
			.param("q", course.quiz())
			.update();
	}

	private void acceptExercise(long enrolment) {
		jdbc.sql("""
				insert into learning_submission (enrolment_id, exercise_id, text_answer, submitted_at, status)
				values (:e, :x, 'My map', current_timestamp, 'ACCEPTED')""")
			.param("e", enrolment)
			.param("x", course.exercise())
			.update();
	}

	private long notifications(long person) {
		return jdbc.sql("""
				select count(*) from notifications_notification where person_id = :p and kind = 'learning.reminder'
				and link = :link""")
			.param("p", person)
			.param("link", "/learning/cohorts/" + cohort)
			.query(Long.class)
			.single();
	}

	private long reminderCount(long person) {
		return jdbc.sql("select count(*) from learning_reminder where cohort_id = :c and person_id = :p")
			.param("c", cohort)
			.param("p", person)
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(String email) {
		return Personas.as(users, email);
	}
}
