package org.agora.learning;

import java.util.HashMap;
import java.util.Map;

import org.agora.learning.edit.EditorForms.LessonForm;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.agora.learning.EditorTexts.optional;
import static org.agora.learning.EditorTexts.optionalNumber;
import static org.agora.learning.EditorTexts.required;
import static org.agora.learning.EditorTexts.webAddress;

/**
 * Community managers write the lessons of a module. A lesson learners have worked on keeps its kind and is
 * archived rather than deleted, so that every leader's recorded progress stays.
 */
@Service
class LessonEditor {

	/** A new quiz passes at 70 % and allows three attempts until the editor says otherwise. */
	static final int DEFAULT_PASS_PERCENT = 70;

	static final int DEFAULT_MAX_ATTEMPTS = 3;

	private record Lesson(LessonKind kind, String titleEn, String titleHe, String bodyEn, String bodyHe, String videoUrl,
			Integer minutes, boolean required, boolean allowsFile) {

		Map<String, Object> params() {
			var params = new HashMap<String, Object>();
			params.put("kind", kind.name());
			params.put("titleEn", titleEn);
			params.put("titleHe", titleHe);
			params.put("bodyEn", bodyEn);
			params.put("bodyHe", bodyHe);
			params.put("videoUrl", videoUrl);
			params.put("minutes", minutes);
			params.put("required", required);
			return params;
		}
	}

	private final JdbcClient jdbc;

	private final EditorCourses courses;

	private final EditorPositions positions;

	LessonEditor(JdbcClient jdbc, EditorCourses courses, EditorPositions positions) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.positions = positions;
	}

	/** Adds a lesson at the end of the module, with its quiz or exercise when it is one. */
	@Transactional
	long add(AgoraPrincipal viewer, long moduleId, LessonForm form) {
		courses.requireEditor(viewer);
		long courseId = courses.ofModule(moduleId);
		var lesson = checked(form);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into learning_lesson (module_id, position, kind, title_en, title_he, body_en, body_he, video_url,
				  required, minutes)
				values (:module, :position, :kind, :titleEn, :titleHe, :bodyEn, :bodyHe, :videoUrl, :required, :minutes)""")
			.param("module", moduleId)
			.param("position", positions.next(EditorPositions.Siblings.LESSONS, moduleId))
			.params(lesson.params())
			.update(keys, "id");
		long lessonId = keys.getKey().longValue();
		addActivity(lessonId, lesson);
		courses.touch(courseId);
		return lessonId;
	}

	/** Saves the lesson; its kind changes only while nobody has worked on it. */
	@Transactional
	void update(AgoraPrincipal viewer, long lessonId, LessonForm form) {
		courses.requireEditor(viewer);
		long courseId = courses.ofLesson(lessonId);
		var lesson = checked(form);
		var kind = LessonKind.valueOf(jdbc.sql("select kind from learning_lesson where id = :id").param("id", lessonId)
			.query(String.class)
			.single());
		if (kind != lesson.kind()) {
			if (courses.lessonUsed(lessonId)) {
				throw new InvalidInputException("kind", "editor.error.kindLocked",
						"Learners have worked on this lesson, so its kind cannot change; archive it and add a new lesson.");
			}
			removeActivity(lessonId);
			addActivity(lessonId, lesson);
		}
		else if (kind == LessonKind.EXERCISE) {
			jdbc.sql("update learning_exercise set allows_file = :allows where lesson_id = :id")
				.param("allows", lesson.allowsFile())
				.param("id", lessonId)
				.update();
		}
		jdbc.sql("""
				update learning_lesson set kind = :kind, title_en = :titleEn, title_he = :titleHe, body_en = :bodyEn,
				  body_he = :bodyHe, video_url = :videoUrl, required = :required, minutes = :minutes
				where id = :id""").params(lesson.params()).param("id", lessonId).update();
		courses.touch(courseId);
	}

	/** @return the lesson's course */
	@Transactional
	long move(AgoraPrincipal viewer, long lessonId, String direction) {
		courses.requireEditor(viewer);
		long courseId = courses.ofLesson(lessonId);
		positions.move(EditorPositions.Siblings.LESSONS, lessonId, direction);
		courses.touch(courseId);
		return courseId;
	}

	/**
	 * Hides the lesson from learners, or shows it again. Progress recorded on it stays either way.
	 *
	 * @return the lesson's course
	 */
	@Transactional
	long archive(AgoraPrincipal viewer, long lessonId, boolean archived) {
		courses.requireEditor(viewer);
		long courseId = courses.ofLesson(lessonId);
		jdbc.sql("update learning_lesson set archived = :archived where id = :id")
			.param("archived", archived)
			.param("id", lessonId)
			.update();
		courses.touch(courseId);
		return courseId;
	}

	/**
	 * Deletes a lesson nobody has worked on, with its links, attachments and quiz or exercise. A learner's bookmark
	 * on it is cleared, since it only says where they were reading.
	 *
	 * @return the lesson's course
	 */
	@Transactional
	long delete(AgoraPrincipal viewer, long lessonId) {
		courses.requireEditor(viewer);
		long courseId = courses.ofLesson(lessonId);
		if (courses.lessonUsed(lessonId)) {
			throw new InvalidInputException("lesson", "editor.error.lessonUsed",
					"Learners have worked on this lesson, so it can only be archived.");
		}
		jdbc.sql("update learning_enrolment set last_lesson_id = null where last_lesson_id = :id").param("id", lessonId).update();
		jdbc.sql("delete from learning_lesson_link where lesson_id = :id").param("id", lessonId).update();
		jdbc.sql("delete from learning_attachment where lesson_id = :id").param("id", lessonId).update();
		removeActivity(lessonId);
		jdbc.sql("delete from learning_lesson where id = :id").param("id", lessonId).update();
		courses.touch(courseId);
		return courseId;
	}

	private void addActivity(long lessonId, Lesson lesson) {
		if (lesson.kind() == LessonKind.QUIZ) {
			jdbc.sql("insert into learning_quiz (lesson_id, pass_percent, max_attempts) values (:id, :pass, :attempts)")
				.param("id", lessonId)
				.param("pass", DEFAULT_PASS_PERCENT)
				.param("attempts", DEFAULT_MAX_ATTEMPTS)
				.update();
		}
		else if (lesson.kind() == LessonKind.EXERCISE) {
			jdbc.sql("insert into learning_exercise (lesson_id, allows_file) values (:id, :allows)")
				.param("id", lessonId)
				.param("allows", lesson.allowsFile())
				.update();
		}
	}

	/** Removes the lesson's quiz or exercise; only called when nobody has attempts or submissions on it. */
	private void removeActivity(long lessonId) {
		jdbc.sql("""
				delete from learning_option where question_id in (select qu.id from learning_question qu
				  join learning_quiz q on q.id = qu.quiz_id where q.lesson_id = :id)""").param("id", lessonId).update();
		jdbc.sql("delete from learning_question where quiz_id in (select id from learning_quiz where lesson_id = :id)")
			.param("id", lessonId)
			.update();
		jdbc.sql("delete from learning_quiz where lesson_id = :id").param("id", lessonId).update();
		jdbc.sql("delete from learning_exercise where lesson_id = :id").param("id", lessonId).update();
	}

	private static Lesson checked(LessonForm form) {
		LessonKind kind;
		try {
			kind = LessonKind.valueOf(form.kind() == null ? "" : form.kind().strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "editor.error.kind", "Choose reading, quiz or exercise.");
		}
		return new Lesson(kind,
				required(form.titleEn(), 200, "titleEn", "editor.error.titleEn", "Give the title in English, up to 200 characters."),
				required(form.titleHe(), 200, "titleHe", "editor.error.titleHe", "Give the title in Hebrew, up to 200 characters."),
				optional(form.bodyEn(), EditorTexts.MARKDOWN_MAX, "bodyEn", "editor.error.markdown", "The text is too long."),
				optional(form.bodyHe(), EditorTexts.MARKDOWN_MAX, "bodyHe", "editor.error.markdown", "The text is too long."),
				webAddress(form.videoUrl(), false, "videoUrl", "editor.error.videoUrl",
						"The video address starts with http:// or https://."),
				optionalNumber(form.minutes(), 1, 600, "minutes", "editor.error.minutes",
						"The time is a whole number of minutes from 1 to 600."),
				form.isRequired(), form.isAllowsFile());
	}
}
