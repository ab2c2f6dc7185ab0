package org.agora.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.agora.learning.edit.EditorForms.CourseForm;
import org.agora.learning.edit.EditorForms.ModuleForm;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.agora.learning.EditorTexts.optional;
import static org.agora.learning.EditorTexts.required;

/**
 * Community managers write the course and its modules. A module that learners have worked in is archived, never
 * deleted: it disappears for learners and keeps everything recorded on its lessons.
 */
@Service
class CourseEditor {

	private static final String SLUG = "[a-z0-9-]{3,80}";

	private final JdbcClient jdbc;

	private final EditorCourses courses;

	private final EditorPositions positions;

	private final Clock clock;

	CourseEditor(JdbcClient jdbc, EditorCourses courses, EditorPositions positions, Clock clock) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.positions = positions;
		this.clock = clock;
	}

	@Transactional
	long create(AgoraPrincipal viewer, CourseForm form) {
		courses.requireEditor(viewer);
		String slug = form.slug() == null ? "" : form.slug().strip();
		if (!slug.matches(SLUG)) {
			throw new InvalidInputException("slug", "editor.error.slug",
					"The address name has 3 to 80 small letters, digits or dashes.");
		}
		if (jdbc.sql("select count(*) from learning_course where slug = :slug").param("slug", slug).query(Long.class).single() > 0) {
			throw slugTaken();
		}
		var course = checked(form);
		var now = Timestamp.from(clock.instant());
		var keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into learning_course (slug, title_en, title_he, summary_en, summary_he, created_at, updated_at)
					values (:slug, :titleEn, :titleHe, :summaryEn, :summaryHe, :now, :now)""")
				.param("slug", slug)
				.params(course)
				.param("now", now)
				.update(keys, "id");
		}
		catch (DuplicateKeyException e) {
			throw slugTaken();
		}
		return keys.getKey().longValue();
	}

	/** Changes the titles and summary; the address name stays, so links to the course keep working. */
	@Transactional
	void update(AgoraPrincipal viewer, long courseId, CourseForm form) {
		courses.requireEditor(viewer);
		courses.ofCourse(courseId);
		jdbc.sql("""
				update learning_course set title_en = :titleEn, title_he = :titleHe, summary_en = :summaryEn,
				summary_he = :summaryHe where id = :id""").params(checked(form)).param("id", courseId).update();
		courses.touch(courseId);
	}

	@Transactional
	long addModule(AgoraPrincipal viewer, long courseId, ModuleForm form) {
		courses.requireEditor(viewer);
		courses.ofCourse(courseId);
		var module = checked(form);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into learning_module (course_id, position, title_en, title_he, objectives_en, objectives_he)
				values (:course, :position, :titleEn, :titleHe, :objectivesEn, :objectivesHe)""")
			.param("course", courseId)
			.param("position", positions.next(EditorPositions.Siblings.MODULES, courseId))
			.params(module)
			.update(keys, "id");
		courses.touch(courseId);
		return keys.getKey().longValue();
	}

	/** @return the module's course */
	@Transactional
	long updateModule(AgoraPrincipal viewer, long moduleId, ModuleForm form) {
		courses.requireEditor(viewer);
		long courseId = courses.ofModule(moduleId);
		jdbc.sql("""
				update learning_module set title_en = :titleEn, title_he = :titleHe, objectives_en = :objectivesEn,
				objectives_he = :objectivesHe where id = :id""").params(checked(form)).param("id", moduleId).update();
		courses.touch(courseId);
		return courseId;
	}

	/** @return the module's course */
	@Transactional
	long moveModule(AgoraPrincipal viewer, long moduleId, String direction) {
		courses.requireEditor(viewer);
		long courseId = courses.ofModule(moduleId);
		positions.move(EditorPositions.Siblings.MODULES, moduleId, direction);
		courses.touch(courseId);
		return courseId;
	}

	/**
	 * Hides the module and its lessons from learners, or shows them again; nothing recorded on them changes.
	 *
	 * @return the module's course
	 */
	@Transactional
	long archiveModule(AgoraPrincipal viewer, long moduleId, boolean archived) {
		courses.requireEditor(viewer);
		long courseId = courses.ofModule(moduleId);
		jdbc.sql("update learning_module set archived = :archived where id = :id")
			.param("archived", archived)
			.param("id", moduleId)
			.update();
		courses.touch(courseId);
		return courseId;
	}

	/**
	 * Deletes an empty module. A module with lessons keeps them: delete the unused ones first, or archive it.
	 *
	 * @return the module's course
	 */
	@Transactional
	long deleteModule(AgoraPrincipal viewer, long moduleId) {
		courses.requireEditor(viewer);
		long courseId = courses.ofModule(moduleId);
		long lessons = jdbc.sql("select count(*) from learning_lesson where module_id = :id").param("id", moduleId)
			.query(Long.class)
			.single();
		long ratings = jdbc.sql("select count(*) from learning_feedback_rating where module_id = :id").param("id", moduleId)
			.query(Long.class)
			.single();
		if (lessons > 0 || ratings > 0) {
			throw new InvalidInputException("module", "editor.error.moduleNotEmpty",
					"Only an empty module can be deleted; archive this one instead.");
		}
		jdbc.sql("delete from learning_module where id = :id").param("id", moduleId).update();
		courses.touch(courseId);
		return courseId;
	}

	private static InvalidInputException slugTaken() {
		return new InvalidInputException("slug", "editor.error.slugTaken", "Another course has this address name.");
	}

	private static Map<String, Object> checked(CourseForm form) {
		var values = new HashMap<String, Object>();
		values.put("titleEn", required(form.titleEn(), 200, "titleEn", "editor.error.titleEn",
				"Give the title in English, up to 200 characters."));
		values.put("titleHe", required(form.titleHe(), 200, "titleHe", "editor.error.titleHe",
				"Give the title in Hebrew, up to 200 characters."));
		values.put("summaryEn", optional(form.summaryEn(), 5000, "summaryEn", "editor.error.summary",
				"The summary has up to 5,000 characters."));
		values.put("summaryHe", optional(form.summaryHe(), 5000, "summaryHe", "editor.error.summary",
				"The summary has up to 5,000 characters."));
		return values;
	}

	private static Map<String, Object> checked(ModuleForm form) {
		var values = new HashMap<String, Object>();
		values.put("titleEn", required(form.titleEn(), 200, "titleEn", "editor.error.titleEn",
				"Give the title in English, up to 200 characters."));
		values.put("titleHe", required(form.titleHe(), 200, "titleHe", "editor.error.titleHe",
				"Give the title in Hebrew, up to 200 characters."));
		values.put("objectivesEn", optional(form.objectivesEn(), EditorTexts.MARKDOWN_MAX, "objectivesEn",
				"editor.error.markdown", "The text is too long."));
		values.put("objectivesHe", optional(form.objectivesHe(), EditorTexts.MARKDOWN_MAX, "objectivesHe",
				"editor.error.markdown", "The text is too long."));
		return values;
	}
}
