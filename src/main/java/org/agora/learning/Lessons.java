package org.agora.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lesson in its course, with its links and attachments, and marking a reading lesson as done. */
@Service
@Transactional(readOnly = true)
class Lessons {

	/** The lesson with its place in the course: its module and the lessons before and after it (or null). */
	record InCourse(Catalog.Course course, Catalog.Module module, Catalog.Lesson lesson, Catalog.Lesson previous,
			Catalog.Lesson next) {
	}

	record Link(String title, String url) {

		boolean web() {
			return webAddress(url);
		}
	}

	record Attachment(long id, String fileName, String contentType, int sizeBytes) {
	}

	record AttachmentFile(String fileName, String contentType, byte[] data) {
	}

	private final Catalog catalog;

	private final LearnerEnrolments learners;

	private final Enrolments enrolments;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Lessons(Catalog catalog, LearnerEnrolments learners, Enrolments enrolments, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.learners = learners;
		this.enrolments = enrolments;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Only web addresses become links on a lesson's page; anything else is shown as text, if at all. */
	static boolean webAddress(String url) {
		return url != null && (url.startsWith("https://") || url.startsWith("http://"));
	}

	/** The lesson, for a viewer who may read courses; archived lessons are not found. */
	InCourse load(AgoraPrincipal viewer, long lessonId) {
		var course = catalog.courseOfLesson(lessonId).flatMap(catalog::course)
			.orElseThrow(() -> new NotFoundException("Lesson"));
		var lesson = course.lesson(lessonId).orElseThrow(() -> new NotFoundException("Lesson"));
		learners.requireReader(viewer);
		var all = course.lessons();
		int at = all.indexOf(lesson);
		return new InCourse(course, course.module(lesson.moduleId()).orElseThrow(), lesson,
				at > 0 ? all.get(at - 1) : null, at < all.size() - 1 ? all.get(at + 1) : null);
	}

	List<Link> links(long lessonId) {
		return jdbc.sql("select title, url from learning_lesson_link where lesson_id = :lesson order by position, id")
			.param("lesson", lessonId)
			.query((rs, n) -> new Link(rs.getString(1), rs.getString(2)))
			.list();
	}

	List<Attachment> attachments(long lessonId) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes from learning_attachment where lesson_id = :lesson
				order by file_name, id""")
			.param("lesson", lessonId)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** An attachment's file, for a viewer who may read the course it belongs to. */
	AttachmentFile attachment(AgoraPrincipal viewer, long attachmentId) {
		record Stored(long lessonId, AttachmentFile file) {
		}
		var stored = jdbc.sql("select lesson_id, file_name, content_type, data from learning_attachment where id = :id")
			.param("id", attachmentId)
			.query((rs, n) -> new Stored(rs.getLong(1), new AttachmentFile(rs.getString(2), rs.getString(3), rs.getBytes(4))))
			.optional()
			.orElseThrow(() -> new NotFoundException("Attachment"));
		load(viewer, stored.lessonId());
		return stored.file();
	}

	/** Remembers the lesson as where the viewer left off, when they are enrolled in its course. */
	@Transactional
	void visited(AgoraPrincipal viewer, InCourse lesson) {
		enrolments.of(viewer.personId(), lesson.course().id())
			.filter(e -> e.lastLessonId() == null || e.lastLessonId() != lesson.lesson().id())
			.ifPresent(e -> jdbc.sql("update learning_enrolment set last_lesson_id = :lesson where id = :id")
				.param("lesson", lesson.lesson().id())
				.param("id", e.id())
				.update());
	}

	/**
	 * Marks a reading lesson as done for the viewer, who must be enrolled in an open cohort of its course. Marking
	 * it again changes nothing; only the first time tells other modules.
	 */
	@Transactional
	void complete(AgoraPrincipal viewer, long lessonId) {
		var lesson = load(viewer, lessonId);
		if (lesson.lesson().kind() != LessonKind.READING) {
			throw new InvalidInputException("lesson", "learner.error.notReading",
					"This lesson is done by passing its quiz or having its exercise accepted.");
		}
		var enrolment = learners.openFor(viewer, lesson.course().id());
		int added = jdbc.sql("""
				insert into learning_completion (enrolment_id, lesson_id, completed_at) values (:enrolment, :lesson, :now)
				on conflict do nothing""")
			.param("enrolment", enrolment.id())
			.param("lesson", lessonId)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (added > 0) {
			events.publishEvent(new LessonCompleted(viewer.personId(), lessonId, enrolment.cohortId()));
		}
	}
}
