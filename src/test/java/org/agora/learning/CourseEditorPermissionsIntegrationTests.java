package org.agora.learning;

import java.util.List;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Community managers and admins edit courses; leaders, employees and guests are refused every page and action. */
@SpringBootTest
@AutoConfigureMockMvc
class CourseEditorPermissionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	LearningFixtures.TestCourse course;

	long link;

	long attachment;

	@BeforeEach
	void aCourseWithALinkAndAFile() {
		course = new LearningFixtures(jdbc).course();
		jdbc.sql("insert into learning_lesson_link (lesson_id, position, title, url) values (:l, 1, 'Glossary', 'https://km.example')")
			.param("l", course.reading()).update();
		link = jdbc.sql("select max(id) from learning_lesson_link").query(Long.class).single();
		jdbc.sql("""
				insert into learning_attachment (lesson_id, file_name, content_type, size_bytes, data, created_at)
				values (:l, 'a.txt', 'text/plain', 1, :data, current_timestamp)""").param("l", course.reading())
			.param("data", new byte[] { 65 }).update();
		attachment = jdbc.sql("select max(id) from learning_attachment").query(Long.class).single();
	}

	List<String> pages() {
		return List.of("/learning/edit", "/learning/edit/courses/" + course.courseId(),
				"/learning/edit/courses/" + course.courseId() + "/modules/new", "/learning/edit/modules/" + course.module1(),
				"/learning/edit/modules/" + course.module1() + "/lessons/new", "/learning/edit/lessons/" + course.reading(),
				"/learning/edit/quizzes/" + course.quiz());
	}

	List<String> actions() {
		return List.of("/learning/edit/courses", "/learning/edit/courses/" + course.courseId(),
				"/learning/edit/courses/" + course.courseId() + "/modules", "/learning/edit/modules/" + course.module1(),
				"/learning/edit/modules/" + course.module2() + "/move", "/learning/edit/modules/" + course.module1() + "/archive",
				"/learning/edit/modules/" + course.module1() + "/restore", "/learning/edit/modules/" + course.module2() + "/delete",
				"/learning/edit/modules/" + course.module1() + "/lessons", "/learning/edit/lessons/" + course.reading(),
				"/learning/edit/lessons/" + course.reading() + "/move", "/learning/edit/lessons/" + course.reading() + "/archive",
				"/learning/edit/lessons/" + course.reading() + "/restore", "/learning/edit/lessons/" + course.optionalReading() + "/delete",
				"/learning/edit/lessons/" + course.reading() + "/links", "/learning/edit/links/" + link + "/remove",
				"/learning/edit/attachments/" + attachment + "/remove", "/learning/edit/quizzes/" + course.quiz(),
				"/learning/edit/quizzes/" + course.quiz() + "/questions", "/learning/edit/questions/" + course.question1(),
				"/learning/edit/questions/" + course.question2() + "/move", "/learning/edit/questions/" + course.question1() + "/remove");
	}

	@ParameterizedTest
	@ValueSource(strings = { Personas.MANAGER, Personas.ADMIN })
	void managersAndAdminsOpenEveryEditorPage(String email) throws Exception {
		for (String page : pages()) {
			mvc.perform(get(page).with(Personas.as(users, email))).andExpect(status().isOk());
		}
		mvc.perform(get("/learning/edit").with(Personas.as(users, email)))
			.andExpect(content().string(containsString("href=\"/learning/edit/courses/" + course.courseId() + "\"")));
	}

	@Test
	void anAdminEditsACourse() throws Exception {
		mvc.perform(post("/learning/edit/modules/" + course.module1() + "/archive").with(csrf())
			.with(Personas.as(users, Personas.ADMIN)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select archived from learning_module where id = :m").param("m", course.module1())
			.query(Boolean.class).single()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { Personas.LEADER, Personas.EMPLOYEE, Personas.GUEST })
	void everyoneElseIsRefusedEveryPageAndActionAndNothingChanges(String email) throws Exception {
		String before = snapshot();
		for (String page : pages()) {
			mvc.perform(get(page).with(Personas.as(users, email))).andExpect(status().isForbidden());
		}
		for (String action : actions()) {
			mvc.perform(post(action).with(csrf()).with(Personas.as(users, email)).param("direction", "up")
				.param("slug", "taken-over").param("titleEn", "Taken over").param("titleHe", "השתלטות").param("kind", "READING")
				.param("title", "x").param("url", "https://evil.example").param("passPercent", "1").param("maxAttempts", "10"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(multipart("/learning/edit/lessons/" + course.reading() + "/attachments")
			.file(new MockMultipartFile("file", "x.txt", "text/plain", new byte[] { 1 })).with(csrf())
			.with(Personas.as(users, email)))
			.andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	private String snapshot() {
		return jdbc.sql("""
				select c.title_en || '|' || c.updated_at
				  || '|' || (select count(*) from learning_course where slug = 'taken-over')
				  || '|' || (select count(*) from learning_module m where m.course_id = c.id and not m.archived)
				  || '|' || (select count(*) from learning_lesson l join learning_module m on m.id = l.module_id
				             where m.course_id = c.id and not l.archived)
				  || '|' || (select count(*) from learning_lesson_link where lesson_id = :reading)
				  || '|' || (select count(*) from learning_attachment where lesson_id = :reading)
				  || '|' || (select count(*) from learning_question where quiz_id = :quiz)
				  || '|' || (select pass_percent from learning_quiz where id = :quiz)
				from learning_course c where c.id = :course""")
			.param("course", course.courseId()).param("reading", course.reading()).param("quiz", course.quiz())
			.query(String.class).single();
	}
}
