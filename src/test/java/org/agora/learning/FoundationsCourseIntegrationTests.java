package org.agora.learning;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped course is written once at start-up, as its files describe it, and never written over. */
@SpringBootTest
@AutoConfigureMockMvc
class FoundationsCourseIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	FoundationsCourse foundations;

	@Test
	void afterStartUpTheCourseExistsOnceWithItsTenModulesInOrder() {
		var content = shippedContent();
		long courseId = catalog.courseIdBySlug(FoundationsCourse.SLUG).orElseThrow();
		var course = catalog.course(courseId).orElseThrow();

		assertThat(jdbc.sql("select count(*) from learning_course where slug = :slug").param("slug", FoundationsCourse.SLUG)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(course.title()).isEqualTo(content.title());
		assertThat(course.modules()).hasSize(10).extracting(Catalog.Module::position)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(course.modules()).extracting(Catalog.Module::title)
			.containsExactlyElementsOf(content.modules().stream().map(FoundationsCourse.Module::title).toList());
	}

	@Test
	void everyLessonQuizAndExerciseIsWrittenAsTheFilesDescribeThem() {
		var content = shippedContent();
		var course = catalog.course(catalog.courseIdBySlug(FoundationsCourse.SLUG).orElseThrow()).orElseThrow();

		for (int m = 0; m < content.modules().size(); m++) {
			var expected = content.modules().get(m).lessons();
			var written = course.modules().get(m).lessons();
			assertThat(written).extracting(Catalog.Lesson::position)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, expected.size()).boxed().toList());
			for (int l = 0; l < expected.size(); l++) {
				var lesson = written.get(l);
				assertThat(lesson.kind()).isEqualTo(expected.get(l).kind());
				assertThat(lesson.body()).isEqualTo(expected.get(l).body());
				assertThat(lesson.required()).isEqualTo(expected.get(l).required());
				assertThat(lesson.minutes()).isEqualTo(expected.get(l).minutes());
				assertThat(links(lesson.id())).isEqualTo(expected.get(l).links());
				assertThat(lesson.quizId() != null).isEqualTo(expected.get(l).quiz() != null);
				assertThat(lesson.exerciseId() != null).isEqualTo(expected.get(l).exercise() != null);
				if (lesson.quizId() != null) {
					assertThat(quiz(lesson.quizId())).isEqualTo(expected.get(l).quiz());
				}
			}
		}
	}

	@Test
	void runningTheSeederAgainChangesNothing() throws Exception {
		long courseId = catalog.courseIdBySlug(FoundationsCourse.SLUG).orElseThrow();
		var before = rowCounts(courseId);

		foundations.run(new DefaultApplicationArguments());

		assertThat(rowCounts(courseId)).isEqualTo(before);
		assertThat(catalog.courseIdBySlug(FoundationsCourse.SLUG)).contains(courseId);
	}

	@Test
	@Transactional
	void aCourseEditedByCommunityManagersIsNotWrittenOver() throws Exception {
		long courseId = catalog.courseIdBySlug(FoundationsCourse.SLUG).orElseThrow();
		jdbc.sql("update learning_module set title_en = 'Our own basics' where course_id = :course and position = 1")
			.param("course", courseId).update();

		foundations.run(new DefaultApplicationArguments());

		assertThat(catalog.course(courseId).orElseThrow().modules().get(0).title().en()).isEqualTo("Our own basics");
	}

	private static FoundationsCourse.Content shippedContent() {
		return FoundationsCourse.read(new PathMatchingResourcePatternResolver());
	}

	private List<FoundationsCourse.Link> links(long lessonId) {
		return jdbc.sql("select title, url from learning_lesson_link where lesson_id = :lesson order by position")
			.param("lesson", lessonId)
			.query((rs, n) -> new FoundationsCourse.Link(rs.getString(1), rs.getString(2)))
			.list();
	}

	private FoundationsCourse.Quiz quiz(long quizId) {
		var questions = jdbc.sql("""
				select id, text_en, text_he, multiple from learning_question where quiz_id = :quiz order by position""")
			.param("quiz", quizId)
			.query((rs, n) -> new FoundationsCourse.Question(new Bilingual(rs.getString(2), rs.getString(3)),
					rs.getBoolean(4), options(rs.getLong(1))))
			.list();
		return jdbc.sql("select pass_percent, max_attempts from learning_quiz where id = :quiz")
			.param("quiz", quizId)
			.query((rs, n) -> new FoundationsCourse.Quiz(rs.getInt(1), rs.getInt(2), questions))
			.single();
	}

	private List<FoundationsCourse.Option> options(long questionId) {
		return jdbc.sql("select text_en, text_he, correct from learning_option where question_id = :question order by position")
			.param("question", questionId)
			.query((rs, n) -> new FoundationsCourse.Option(new Bilingual(rs.getString(1), rs.getString(2)), rs.getBoolean(3)))
			.list();
	}

	/** How many rows of each table belong to the course, and how many courses there are. */
	private List<Long> rowCounts(long courseId) {
		return List.of(
				count("select count(*) from learning_course"),
				count("select count(*) from learning_module where course_id = :course", courseId),
				count("""
						select count(*) from learning_lesson l join learning_module m on m.id = l.module_id
						where m.course_id = :course""", courseId),
				count("""
						select count(*) from learning_lesson_link k join learning_lesson l on l.id = k.lesson_id
						join learning_module m on m.id = l.module_id where m.course_id = :course""", courseId),
				count("""
						select count(*) from learning_option o join learning_question q on q.id = o.question_id
						join learning_quiz z on z.id = q.quiz_id join learning_lesson l on l.id = z.lesson_id
						join learning_module m on m.id = l.module_id where m.course_id = :course""", courseId),
				count("""
						select count(*) from learning_exercise x join learning_lesson l on l.id = x.lesson_id
						join learning_module m on m.id = l.module_id where m.course_id = :course""", courseId));
	}

	private long count(String sql, long... courseId) {
		var statement = jdbc.sql(sql);
		if (courseId.length > 0) {
			statement = statement.param("course", courseId[0]);
		}
		return statement.query(Long.class).single();
	}
}
