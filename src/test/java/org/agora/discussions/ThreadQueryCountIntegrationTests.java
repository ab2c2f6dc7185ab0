package org.agora.discussions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The thread page needs the same number of SQL statements for 3 replies as for a full page of 45. */
@SpringBootTest
@AutoConfigureMockMvc
class ThreadQueryCountIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePageNeedsAFixedNumberOfStatementsWhateverTheNumberOfPosts() throws Exception {
		var data = new DiscussionsTestData(jdbc);
		var space = data.space(SpaceKind.TOPIC);
		var asker = data.leader("Counting Asker");
		var viewer = data.employee("Counting Viewer");
		long small = withReplies(data, space, asker, viewer, "Small", 3);
		long large = withReplies(data, space, asker, viewer, "Large", 45);

		int smallCount = statements(small, "small", viewer);
		int largeCount = statements(large, "large", viewer);

		assertThat(smallCount).isPositive();
		assertThat(largeCount).isEqualTo(smallCount);
	}

	/** A question whose answers each have a like, a vote and a flag of the viewer, an attachment and a quote. */
	private long withReplies(DiscussionsTestData data, Space space, DiscussionsTestData.Person asker,
			DiscussionsTestData.Person viewer, String title, int replies) {
		long id = data.thread(space, asker, ThreadKind.QUESTION, title, "question").id();
		var answerer = data.employee("Answerer of " + title);
		long opening = data.openingPost(id);
		for (int i = 0; i < replies; i++) {
			long post = data.replyAfter(id, answerer, "answer " + i, i + 1);
			data.setPost(post, "quote_of", opening);
			jdbc.sql("insert into discussions_like (post_id, person_id, created_at) values (:p, :v, current_timestamp)")
				.param("p", post).param("v", viewer.id()).update();
			jdbc.sql("insert into discussions_vote (post_id, person_id, vote, created_at) values (:p, :v, 1, current_timestamp)")
				.param("p", post).param("v", viewer.id()).update();
			jdbc.sql("""
					insert into discussions_flag (post_id, flagged_by, reason, created_at, status)
					values (:p, :v, 'SPAM', current_timestamp, 'OPEN')""")
				.param("p", post).param("v", viewer.id()).update();
			jdbc.sql("""
					insert into discussions_attachment (post_id, file_name, content_type, size_bytes, data, uploaded_by, created_at)
					values (:p, 'a.txt', 'text/plain', 1, :data, :a, current_timestamp)""")
				.param("p", post).param("data", new byte[] { 'a' }).param("a", answerer.id()).update();
		}
		return id;
	}

	private int statements(long id, String slug, DiscussionsTestData.Person viewer) throws Exception {
		// one request first, so that what is loaded once per process is not counted
		mvc.perform(get("/discussions/t/" + id + "-" + slug).with(viewer.signedIn())).andExpect(status().isOk());
		ThreadStatementCounter.start();
		int count;
		try {
			mvc.perform(get("/discussions/t/" + id + "-" + slug).with(viewer.signedIn())).andExpect(status().isOk());
		}
		finally {
			count = ThreadStatementCounter.stop();
		}
		return count;
	}
}
