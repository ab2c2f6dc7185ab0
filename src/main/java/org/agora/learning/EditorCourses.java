package org.agora.learning;

import java.sql.Timestamp;
import java.time.Clock;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What every change in the course editor starts and ends with: the editor may edit courses, the thing edited
 * belongs to a course, and the course is marked as changed.
 */
@Component
class EditorCourses {

	/**
	 * True when learners have worked on lesson {@code l}: marked it done, tried its quiz or handed in its exercise.
	 * Such a lesson keeps its kind and can be archived but never deleted.
	 */
	static final String LESSON_USED = """
			(exists (select 1 from learning_completion c where c.lesson_id = l.id)
			 or exists (select 1 from learning_attempt a join learning_quiz q on q.id = a.quiz_id where q.lesson_id = l.id)
			 or exists (select 1 from learning_submission s join learning_exercise x on x.id = s.exercise_id
			            where x.lesson_id = l.id))""";

	private final JdbcClient jdbc;

	private final LearningPolicy policy;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	EditorCourses(JdbcClient jdbc, LearningPolicy policy, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	void requireEditor(AgoraPrincipal viewer) {
		if (!policy.mayEditCourses(viewer)) {
			throw new AccessDeniedException("Only community managers edit courses");
		}
	}

	long ofCourse(long courseId) {
		return find("select id from learning_course where id = :id", courseId, "Course");
	}

	long ofModule(long moduleId) {
		return find("select course_id from learning_module where id = :id", moduleId, "Module");
	}

	long ofLesson(long lessonId) {
		return find("select m.course_id from learning_lesson l join learning_module m on m.id = l.module_id where l.id = :id",
				lessonId, "Lesson");
	}

	long ofQuiz(long quizId) {
		return find("""
				select m.course_id from learning_quiz q join learning_lesson l on l.id = q.lesson_id
				join learning_module m on m.id = l.module_id where q.id = :id""", quizId, "Quiz");
	}

	boolean lessonUsed(long lessonId) {
		return jdbc.sql("select " + LESSON_USED + " from learning_lesson l where l.id = :id")
			.param("id", lessonId)
			.query(Boolean.class)
			.single();
	}

	/** Marks the course as changed now. */
	void touch(long courseId) {
		jdbc.sql("update learning_course set updated_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", courseId)
			.update();
		events.publishEvent(new CourseContentChanged(courseId));
	}

	private long find(String sql, long id, String what) {
		return jdbc.sql(sql).param("id", id).query(Long.class).optional().orElseThrow(() -> new NotFoundException(what));
	}
}
