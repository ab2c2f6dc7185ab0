package org.agora.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The courses as learners read them: modules and lessons in order, without archived ones. */
@Component
@Transactional(readOnly = true)
class Catalog {

	record CourseSummary(long id, String slug, Bilingual title, Bilingual summary, int modules) {
	}

	record Course(long id, String slug, Bilingual title, Bilingual summary, List<Module> modules) {

		List<Lesson> lessons() {
			return modules.stream().flatMap(m -> m.lessons().stream()).toList();
		}

		Optional<Lesson> lesson(long lessonId) {
			return lessons().stream().filter(l -> l.id() == lessonId).findFirst();
		}

		Optional<Module> module(long moduleId) {
			return modules.stream().filter(m -> m.id() == moduleId).findFirst();
		}
	}

	record Module(long id, int position, Bilingual title, Bilingual objectives, List<Lesson> lessons) {
	}

	/**
	 * @param quizId the lesson's quiz, for a quiz lesson
	 * @param exerciseId the lesson's exercise, for an exercise lesson
	 */
	record Lesson(long id, long moduleId, int position, LessonKind kind, Bilingual title, Bilingual body,
			String videoUrl, boolean required, Integer minutes, Long quizId, Long exerciseId) {
	}

	private final JdbcClient jdbc;

	Catalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CourseSummary> courses() {
		return jdbc.sql("""
				select c.id, c.slug, c.title_en, c.title_he, c.summary_en, c.summary_he,
				       (select count(*) from learning_module m where m.course_id = c.id and not m.archived) as modules
				from learning_course c order by c.id""")
			.query((rs, n) -> new CourseSummary(rs.getLong("id"), rs.getString("slug"),
					new Bilingual(rs.getString("title_en"), rs.getString("title_he")),
					new Bilingual(rs.getString("summary_en"), rs.getString("summary_he")), rs.getInt("modules")))
			.list();
	}

	Optional<Long> courseIdBySlug(String slug) {
		return jdbc.sql("select id from learning_course where slug = :slug").param("slug", slug).query(Long.class).optional();
	}

	Optional<Course> course(long courseId) {
		var head = jdbc.sql("select id, slug, title_en, title_he, summary_en, summary_he from learning_course where id = :id")
			.param("id", courseId)
			.query((rs, n) -> new Course(rs.getLong("id"), rs.getString("slug"),
					new Bilingual(rs.getString("title_en"), rs.getString("title_he")),
					new Bilingual(rs.getString("summary_en"), rs.getString("summary_he")), List.of()))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, List<Lesson>> lessons = jdbc.sql("""
				select l.id, l.module_id, l.position, l.kind, l.title_en, l.title_he, l.body_en, l.body_he, l.video_url,
				       -- a quiz still without questions cannot be passed, so it does not hold anyone back
				       l.required and (q.id is null or exists (select 1 from learning_question qq where qq.quiz_id = q.id))
				         as required,
				       l.minutes, q.id as quiz_id, x.id as exercise_id
				from learning_lesson l
				join learning_module m on m.id = l.module_id
				left join learning_quiz q on q.lesson_id = l.id
				left join learning_exercise x on x.lesson_id = l.id
				where m.course_id = :course and not l.archived and not m.archived
				order by l.module_id, l.position, l.id""")
			.param("course", courseId)
			.query((rs, n) -> new Lesson(rs.getLong("id"), rs.getLong("module_id"), rs.getInt("position"),
					LessonKind.valueOf(rs.getString("kind")), new Bilingual(rs.getString("title_en"), rs.getString("title_he")),
					new Bilingual(rs.getString("body_en"), rs.getString("body_he")), rs.getString("video_url"),
					rs.getBoolean("required"), (Integer) rs.getObject("minutes", Integer.class),
					rs.getObject("quiz_id", Long.class), rs.getObject("exercise_id", Long.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Lesson::moduleId));
		var modules = new ArrayList<Module>();
		jdbc.sql("""
				select id, position, title_en, title_he, objectives_en, objectives_he from learning_module
				where course_id = :course and not archived order by position, id""")
			.param("course", courseId)
			.query((rs, n) -> new Module(rs.getLong("id"), rs.getInt("position"),
					new Bilingual(rs.getString("title_en"), rs.getString("title_he")),
					new Bilingual(rs.getString("objectives_en"), rs.getString("objectives_he")),
					lessons.getOrDefault(rs.getLong("id"), List.of())))
			.list()
			.forEach(modules::add);
		var course = head.get();
		return Optional.of(new Course(course.id(), course.slug(), course.title(), course.summary(), List.copyOf(modules)));
	}

	/** The course a lesson belongs to, archived lessons included. */
	Optional<Long> courseOfLesson(long lessonId) {
		return jdbc.sql("select m.course_id from learning_lesson l join learning_module m on m.id = l.module_id where l.id = :id")
			.param("id", lessonId)
			.query(Long.class)
			.optional();
	}
}
