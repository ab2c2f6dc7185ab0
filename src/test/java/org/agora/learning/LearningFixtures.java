package org.agora.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small course for tests, written straight to the tables: two modules; the first has a reading lesson, a quiz
 * (pass mark 50 %, two attempts, one single-choice and one multiple-choice question) and an exercise; the
 * second has a required and an optional reading lesson. Every call makes a new course with its own slug.
 */
public final class LearningFixtures {

	static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	public record TestCourse(long courseId, long module1, long module2, long reading, long quizLesson, long quiz,
			long question1, long q1Right, long q1Wrong, long question2, long q2RightA, long q2RightB, long q2Wrong,
			long exerciseLesson, long exercise, long reading2, long optionalReading) {
	}

	private final JdbcClient jdbc;

	public LearningFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public TestCourse course() {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		long course = insert("""
				insert into learning_course (slug, title_en, title_he, summary_en, summary_he, created_at, updated_at)
				values ('%s', 'Test course', 'קורס בדיקה', 'A course for tests', 'קורס לבדיקות', :now, :now)""".formatted(slug),
				"learning_course");
		long m1 = module(course, 1, "Basics", "יסודות");
		long m2 = module(course, 2, "Practice", "תרגול");
		long reading = lesson(m1, 1, LessonKind.READING, "What knowledge is", "מהו ידע", true);
		long quizLesson = lesson(m1, 2, LessonKind.QUIZ, "Check yourself", "בדקו את עצמכם", true);
		long quiz = insert("insert into learning_quiz (lesson_id, pass_percent, max_attempts) values (" + quizLesson + ", 50, 2)",
				"learning_quiz");
		long q1 = question(quiz, 1, "Tacit knowledge lives in…", "ידע סמוי נמצא ב…", false);
		long q1Right = option(q1, 1, "people's heads", "ראשם של אנשים", true);
		long q1Wrong = option(q1, 2, "the archive", "הארכיון", false);
		long q2 = question(quiz, 2, "Ways to share knowledge", "דרכים לשתף ידע", true);
		long q2A = option(q2, 1, "After-action reviews", "תחקירים", true);
		long q2B = option(q2, 2, "Communities of practice", "קהילות מקצועיות", true);
		long q2Wrong = option(q2, 3, "Locking files away", "נעילת קבצים", false);
		long exerciseLesson = lesson(m1, 3, LessonKind.EXERCISE, "Map one critical skill", "מפו מיומנות קריטית אחת", true);
		long exercise = insert("insert into learning_exercise (lesson_id, allows_file) values (" + exerciseLesson + ", true)",
				"learning_exercise");
		long reading2 = lesson(m2, 1, LessonKind.READING, "Running a session", "הנחיית מפגש", true);
		long optional = lesson(m2, 2, LessonKind.READING, "Further reading", "קריאה נוספת", false);
		return new TestCourse(course, m1, m2, reading, quizLesson, quiz, q1, q1Right, q1Wrong, q2, q2A, q2B, q2Wrong,
				exerciseLesson, exercise, reading2, optional);
	}

	/** A cohort that is running now. */
	public long runningCohort(long courseId) {
		return cohort(courseId, CohortStatus.RUNNING);
	}

	long cohort(long courseId, CohortStatus status) {
		return insert("""
				insert into learning_cohort (course_id, name, starts_on, ends_on, status, created_at)
				values (%d, 'Test cohort', :start, :end, '%s', :now)""".formatted(courseId, status.name()), "learning_cohort",
				LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 31));
	}

	public void facilitator(long cohortId, long personId) {
		jdbc.sql("insert into learning_facilitator (cohort_id, person_id) values (:c, :p)").param("c", cohortId)
			.param("p", personId).update();
	}

	public long enrol(long cohortId, long personId) {
		return insert("insert into learning_enrolment (cohort_id, person_id, enrolled_at) values (" + cohortId + ", "
				+ personId + ", :now)", "learning_enrolment");
	}

	private long module(long course, int position, String en, String he) {
		return insert("insert into learning_module (course_id, position, title_en, title_he, objectives_en, objectives_he)"
				+ " values (" + course + ", " + position + ", '" + en + "', '" + he + "', '- Understand " + en + "', '- להבין')",
				"learning_module");
	}

	private long lesson(long module, int position, LessonKind kind, String en, String he, boolean required) {
		return insert("insert into learning_lesson (module_id, position, kind, title_en, title_he, body_en, body_he, required, minutes)"
				+ " values (" + module + ", " + position + ", '" + kind.name() + "', '" + en + "', '" + he
				+ "', 'Read **" + en + "** carefully.', 'קראו את **" + he + "** בעיון.', " + required + ", 10)", "learning_lesson");
	}

	private long question(long quiz, int position, String en, String he, boolean multiple) {
		return insert("insert into learning_question (quiz_id, position, text_en, text_he, multiple) values (" + quiz + ", "
				+ position + ", '" + en + "', '" + he + "', " + multiple + ")", "learning_question");
	}

	private long option(long question, int position, String en, String he, boolean correct) {
		return insert("insert into learning_option (question_id, position, text_en, text_he, correct) values (" + question
				+ ", " + position + ", '" + en.replace("'", "''") + "', '" + he + "', " + correct + ")", "learning_option");
	}

	private long insert(String sql, String table, LocalDate... dates) {
		var statement = jdbc.sql(sql);
		if (sql.contains(":now")) {
			statement = statement.param("now", Timestamp.from(NOW));
		}
		if (dates.length == 2) {
			statement = statement.param("start", dates[0]).param("end", dates[1]);
		}
		statement.update();
		return jdbc.sql("select max(id) from " + table).query(Long.class).single();
	}
}
