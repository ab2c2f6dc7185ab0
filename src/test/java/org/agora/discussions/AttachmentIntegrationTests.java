package org.agora.discussions;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Attachments: typed by their content, capped in size and number, and sent back safely to those who may read. */
@SpringBootTest
@AutoConfigureMockMvc
class AttachmentIntegrationTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };

	static final byte[] PDF = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	DiscussionsTestData data;

	DiscussionsTestData.Person author;

	Space topic;

	@BeforeEach
	void setUp() {
		data = new DiscussionsTestData(jdbc);
		author = data.leader("File Author");
		topic = data.space(SpaceKind.TOPIC);
	}

	@Test
	void theTypeComesFromTheContentAndDownloadsAreSafe() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Files", "x").id();
		// a PDF named as an image is stored as a PDF
		reply(id, file("picture.png", PDF), file("../../etc/photo.png", PNG)).andExpect(status().is3xxRedirection());

		var rows = jdbc.sql("""
				select a.id, a.file_name, a.content_type from discussions_attachment a join discussions_post p on p.id = a.post_id
				where p.thread_id = :id order by a.id""").param("id", id)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) }).list();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)[2]).isEqualTo("application/pdf");
		assertThat(rows.get(1)[1]).isEqualTo("photo.png");
		long pdf = (Long) rows.get(0)[0];
		long png = (Long) rows.get(1)[0];

		var reader = data.employee("File Reader");
		mvc.perform(get("/discussions/attachments/" + pdf).with(reader.signedIn())).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/discussions/attachments/" + png).with(reader.signedIn())).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", startsWith("inline")));
		mvc.perform(get("/discussions/t/" + id + "-files").with(reader.signedIn()))
			.andExpect(content().string(containsString("href=\"/discussions/attachments/" + pdf + "\"")));
	}

	@Test
	void unknownTypesTooManyAndTooLargeFilesAreRefused() throws Exception {
		long id = data.thread(topic, author, ThreadKind.DISCUSSION, "Refused files", "x").id();
		reply(id, file("run.exe", new byte[] { 'M', 'Z', 0, 1, 2 })).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Attach PDF, PNG, JPEG")));
		reply(id, file("a.pdf", PDF), file("b.pdf", PDF), file("c.pdf", PDF), file("d.pdf", PDF))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("at most 3 attachments")));
		byte[] big = new byte[PostRules.MAX_FILE_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		reply(id, file("big.pdf", big)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 5 MB")));
		assertThat(jdbc.sql("select count(*) from discussions_post where thread_id = :id and not opening").param("id", id)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aNewThreadTakesAttachmentsToo() throws Exception {
		mvc.perform(multipart(topic.path() + "/threads").file(file("notes.pdf", PDF)).param("kind", "DISCUSSION")
			.param("title", "With a file").param("body", "see attached").with(author.signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select count(*) from discussions_attachment a join discussions_post p on p.id = a.post_id
				join discussions_thread t on t.id = p.thread_id where t.author_id = :a and p.opening""")
			.param("a", author.id()).query(Integer.class).single()).isOne();
	}

	@Test
	void anAttachmentOfAPrivateSpaceIsNotFoundForOutsiders() throws Exception {
		var secret = data.space(SpaceKind.PRIVATE);
		data.member(secret, author);
		long id = data.thread(secret, author, ThreadKind.DISCUSSION, "Secret files", "x").id();
		reply(id, file("plan.pdf", PDF)).andExpect(status().is3xxRedirection());
		long file = jdbc.sql("""
				select a.id from discussions_attachment a join discussions_post p on p.id = a.post_id where p.thread_id = :id""")
			.param("id", id).query(Long.class).single();

		mvc.perform(get("/discussions/attachments/" + file).with(data.employee("Outsider").signedIn()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/discussions/attachments/" + file).with(author.signedIn())).andExpect(status().isOk());
		mvc.perform(get("/discussions/attachments/99999999").with(author.signedIn())).andExpect(status().isNotFound());
	}

	private static MockMultipartFile file(String name, byte[] data) {
		return new MockMultipartFile("attachments", name, "application/octet-stream", data);
	}

	private ResultActions reply(long threadId, MockMultipartFile... files) throws Exception {
		var request = multipart("/discussions/t/" + threadId + "/posts");
		for (var f : files) {
			request.file(f);
		}
		return mvc.perform(request.param("body", "with files").with(author.signedIn()).with(csrf()));
	}
}
