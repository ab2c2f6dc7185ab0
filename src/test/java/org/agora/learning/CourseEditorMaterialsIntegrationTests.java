package org.agora.learning;

import org.agora.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A lesson's links lead to web pages only; its files are kept up to 10 MB. */
@SpringBootTest
@AutoConfigureMockMvc
class CourseEditorMaterialsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	LearningFixtures.TestCourse course;

	@BeforeEach
	void aCourse() {
		course = new LearningFixtures(jdbc).course();
	}

	@Test
	void aLinkIsAddedShownAndRemoved() throws Exception {
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/links")).param("title", "KM glossary")
			.param("url", "https://km.example/glossary"))
			.andExpect(redirectedUrl("/learning/edit/lessons/" + course.reading() + "#links"));
		long link = jdbc.sql("select id from learning_lesson_link where lesson_id = :l").param("l", course.reading())
			.query(Long.class).single();
		mvc.perform(asManager(get("/learning/edit/lessons/" + course.reading())))
			.andExpect(content().string(containsString("href=\"https://km.example/glossary\"")));

		mvc.perform(asManager(post("/learning/edit/links/" + link + "/remove")))
			.andExpect(redirectedUrl("/learning/edit/lessons/" + course.reading() + "#links"));
		assertThat(links()).isZero();
	}

	@Test
	void aLinkMustLeadToAWebPage() throws Exception {
		for (String url : new String[] { "javascript:alert(document.cookie)", "data:text/html;base64,PHNjcmlwdD4=",
				"ftp://files.example/x", "km.example/glossary" }) {
			mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/links")).param("title", "Glossary")
				.param("url", url))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("address starts with http:// or https://.")))
				.andExpect(content().string(containsString("value=\"Glossary\"")))
				.andExpect(content().string(containsString("aria-describedby=\"link-url-help url-error\"")));
		}
		mvc.perform(asManager(post("/learning/edit/lessons/" + course.reading() + "/links")).param("title", " ")
			.param("url", "https://km.example"))
			.andExpect(content().string(containsString("Name the link")));
		assertThat(links()).isZero();
	}

	@Test
	void aFileIsUploadedAndRemoved() throws Exception {
		var file = new MockMultipartFile("file", "C:\\Users\\dana\\checklist.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 });
		mvc.perform(multipart("/learning/edit/lessons/" + course.reading() + "/attachments").file(file).with(csrf())
			.with(Personas.as(users, Personas.MANAGER)))
			.andExpect(redirectedUrl("/learning/edit/lessons/" + course.reading() + "#files"));

		var stored = jdbc.sql("select id, file_name, content_type, size_bytes from learning_attachment where lesson_id = :l")
			.param("l", course.reading())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) })
			.single();
		assertThat(stored).containsExactly(stored[0], "checklist.pdf", "application/pdf", 4);
		mvc.perform(asManager(get("/learning/edit/lessons/" + course.reading())))
			.andExpect(content().string(containsString("checklist.pdf")));

		mvc.perform(asManager(post("/learning/edit/attachments/" + stored[0] + "/remove")))
			.andExpect(redirectedUrl("/learning/edit/lessons/" + course.reading() + "#files"));
		assertThat(attachments()).isZero();
	}

	@Test
	void aFileLargerThanTenMegabytesIsRefused() throws Exception {
		var large = new MockMultipartFile("file", "recording.mp4", "video/mp4", new byte[10 * 1024 * 1024 + 1]);
		mvc.perform(multipart("/learning/edit/lessons/" + course.reading() + "/attachments").file(large).with(csrf())
			.with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 10 MB.")));
		assertThat(attachments()).isZero();

		var justFits = new MockMultipartFile("file", "slides.pptx", "", new byte[10 * 1024 * 1024]);
		mvc.perform(multipart("/learning/edit/lessons/" + course.reading() + "/attachments").file(justFits).with(csrf())
			.with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select content_type from learning_attachment where lesson_id = :l").param("l", course.reading())
			.query(String.class).single()).isEqualTo("application/octet-stream");
	}

	@Test
	void anUploadWithoutAFileAsksForOne() throws Exception {
		mvc.perform(multipart("/learning/edit/lessons/" + course.reading() + "/attachments").with(csrf())
			.with(Personas.as(users, Personas.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file to upload.")));
	}

	private long links() {
		return jdbc.sql("select count(*) from learning_lesson_link where lesson_id = :l").param("l", course.reading())
			.query(Long.class).single();
	}

	private long attachments() {
		return jdbc.sql("select count(*) from learning_attachment where lesson_id = :l").param("l", course.reading())
			.query(Long.class).single();
	}

	private MockHttpServletRequestBuilder asManager(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(Personas.as(users, Personas.MANAGER));
	}
}
