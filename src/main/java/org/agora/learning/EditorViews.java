package org.agora.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.agora.learning.edit.EditorForms;
import org.agora.learning.edit.EditorPages;
import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The course editor's pages: courses as their editors see them, archived parts included. */
@Component
@Transactional(readOnly = true)
class EditorViews {

	private final JdbcClient jdbc;

	private final EditorCourses courses;

	private final MarkdownRenderer markdown;

	EditorViews(JdbcClient jdbc, EditorCourses courses, MarkdownRenderer markdown) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.markdown = markdown;
	}

	List<EditorPages.CourseRow> courses(AgoraPrincipal viewer) {
		courses.requireEditor(viewer);
		return jdbc.sql("""
				select c.id, c.slug, c.title_en, c.title_he, c.updated_at,
				  (select count(*) from learning_module m where m.course_id = c.id and not m.archived) as modules,
				  (select count(*) from learning_lesson l join learning_module m on m.id = l.module_id
				   where m.course_id = c.id and not m.archived and not l.archived) as lessons
				from learning_course c order by c.title_en, c.id""")
			.query((rs, n) -> new EditorPages.CourseRow(rs.getLong("id"), rs.getString("slug"), rs.getString("title_en"),
					rs.getString("title_he"), rs.getInt("modules"), rs.getInt("lessons"),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	EditorPages.Course course(AgoraPrincipal viewer, long courseId) {
		courses.requireEditor(viewer);
		Map<Long, List<EditorPages.LessonRow>> lessons = jdbc.sql("""
				select l.id, l.module_id, l.position, l.kind, l.title_en, l.title_he, l.required, l.minutes, l.archived,
				  %s as used
				from learning_lesson l join learning_module m on m.id = l.module_id
				where m.course_id = :course order by l.position, l.id""".formatted(EditorCourses.LESSON_USED))
			.param("course", courseId)
			.query((rs, n) -> Map.entry(rs.getLong("module_id"), lessonRow(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		var modules = jdbc.sql("""
				select id, position, title_en, title_he, objectives_en, objectives_he, archived from learning_module
				where course_id = :course order by position, id""")
			.param("course", courseId)
			.query((rs, n) -> new EditorPages.Module(rs.getLong("id"), courseId, rs.getInt("position"),
					rs.getString("title_en"), rs.getString("title_he"), rs.getString("objectives_en"),
					rs.getString("objectives_he"), rs.getBoolean("archived"),
					lessons.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		int running = jdbc.sql("select count(*) from learning_cohort where course_id = :course and status = 'RUNNING'")
			.param("course", courseId)
			.query(Integer.class)
			.single();
		return jdbc.sql("select id, slug, title_en, title_he, summary_en, summary_he, updated_at from learning_course where id = :id")
			.param("id", courseId)
			.query((rs, n) -> new EditorPages.Course(rs.getLong("id"), rs.getString("slug"), rs.getString("title_en"),
					rs.getString("title_he"), rs.getString("summary_en"), rs.getString("summary_he"),
					rs.getTimestamp("updated_at").toInstant(), running, modules))
			.optional()
			.orElseThrow(() -> new NotFoundException("Course"));
	}

	EditorForms.CourseForm courseForm(EditorPages.Course course) {
		return new EditorForms.CourseForm(course.slug(), course.titleEn(), course.titleHe(), blankIfNull(course.summaryEn()),
				blankIfNull(course.summaryHe()));
	}

	EditorPages.Module module(AgoraPrincipal viewer, long moduleId) {
		courses.requireEditor(viewer);
		long courseId = courses.ofModule(moduleId);
		return course(viewer, courseId).modules()
			.stream()
			.filter(m -> m.id() == moduleId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Module"));
	}

	EditorForms.ModuleForm moduleForm(EditorPages.Module module) {
		return new EditorForms.ModuleForm(module.titleEn(), module.titleHe(), blankIfNull(module.objectivesEn()),
				blankIfNull(module.objectivesHe()));
	}

	EditorPages.ModuleRef moduleRef(AgoraPrincipal viewer, long moduleId) {
		courses.requireEditor(viewer);
		return jdbc.sql("""
				select m.id, m.course_id, m.title_en, m.title_he, c.title_en as course_en, c.title_he as course_he
				from learning_module m join learning_course c on c.id = m.course_id where m.id = :id""")
			.param("id", moduleId)
			.query((rs, n) -> new EditorPages.ModuleRef(rs.getLong("id"), rs.getLong("course_id"), rs.getString("title_en"),
					rs.getString("title_he"), rs.getString("course_en"), rs.getString("course_he")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Module"));
	}

	EditorPages.Lesson lesson(AgoraPrincipal viewer, long lessonId) {
		courses.requireEditor(viewer);
		var links = jdbc.sql("select id, title, url from learning_lesson_link where lesson_id = :id order by position, id")
			.param("id", lessonId)
			.query((rs, n) -> new EditorPages.Link(rs.getLong("id"), rs.getString("title"), rs.getString("url")))
			.list();
		var attachments = jdbc.sql("""
				select id, file_name, content_type, size_bytes, created_at from learning_attachment
				where lesson_id = :id order by created_at, id""")
			.param("id", lessonId)
			.query((rs, n) -> new EditorPages.Attachment(rs.getLong("id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size_bytes"), rs.getTimestamp("created_at").toInstant()))
			.list();
		return jdbc.sql("""
				select l.id, l.module_id, m.course_id, c.title_en as course_en, c.title_he as course_he, l.kind, l.title_en,
				  l.title_he, l.body_en, l.body_he, l.video_url, l.minutes, l.required, l.archived, q.id as quiz_id,
				  x.allows_file, %s as used
				from learning_lesson l join learning_module m on m.id = l.module_id
				join learning_course c on c.id = m.course_id
				left join learning_quiz q on q.lesson_id = l.id left join learning_exercise x on x.lesson_id = l.id
				where l.id = :id""".formatted(EditorCourses.LESSON_USED))
			.param("id", lessonId)
			.query((rs, n) -> new EditorPages.Lesson(rs.getLong("id"), rs.getLong("module_id"), rs.getLong("course_id"),
					rs.getString("course_en"), rs.getString("course_he"), lessonForm(rs), rs.getBoolean("archived"),
					rs.getBoolean("used"), rs.getObject("quiz_id", Long.class), links, attachments,
					markdown.toHtml(rs.getString("body_en")), markdown.toHtml(rs.getString("body_he"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("Lesson"));
	}

	EditorPages.Quiz quiz(AgoraPrincipal viewer, long quizId) {
		courses.requireEditor(viewer);
		Map<Long, List<EditorPages.Option>> options = jdbc.sql("""
				select o.id, o.question_id, o.position, o.text_en, o.text_he, o.correct from learning_option o
				join learning_question qu on qu.id = o.question_id where qu.quiz_id = :quiz order by o.position, o.id""")
			.param("quiz", quizId)
			.query((rs, n) -> Map.entry(rs.getLong("question_id"), new EditorPages.Option(rs.getLong("id"),
					rs.getInt("position"), rs.getString("text_en"), rs.getString("text_he"), rs.getBoolean("correct"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		var questions = new ArrayList<EditorPages.Question>();
		jdbc.sql("select id, position, text_en, text_he, multiple from learning_question where quiz_id = :quiz order by position, id")
			.param("quiz", quizId)
			.query((rs, n) -> new EditorPages.Question(rs.getLong("id"), rs.getInt("position"), rs.getString("text_en"),
					rs.getString("text_he"), rs.getBoolean("multiple"), options.getOrDefault(rs.getLong("id"), List.of())))
			.list()
			.forEach(questions::add);
		return jdbc.sql("""
				select q.id, q.lesson_id, m.course_id, l.title_en, l.title_he, q.pass_percent, q.max_attempts,
				  (select count(*) from learning_attempt a where a.quiz_id = q.id) as attempts
				from learning_quiz q join learning_lesson l on l.id = q.lesson_id join learning_module m on m.id = l.module_id
				where q.id = :quiz""")
			.param("quiz", quizId)
			.query((rs, n) -> new EditorPages.Quiz(rs.getLong("id"), rs.getLong("lesson_id"), rs.getLong("course_id"),
					rs.getString("title_en"), rs.getString("title_he"), rs.getInt("pass_percent"), rs.getInt("max_attempts"),
					rs.getInt("attempts"), List.copyOf(questions)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Quiz"));
	}

	EditorPages.Quiz quizOfQuestion(AgoraPrincipal viewer, long questionId) {
		courses.requireEditor(viewer);
		long quizId = jdbc.sql("select quiz_id from learning_question where id = :id")
			.param("id", questionId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Question"));
		return quiz(viewer, quizId);
	}

	private static EditorPages.LessonRow lessonRow(ResultSet rs) throws SQLException {
		return new EditorPages.LessonRow(rs.getLong("id"), rs.getInt("position"), rs.getString("kind"), rs.getString("title_en"),
				rs.getString("title_he"), rs.getBoolean("required"), rs.getObject("minutes", Integer.class),
				rs.getBoolean("archived"), rs.getBoolean("used"));
	}

	private static EditorForms.LessonForm lessonForm(ResultSet rs) throws SQLException {
		Integer minutes = rs.getObject("minutes", Integer.class);
		Boolean allowsFile = rs.getObject("allows_file", Boolean.class);
		return new EditorForms.LessonForm(rs.getString("kind"), rs.getString("title_en"), rs.getString("title_he"),
				blankIfNull(rs.getString("body_en")), blankIfNull(rs.getString("body_he")),
				blankIfNull(rs.getString("video_url")), minutes == null ? "" : minutes.toString(), rs.getBoolean("required"),
				allowsFile == null || allowsFile);
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text;
	}
}
