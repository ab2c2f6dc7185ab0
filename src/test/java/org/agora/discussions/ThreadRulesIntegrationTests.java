package org.agora.discussions;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Starting a thread and replying: the rules on input, on the thread's state and on who may post. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ThreadRulesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	DiscussionsTestData data;

	DiscussionsTestData.Person leader;

	Space topic;

	@BeforeEach
	void setUp() {
		data = new DiscussionsTestData(jdbc);
		leader = data.leader("Lea Leader");
		topic = data.space(SpaceKind.TOPIC);
	}

	@Test
	void aLeaderStartsADiscussionWithANewTagAndFollowsIt() throws Exception {
		String tag = DiscussionsTestData.unique("maps").toLowerCase();
		start(leader, "DISCUSSION", "  Mapping critical knowledge  ", "How do you *start*?", tag)
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", matchesPattern("/discussions/t/\\d+-mapping-critical-knowledge")));

		long id = latestThread(leader);
		assertThat(jdbc.sql("select title from discussions_thread where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Mapping critical knowledge");
		assertThat(jdbc.sql("select count(*) from discussions_post where thread_id = :id and opening").param("id", id)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select tag from discussions_thread_tag where thread_id = :id").param("id", id)
			.query(String.class).list()).containsExactly(tag);
		assertThat(following(leader, id)).isTrue();
		assertThat(events.stream(ThreadCreated.class).filter(e -> e.threadId() == id)).singleElement()
			.satisfies(e -> assertThat(e.kind()).isEqualTo(ThreadKind.DISCUSSION));
		assertThat(events.stream(QuestionAsked.class).filter(e -> e.threadId() == id)).isEmpty();
	}

	@Test
	void aQuestionAlsoPublishesQuestionAsked() throws Exception {
		start(leader, "QUESTION", "Who keeps the archive?", "Asking.", "").andExpect(status().is3xxRedirection());

		long id = latestThread(leader);
		assertThat(events.stream(QuestionAsked.class).filter(e -> e.threadId() == id)).hasSize(1);
	}

	@Test
	void emptyOrOversizedTitleAndBodyAreRefusedKeepingTheTyping() throws Exception {
		start(leader, "DISCUSSION", "   ", "kept body text", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give the thread a title.")))
			.andExpect(content().string(containsString("kept body text")));
		start(leader, "DISCUSSION", "x".repeat(201), "body", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 200 characters")));
		start(leader, "DISCUSSION", "A kept title", " \n ", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Write something.")))
			.andExpect(content().string(containsString("value=\"A kept title\"")));
		start(leader, "DISCUSSION", "Long body", "y".repeat(20_001), "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 20000 characters")));
		start(leader, "NOVEL", "Kind", "body", "").andExpect(status().isBadRequest());

		assertThat(countThreads(leader)).isZero();
	}

	@Test
	void badTagsAreRefused() throws Exception {
		start(leader, "DISCUSSION", "Tags", "body", "a").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("A tag has 2 to 30 letters")));
		start(leader, "DISCUSSION", "Tags", "body", "one,two,three,four,five,six").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("at most 5 tags")));
		assertThat(countThreads(leader)).isZero();
	}

	@Test
	void anEmployeeChoosesAmongTagsInUseWhileALeaderStartsNewOnes() throws Exception {
		var employee = data.employee("Emma Employee");
		String fresh = DiscussionsTestData.unique("fresh").toLowerCase();

		start(employee, "DISCUSSION", "New tag", "body", fresh).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not in use yet")));
		assertThat(countThreads(employee)).isZero();

		start(leader, "DISCUSSION", "Starts the tag", "body", fresh).andExpect(status().is3xxRedirection());
		start(employee, "DISCUSSION", "Uses the tag", "body", fresh).andExpect(status().is3xxRedirection());
		assertThat(countThreads(employee)).isOne();
	}

	@Test
	void anArchivedSpaceTakesNoThreads() throws Exception {
		var archived = data.space(SpaceKind.TOPIC);
		data.archive(archived);
		mvc.perform(post(archived.path() + "/threads").with(leader.signedIn()).with(csrf())
			.param("kind", "DISCUSSION").param("title", "T").param("body", "B"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("archived")));
		assertThat(countThreads(leader)).isZero();
	}

	@Test
	void aPrivateSpaceDoesNotExistForOutsidersAndItsMembersPost() throws Exception {
		var secret = data.space(SpaceKind.PRIVATE);
		var member = data.employee("Mira Member");
		data.member(secret, member);
		var outsider = data.employee("Otto Outsider");

		mvc.perform(get(secret.path() + "/new").with(outsider.signedIn())).andExpect(status().isNotFound());
		mvc.perform(post(secret.path() + "/threads").with(outsider.signedIn()).with(csrf()).param("title", "T")
			.param("body", "B")).andExpect(status().isNotFound());
		mvc.perform(get(secret.path() + "/new").with(member.signedIn())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"thread-form\"")));
		long thread = data.thread(secret, member, ThreadKind.DISCUSSION, "Inside", "inside").id();
		mvc.perform(get("/discussions/t/" + thread + "-inside").with(outsider.signedIn())).andExpect(status().isNotFound());
		reply(outsider, thread, "let me in").andExpect(status().isNotFound());
	}

	@Test
	void aGuestPostsOnlyInThePrivateSpacesTheyBelongTo() throws Exception {
		var guest = data.guest("Gil Guest");
		start(guest, "DISCUSSION", "Guest thread", "body", "").andExpect(status().isNotFound());
		long open = data.thread(topic, leader, ThreadKind.DISCUSSION, "Open", "open").id();
		reply(guest, open, "hello").andExpect(status().isNotFound());

		var partner = data.space(SpaceKind.PRIVATE);
		data.member(partner, guest);
		long joint = data.thread(partner, leader, ThreadKind.DISCUSSION, "Joint", "joint").id();
		reply(guest, joint, "hello from a partner").andExpect(status().is3xxRedirection());
	}

	@Test
	void aReplyUpdatesTheThreadAndFollowsItAndPublishes() throws Exception {
		var replier = data.employee("Rafi Replier");
		long id = data.thread(topic, leader, ThreadKind.DISCUSSION, "Replies", "start").id();

		reply(replier, id, "A reply").andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", matchesPattern("/discussions/t/" + id + "-replies#post-\\d+")));

		var row = jdbc.sql("select reply_count, first_answer_at, last_activity_at > created_at from discussions_thread where id = :id")
			.param("id", id).query((rs, n) -> List.of(rs.getInt(1), rs.getTimestamp(2) != null, rs.getBoolean(3))).single();
		assertThat(row).containsExactly(1, true, true);
		assertThat(following(replier, id)).isTrue();
		assertThat(events.stream(ReplyPosted.class).filter(e -> e.threadId() == id)).singleElement()
			.satisfies(e -> assertThat(e.authorId()).isEqualTo(replier.id()));
	}

	@Test
	void onlyTheFirstAnswerIsTheFirst() throws Exception {
		long id = data.thread(topic, leader, ThreadKind.QUESTION, "Question", "Why?").id();
		reply(data.employee("First"), id, "Because.").andExpect(status().is3xxRedirection());
		var first = jdbc.sql("select first_answer_at from discussions_thread where id = :id").param("id", id)
			.query(java.sql.Timestamp.class).single();
		reply(data.employee("Second"), id, "Also because.").andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select first_answer_at from discussions_thread where id = :id").param("id", id)
			.query(java.sql.Timestamp.class).single()).isEqualTo(first);
		assertThat(events.stream(AnswerPosted.class).filter(e -> e.threadId() == id).map(AnswerPosted::firstAnswer))
			.containsExactly(true, false);
	}

	@Test
	void lockedOrClosedThreadsRefuseRepliesButNotModerators() throws Exception {
		var employee = data.employee("Eli");
		long locked = data.thread(topic, leader, ThreadKind.DISCUSSION, "Locked", "x").id();
		data.set(locked, "locked", true);
		long closed = data.thread(topic, leader, ThreadKind.QUESTION, "Closed", "x").id();
		data.set(closed, "closed", true);

		reply(employee, locked, "kept reply text").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("locked")));
		reply(employee, closed, "no").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("closed")));
		assertThat(replies(locked) + replies(closed)).isZero();

		var moderator = data.employee("Moe Moderator");
		data.moderator(topic, moderator);
		reply(moderator, locked, "moderator note").andExpect(status().is3xxRedirection());
		assertThat(replies(locked)).isOne();
	}

	@Test
	void hiddenThreadsAndArchivedSpacesRefuseReplies() throws Exception {
		long hidden = data.thread(topic, leader, ThreadKind.DISCUSSION, "Hidden", "x").id();
		data.set(hidden, "hidden", true);
		reply(leader, hidden, "still mine").andExpect(status().isBadRequest());

		var archived = data.space(SpaceKind.TOPIC);
		data.archive(archived);
		long old = data.thread(archived, leader, ThreadKind.DISCUSSION, "Old", "x").id();
		reply(leader, old, "late").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("archived")));
		assertThat(replies(hidden) + replies(old)).isZero();
	}

	@Test
	void aQuoteMustComeFromTheSameThread() throws Exception {
		long one = data.thread(topic, leader, ThreadKind.DISCUSSION, "One", "first thread").id();
		long other = data.thread(topic, leader, ThreadKind.DISCUSSION, "Other", "second thread").id();
		long foreign = data.openingPost(other);

		mvc.perform(post("/discussions/t/" + one + "/posts").with(leader.signedIn()).with(csrf())
			.param("body", "quoting").param("quoteOf", Long.toString(foreign))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Quote a post of this thread only.")));
		mvc.perform(post("/discussions/t/" + one + "/posts").with(leader.signedIn()).with(csrf())
			.param("body", "quoting").param("quoteOf", Long.toString(data.openingPost(one))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select quote_of from discussions_post where thread_id = :id and not opening").param("id", one)
			.query(Long.class).single()).isEqualTo(data.openingPost(one));
	}

	@Test
	void emptyRepliesAreRefused() throws Exception {
		long id = data.thread(topic, leader, ThreadKind.DISCUSSION, "Empty", "x").id();
		reply(leader, id, "  ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Write something.")));
		assertThat(replies(id)).isZero();
	}

	@Test
	void mentionsAreStoredAndCarriedByTheEventWithoutTheAuthor() throws Exception {
		var rania = data.employee("Rania");
		start(leader, "DISCUSSION", "Mentions", "Hello @" + rania.handle() + " and @" + leader.handle()
				+ " and @nobody.here.at.all", "").andExpect(status().is3xxRedirection());

		long id = latestThread(leader);
		long post = data.openingPost(id);
		assertThat(jdbc.sql("select person_id from discussions_mention where post_id = :id").param("id", post)
			.query(Long.class).list()).containsExactly(rania.id());
		assertThat(events.stream(ThreadCreated.class).filter(e -> e.threadId() == id)).singleElement()
			.satisfies(e -> assertThat(e.mentionedIds()).containsExactly(rania.id()));

		var replier = data.employee("Replier");
		reply(replier, id, "cc @" + rania.handle()).andExpect(status().is3xxRedirection());
		assertThat(events.stream(ReplyPosted.class).filter(e -> e.threadId() == id)).singleElement()
			.satisfies(e -> assertThat(e.mentionedIds()).containsExactly(rania.id()));
	}

	@Test
	void inAPrivateSpaceOnlyMembersAreMentioned() throws Exception {
		var secret = data.space(SpaceKind.PRIVATE);
		data.member(secret, leader);
		var member = data.employee("Inside Member");
		data.member(secret, member);
		var outsider = data.employee("Outside Person");
		long id = data.thread(secret, leader, ThreadKind.DISCUSSION, "Members only", "x").id();

		reply(leader, id, "@" + member.handle() + " and @" + outsider.handle()).andExpect(status().is3xxRedirection());

		assertThat(events.stream(ReplyPosted.class).filter(e -> e.threadId() == id)).singleElement()
			.satisfies(e -> assertThat(e.mentionedIds()).containsExactly(member.id()));
	}

	@Test
	void postingIsRateLimitedPerPerson() throws Exception {
		var busy = data.employee("Busy Poster");
		long id = data.thread(topic, leader, ThreadKind.DISCUSSION, "Busy", "x").id();
		for (int i = 0; i < PostLimiter.POSTS; i++) {
			reply(busy, id, "post " + i).andExpect(status().is3xxRedirection());
		}
		reply(busy, id, "one too many").andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("posted too often in the last 10 minutes")));
		assertThat(replies(id)).isEqualTo(PostLimiter.POSTS);
	}

	@Test
	void theNewThreadFormOffersTheKind() throws Exception {
		mvc.perform(get(topic.path() + "/new").param("kind", "QUESTION").with(leader.signedIn()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask a question")))
			.andExpect(content().string(containsString("id=\"kind-QUESTION\" name=\"kind\" value=\"QUESTION\" checked")));
		mvc.perform(get(topic.path() + "/new").with(leader.signedIn()).header("Accept-Language", "he"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("פתיחת דיון")));
	}

	private ResultActions start(DiscussionsTestData.Person who, String kind, String title, String body, String tags)
			throws Exception {
		MockHttpServletRequestBuilder request = post(topic.path() + "/threads").with(who.signedIn()).with(csrf())
			.param("kind", kind).param("title", title).param("body", body).param("tags", tags);
		return mvc.perform(request);
	}

	private ResultActions reply(DiscussionsTestData.Person who, long threadId, String body) throws Exception {
		return mvc.perform(post("/discussions/t/" + threadId + "/posts").with(who.signedIn()).with(csrf())
			.param("body", body));
	}

	private long latestThread(DiscussionsTestData.Person author) {
		return jdbc.sql("select max(id) from discussions_thread where author_id = :id").param("id", author.id())
			.query(Long.class).single();
	}

	private int countThreads(DiscussionsTestData.Person author) {
		return jdbc.sql("select count(*) from discussions_thread where author_id = :id").param("id", author.id())
			.query(Integer.class).single();
	}

	private int replies(long threadId) {
		return jdbc.sql("select count(*) from discussions_post where thread_id = :id and not opening").param("id", threadId)
			.query(Integer.class).single();
	}

	private boolean following(DiscussionsTestData.Person who, long threadId) {
		return jdbc.sql("select count(*) from discussions_follow where person_id = :p and target_kind = 'THREAD' and target = :t")
			.param("p", who.id()).param("t", Long.toString(threadId)).query(Integer.class).single() > 0;
	}
}
