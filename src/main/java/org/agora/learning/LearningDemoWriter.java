package org.agora.learning;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.agora.people.LeaderStatus;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo cohorts of a course straight to the tables, with fixed times in 2026 and without events: the
 * same community always gets the same cohorts. "Cohort 2026 A" is closed and its six learners completed; "Cohort
 * 2026 B" is running, and its nine learners are at the stages a facilitator meets (see {@link Stage}).
 */
@Component
class LearningDemoWriter {

	static final String MANAGER = "manager@agora.example";

	static final String LEADER = "leader@agora.example";

	static final int RUNNING_LEARNERS = 9;

	static final int CLOSED_LEARNERS = 6;

	private static final ZoneId SESSION_ZONE = ZoneId.of("Asia/Jerusalem");

	/** Where a learner of the running cohort stands. */
	enum Stage {

		/** Half the lessons, with a quiz failed once and then passed. */
		ON_TRACK,
		/** Everything before the first exercise, which waits for review. */
		SUBMITTED,
		/** Everything but the last required lesson. */
		AHEAD,
		/** Everything before the first exercise, which was sent back with feedback. */
		REVISION,
		/** The first lesson only. */
		JUST_STARTED,
		/** Everything before the first quiz, which they failed once. */
		QUIZ_FAILED,
		/** Six lessons in ten, quizzes passed at the first try. */
		HALF_WAY,
		/** Nothing yet: far behind the schedule. */
		FAR_BEHIND,
		/** Three lessons in ten. */
		EARLY
	}

	/** @param running how many learners the running cohort got; {@code closed} likewise */
	record Written(long runningCohortId, long closedCohortId, int running, int closed) {
	}

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Cohorts cohorts;

	private final CohortSessions sessions;

	private final People people;

	private final LearningDemoActivity activity;

	LearningDemoWriter(JdbcClient jdbc, Catalog catalog, Cohorts cohorts, CohortSessions sessions, People people,
			LearningDemoActivity activity) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.cohorts = cohorts;
		this.sessions = sessions;
		this.people = people;
		this.activity = activity;
	}

	@Transactional
	Written write(long courseId) {
		var course = catalog.course(courseId).orElseThrow();
		Long manager = people.findByEmail(MANAGER).map(PersonSummary::id).orElse(null);
		var leaders = people.withRole(Role.KNOWLEDGE_LEADER)
			.stream()
			.filter(p -> p.leaderStatus() == LeaderStatus.ACTIVE)
			.toList();
		var running = runningGroup(leaders);
		var closed = leaders.stream().filter(p -> !running.contains(p)).limit(CLOSED_LEARNERS).toList();

		long a = cohorts.insert(courseId, "Cohort 2026 A", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 31),
				CohortStatus.CLOSED, Instant.parse("2026-02-15T08:00:00Z"));
		long b = cohorts.insert(courseId, "Cohort 2026 B", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31),
				CohortStatus.RUNNING, Instant.parse("2026-08-15T08:00:00Z"));
		if (manager != null) {
			cohorts.addFacilitator(a, manager);
			cohorts.addFacilitator(b, manager);
		}
		session(a, "Kick-off: what knowledge leaders do", LocalDateTime.of(2026, 3, 3, 16, 0), "Training room 2, head office");
		session(b, "Mid-course meet-up: mapping critical knowledge", LocalDateTime.of(2026, 11, 10, 16, 0),
				"https://meet.agora.example/klf-2026b");
		session(b, "Closing session: your first initiative", LocalDateTime.of(2026, 12, 15, 16, 0),
				"Training room 2, head office");

		for (int i = 0; i < closed.size(); i++) {
			completeAll(a, closed.get(i).id(), i, course, manager);
		}
		var stages = stages(running);
		for (int i = 0; i < running.size(); i++) {
			stage(b, running.get(i).id(), i, stages.get(i), course, manager);
		}
		return new Written(b, a, running.size(), closed.size());
	}

	/** The first active leaders by name, with the demo's leader among them. */
	private static List<PersonSummary> runningGroup(List<PersonSummary> leaders) {
		var group = new ArrayList<>(leaders.stream().limit(RUNNING_LEARNERS).toList());
		leaders.stream()
			.filter(p -> LEADER.equals(p.email()) && !group.contains(p))
			.findFirst()
			.ifPresent(leader -> group.set(group.size() - 1, leader));
		return List.copyOf(group);
	}

	/** Stages in order, the demo's leader with an exercise waiting for review, so that both sides can be shown. */
	private static List<Stage> stages(List<PersonSummary> running) {
		var stages = new ArrayList<Stage>();
		for (int i = 0; i < running.size(); i++) {
			stages.add(Stage.values()[i % Stage.values().length]);
		}
		for (int i = 0; i < running.size(); i++) {
			int submitted = stages.indexOf(Stage.SUBMITTED);
			if (LEADER.equals(running.get(i).email()) && submitted >= 0) {
				stages.set(submitted, stages.get(i));
				stages.set(i, Stage.SUBMITTED);
			}
		}
		return stages;
	}

	private void completeAll(long cohortId, long personId, int i, Catalog.Course course, Long reviewer) {
		var lessons = course.lessons().stream().filter(l -> l.required() || i % 2 == 0).toList();
		var start = Instant.parse("2026-03-02T07:00:00Z").plus(Duration.ofMinutes(47L * i));
		long enrolment = enrol(cohortId, personId, start);
		var step = Duration.ofHours(120 * 24 / Math.max(1, lessons.size()));
		Instant at = start;
		for (int k = 0; k < lessons.size(); k++) {
			at = start.plus(step.multipliedBy(k + 1));
			activity.lesson(enrolment, lessons.get(k), at, i, i == 2, reviewer);
		}
		var completedAt = Instant.parse("2026-07-10T10:00:00Z").plus(Duration.ofDays(3L * i));
		jdbc.sql("""
				update learning_enrolment set completed_at = :completed, certificate_code = :code, last_lesson_id = :last
				where id = :id""")
			.param("completed", Timestamp.from(completedAt))
			.param("code", code(cohortId, personId))
			.param("last", new SqlParameterValue(Types.BIGINT, lessons.isEmpty() ? null : lessons.get(lessons.size() - 1).id()))
			.param("id", enrolment)
			.update();
	}

	private void stage(long cohortId, long personId, int i, Stage stage, Catalog.Course course, Long reviewer) {
		var lessons = course.lessons();
		var start = Instant.parse("2026-09-01T06:00:00Z").plus(Duration.ofMinutes(41L * i));
		long enrolment = enrol(cohortId, personId, start);
		int firstQuiz = firstOf(lessons, LessonKind.QUIZ);
		int firstExercise = firstOf(lessons, LessonKind.EXERCISE);
		int n = lessons.size();
		int done = switch (stage) {
			case ON_TRACK -> n / 2;
			case SUBMITTED, REVISION -> firstExercise < 0 ? n / 2 : firstExercise;
			case AHEAD -> lastRequired(lessons);
			case JUST_STARTED -> Math.min(1, n);
			case QUIZ_FAILED -> firstQuiz < 0 ? 1 : firstQuiz;
			case HALF_WAY -> n * 6 / 10;
			case FAR_BEHIND -> 0;
			case EARLY -> n * 3 / 10;
		};
		var step = Duration.ofHours(58 * 24 / Math.max(1, n));
		Instant at = start;
		boolean failOnce = stage == Stage.ON_TRACK;
		for (int k = 0; k < done; k++) {
			at = start.plus(step.multipliedBy(k + 1));
			var lesson = lessons.get(k);
			activity.lesson(enrolment, lesson, at, i, failOnce && lesson.kind() == LessonKind.QUIZ, reviewer);
			failOnce &= lesson.kind() != LessonKind.QUIZ;
		}
		Long last = done == 0 ? null : lessons.get(done - 1).id();
		at = at.plus(step);
		if (stage == Stage.QUIZ_FAILED && firstQuiz >= 0) {
			activity.attempt(enrolment, lessons.get(firstQuiz).quizId(), 1, false, at);
			last = lessons.get(firstQuiz).id();
		}
		if ((stage == Stage.SUBMITTED || stage == Stage.REVISION) && firstExercise >= 0) {
			var exercise = lessons.get(firstExercise);
			if (stage == Stage.SUBMITTED) {
				activity.submission(enrolment, exercise.exerciseId(), LearningDemoActivity.answer(i), at, Reviews.SUBMITTED,
						null, null, null);
			}
			else {
				activity.submission(enrolment, exercise.exerciseId(), LearningDemoActivity.answer(i).lines().findFirst().orElse(""),
						at, Reviews.REVISION_REQUESTED,
						"Good start. Please name who holds this skill today, and add one concrete step you will take "
								+ "this quarter, with a date.",
						reviewer, at.plus(Duration.ofDays(2)));
			}
			last = exercise.id();
		}
		if (last != null) {
			jdbc.sql("update learning_enrolment set last_lesson_id = :last where id = :id").param("last", last)
				.param("id", enrolment)
				.update();
		}
	}

	private long enrol(long cohortId, long personId, Instant at) {
		return cohorts.enrol(cohortId, personId, at);
	}

	private void session(long cohortId, String title, LocalDateTime startsAt, String location) {
		var start = startsAt.atZone(SESSION_ZONE).toInstant();
		sessions.insert(cohortId, title, start, start.plus(Duration.ofMinutes(90)), location);
	}

	private static int firstOf(List<Catalog.Lesson> lessons, LessonKind kind) {
		for (int k = 0; k < lessons.size(); k++) {
			if (lessons.get(k).kind() == kind) {
				return k;
			}
		}
		return -1;
	}

	/** The position of the course's last required lesson, so that everything before it is done. */
	private static int lastRequired(List<Catalog.Lesson> lessons) {
		for (int k = lessons.size() - 1; k >= 0; k--) {
			if (lessons.get(k).required()) {
				return k;
			}
		}
		return 0;
	}

	/** A certificate code of the real form, the same for the same ids, so that the demo's certificates verify. */
	static String code(long cohortId, long personId) {
		var random = new java.util.Random(cohortId * 1_000_003L + personId * 7_919L);
		var code = new StringBuilder(CertificateCodes.PREFIX);
		for (int i = 0; i < 10; i++) {
			code.append(CertificateCodes.ALPHABET[random.nextInt(CertificateCodes.ALPHABET.length)]);
		}
		return code.toString();
	}
}
