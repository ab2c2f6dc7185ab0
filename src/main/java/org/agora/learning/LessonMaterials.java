package org.agora.learning;

import java.sql.Timestamp;
import java.time.Clock;

import org.agora.learning.edit.EditorForms.LinkForm;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.agora.learning.EditorTexts.required;
import static org.agora.learning.EditorTexts.webAddress;

/**
 * The links and files a lesson points learners to. Files of any type are kept in the database, capped at 10 MB;
 * learners get them as downloads.
 */
@Service
class LessonMaterials {

	static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

	private static final String ANY_FILE = "application/octet-stream";

	private final JdbcClient jdbc;

	private final EditorCourses courses;

	private final EditorPositions positions;

	private final Clock clock;

	LessonMaterials(JdbcClient jdbc, EditorCourses courses, EditorPositions positions, Clock clock) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.positions = positions;
		this.clock = clock;
	}

	@Transactional
	void addLink(AgoraPrincipal viewer, long lessonId, LinkForm form) {
		courses.requireEditor(viewer);
		long courseId = courses.ofLesson(lessonId);
		String title = required(form.title(), 200, "title", "editor.error.linkTitle", "Name the link, up to 200 characters.");
		String url = webAddress(form.url(), true, "url", "editor.error.linkUrl",
				"The link's address starts with http:// or https://.");
		jdbc.sql("insert into learning_lesson_link (lesson_id, position, title, url) values (:lesson, :position, :title, :url)")
			.param("lesson", lessonId)
			.param("position", positions.next(EditorPositions.Siblings.LINKS, lessonId))
			.param("title", title)
			.param("url", url)
			.update();
		courses.touch(courseId);
	}

	/** @return the link's lesson */
	@Transactional
	long removeLink(AgoraPrincipal viewer, long linkId) {
		courses.requireEditor(viewer);
		long lessonId = lessonOf("learning_lesson_link", linkId, "Link");
		jdbc.sql("delete from learning_lesson_link where id = :id").param("id", linkId).update();
		courses.touch(courses.ofLesson(lessonId));
		return lessonId;
	}

	/**
	 * Keeps the file with the lesson, under its own name without any folder part.
	 *
	 * @param data the file's bytes, or null when no file was chosen
	 */
	@Transactional
	void addAttachment(AgoraPrincipal viewer, long lessonId, String fileName, String contentType, byte[] data) {
		courses.requireEditor(viewer);
		long courseId = courses.ofLesson(lessonId);
		if (data == null || data.length == 0) {
			throw new InvalidInputException("file", "editor.error.fileMissing", "Choose a file to upload.");
		}
		if (data.length > MAX_ATTACHMENT_BYTES) {
			throw new InvalidInputException("file", "editor.error.fileSize", "The file is larger than 10 MB.");
		}
		jdbc.sql("""
				insert into learning_attachment (lesson_id, file_name, content_type, size_bytes, data, created_at)
				values (:lesson, :name, :type, :size, :data, :now)""")
			.param("lesson", lessonId)
			.param("name", name(fileName))
			.param("type", type(contentType))
			.param("size", data.length)
			.param("data", data)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		courses.touch(courseId);
	}

	/** @return the attachment's lesson */
	@Transactional
	long removeAttachment(AgoraPrincipal viewer, long attachmentId) {
		courses.requireEditor(viewer);
		long lessonId = lessonOf("learning_attachment", attachmentId, "Attachment");
		jdbc.sql("delete from learning_attachment where id = :id").param("id", attachmentId).update();
		courses.touch(courses.ofLesson(lessonId));
		return lessonId;
	}

	private long lessonOf(String table, long id, String what) {
		return jdbc.sql("select lesson_id from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException(what));
	}

	/** The name without folders (some browsers send them) or control characters, at most 255 characters. */
	static String name(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		if (name.length() > 255) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 20 ? name.substring(dot) : "";
			name = name.substring(0, 255 - extension.length()) + extension;
		}
		return name;
	}

	/** The type the browser sent when it looks like one; learners download the file whatever it says. */
	static String type(String contentType) {
		return contentType != null && contentType.length() <= 100 && contentType.matches("[\\w.+-]+/[\\w.+-]+(;.*)?")
				? contentType : ANY_FILE;
	}
}
