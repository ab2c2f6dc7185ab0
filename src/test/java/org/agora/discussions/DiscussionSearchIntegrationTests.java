package org.agora.discussions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.agora.Personas;
import org.agora.discussions.DiscussionsTestData.Person;
import org.agora.discussions.DiscussionsTestData.Thread;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchSourceChecks;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AccountUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Threads and posts in search: whoever a document's keys let find it is whoever the policy lets open it, and is
 * whoever the thread page shows it to; and every change that alters a document or its readers reaches the index.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DiscussionSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ThreadSearch threadSearch;

	@Autowired
	PostSearch postSearch;

	@Autowired
	ApplicationEvents events;

	/** Spaces, people and things of every kind the policy tells apart. */
	private final class World {

		final DiscussionsTestData data = new DiscussionsTestData(jdbc);

		final Space open = data.space(SpaceKind.TOPIC);

		final Space secret = data.space(SpaceKind.PRIVATE);

		final Space archived = data.space(SpaceKind.PRIVATE);

		final Space openArchived = data.space(SpaceKind.TOPIC);

		final Person member = data.employee("Private Member");

		final Person moderator = data.employee("Space Moderator");

		final Person author = data.employee("Hidden Author");

		final Person formerAuthor = data.employee("Former Member");

		final Person requester = data.employee("Asked To Join");

		final Person invitedGuest = data.guest("Invited Guest");

		final Person openGuest = data.guest("Guest Of A Topic Space");

		final Person manager = data.manager("Space Manager");

		final Map<String, AccountUser> viewers = new LinkedHashMap<>();

		final List<Long> threads = new ArrayList<>();

		final List<Long> posts = new ArrayList<>();

		final List<Long> openings = new ArrayList<>();

		World() {
			data.archive(archived);
			data.archive(openArchived);
			for (var space : List.of(secret, archived)) {
				data.member(space, member);
				data.member(space, author);
				data.member(space, invitedGuest);
			}
			data.moderator(secret, moderator);
			data.moderator(open, moderator);
			data.member(open, author);
			data.member(open, openGuest);
			data.member(secret, requester, SpaceRole.MEMBER, MembershipStatus.REQUESTED);
			data.member(secret, formerAuthor, SpaceRole.MEMBER, MembershipStatus.INVITED);

			for (var space : List.of(open, secret, archived, openArchived)) {
				var visible = thread(space, author, false);
				reply(visible, member, false);
				reply(visible, author, true);
				reply(visible, moderator, true);
				var hidden = thread(space, author, true);
				reply(hidden, member, false);
				reply(hidden, author, true);
				reply(hidden, member, true);
			}
			// once a member, no longer: what they wrote there, hidden or not, is out of their reach
			var left = thread(secret, formerAuthor, true);
			reply(left, formerAuthor, true);
			reply(left, formerAuthor, false);

			Personas.BY_ROLE.forEach((role, email) -> viewers.put(role, Personas.user(users, email)));
			for (var person : List.of(member, moderator, author, formerAuthor, requester, invitedGuest, openGuest,
					manager)) {
				viewers.put(person.name(), person.user());
			}
		}

		Thread thread(Space space, Person by, boolean hidden) {
			var thread = data.thread(space, by, ThreadKind.QUESTION, "Search " + DiscussionsTestData.unique(),
					"Text of the question", "search");
			if (hidden) {
				data.set(thread.id(), "hidden", true);
				data.setPost(thread.openingPostId(), "hidden", true);
			}
			threads.add(thread.id());
			openings.add(thread.openingPostId());
			return thread;
		}

		void reply(Thread thread, Person by, boolean hidden) {
			long id = data.reply(thread, by, "A reply");
			if (hidden) {
				data.setPost(id, "hidden", true);
			}
			posts.add(id);
		}
	}

	@Test
	void whoFindsAThreadIsWhoMayOpenIt() throws Exception {
		var world = new World();
		var documents = threadSearch.find(world.threads);
		assertThat(documents).extracting(SearchDocument::id).containsExactlyInAnyOrderElementsOf(world.threads);

		for (var viewer : world.viewers.entrySet()) {
			var user = viewer.getValue();
			var opens = new LinkedHashSet<Long>();
			for (long id : world.threads) {
				String path = documents.stream().filter(d -> d.id() == id).findFirst().orElseThrow().path();
				if (mvc.perform(get(path).with(signedIn(user))).andReturn().getResponse().getStatus() == 200) {
					opens.add(id);
				}
			}
			assertThat(SearchSourceChecks.keyed(threadSearch, user, documents)).as(viewer.getKey()).isEqualTo(opens);
			assertThat(threadSearch.visible(user, world.threads)).as(viewer.getKey()).isEqualTo(opens);
		}
	}

	@Test
	void whoFindsAReplyIsWhoMayOpenIt() throws Exception {
		var world = new World();
		var documents = postSearch.find(world.posts);
		assertThat(documents).extracting(SearchDocument::id).containsExactlyInAnyOrderElementsOf(world.posts);

		for (var viewer : world.viewers.entrySet()) {
			var user = viewer.getValue();
			var opens = new LinkedHashSet<Long>();
			for (long id : world.posts) {
				var response = mvc.perform(get("/discussions/posts/" + id).with(signedIn(user))).andReturn().getResponse();
				if (response.getStatus() == 302) {
					assertThat(response.getRedirectedUrl()).endsWith("#post-" + id);
					opens.add(id);
				}
			}
			// replies open with the keys the thread source grants for the whole module
			assertThat(SearchSourceChecks.keyed(threadSearch, user, documents)).as(viewer.getKey()).isEqualTo(opens);
			assertThat(postSearch.visible(user, world.posts)).as(viewer.getKey()).isEqualTo(opens);
		}
	}

	@Test
	void theViewersSeeWhatTheirRolesAndMembershipsAllow() {
		var world = new World();
		var outsider = world.viewers.get("EMPLOYEE");
		var guest = world.viewers.get("GUEST");

		assertThat(threadSearch.visible(world.viewers.get("COMMUNITY_MANAGER"), world.threads))
			.containsExactlyInAnyOrderElementsOf(world.threads);
		assertThat(threadSearch.visible(guest, world.threads)).isEmpty();
		assertThat(threadSearch.visible(world.invitedGuest.user(), world.threads)).isNotEmpty()
			.allMatch(id -> spaceOf(id) == world.secret.id() || spaceOf(id) == world.archived.id());
		assertThat(threadSearch.visible(world.openGuest.user(), world.threads)).isNotEmpty()
			.allMatch(id -> spaceOf(id) == world.open.id());
		assertThat(threadSearch.visible(outsider, world.threads)).isNotEmpty()
			.allMatch(id -> spaceOf(id) == world.open.id() || spaceOf(id) == world.openArchived.id());
		assertThat(threadSearch.visible(world.requester.user(), world.threads))
			.isEqualTo(threadSearch.visible(outsider, world.threads));
		assertThat(threadSearch.visible(world.author.user(), world.threads))
			.containsAll(threadSearch.visible(world.member.user(), world.threads))
			.hasSizeGreaterThan(threadSearch.visible(world.member.user(), world.threads).size());
	}

	@Test
	void askingWhichHitsAViewerMayOpenTakesAsManyQueriesForOneAsForAll() {
		var world = new World();
		var viewer = world.author.user();

		int forOneThread = statements(() -> threadSearch.visible(viewer, world.threads.subList(0, 1)));
		int forOnePost = statements(() -> postSearch.visible(viewer, world.posts.subList(0, 1)));

		assertThat(forOneThread).isPositive();
		assertThat(statements(() -> threadSearch.visible(viewer, world.threads))).isEqualTo(forOneThread);
		assertThat(forOnePost).isPositive();
		assertThat(statements(() -> postSearch.visible(viewer, world.posts))).isEqualTo(forOnePost);
	}

	@Test
	void aReplyFollowsItsThreadAndTheOpeningPostIsTheThreadsOwn() {
		var world = new World();
		var documents = postSearch.find(world.openings);

		assertThat(documents).isEmpty();
		assertThat(postSearch.visible(world.viewers.get("ADMIN"), world.openings)).isEmpty();
		assertThat(threadSearch.find(List.of(-1L))).isEmpty();
	}

	@Test
	void documentsHoldPlainTextAndTheThreadsFacets() {
		var data = new DiscussionsTestData(jdbc);
		var space = data.space(SpaceKind.TOPIC, "Facet Space " + DiscussionsTestData.unique());
		var author = data.employee("Plain Writer");
		var thread = data.thread(space, author, ThreadKind.QUESTION, "How do we run *after-action* reviews?",
				"## Steps\n\nAsk **what happened** and [why](https://example.org/aar); run `git log`.\n\n> quoted\n\n"
						+ "| a | b |\n|---|---|\n| cell | other |",
				"aar", "retros");
		long answer = data.reply(thread, author, "Use the _template_ at <https://example.org/t> and **timebox** it.");

		var threadDocument = threadSearch.find(List.of(thread.id())).get(0);
		var answerDocument = postSearch.find(List.of(answer)).get(0);

		assertThat(threadDocument.title()).isEqualTo("How do we run *after-action* reviews?");
		assertThat(threadDocument.tags()).containsExactly("aar", "retros");
		assertThat(threadDocument.kind()).isEqualTo("question");
		assertThat(threadDocument.path()).isEqualTo(thread.path());
		assertThat(threadDocument.space()).isEqualTo(new SearchDocument.Facet(space.id(), space.name()));
		assertThat(threadDocument.date()).isNotNull();
		assertThat(threadDocument.body()).contains("Steps", "what happened", "why", "git log", "quoted", "cell")
			.doesNotContain("**", "##", "](", "`", "|---", "<", ">");
		assertThat(threadDocument.access()).containsExactlyInAnyOrder(SearchAccess.ORGANIZATION,
				SearchAccess.MANAGERS, SearchAccess.scoped("discussions", "space", space.id()));

		assertThat(answerDocument.kind()).isEqualTo("answer");
		assertThat(answerDocument.title()).isEqualTo(thread.title());
		assertThat(answerDocument.tags()).containsExactly("aar", "retros");
		assertThat(answerDocument.path()).isEqualTo("/discussions/posts/" + answer);
		assertThat(answerDocument.body()).contains("template", "timebox").doesNotContain("_", "**", "<", ">");
	}

	@Test
	void theRebuildGivesTheSameDocumentsAsFind() {
		var world = new World();
		var threads = new ArrayList<SearchDocument>();
		var posts = new ArrayList<SearchDocument>();

		threadSearch.all(threads::addAll);
		postSearch.all(posts::addAll);

		assertThat(threads).extracting(SearchDocument::id).doesNotHaveDuplicates();
		assertThat(threads.stream().filter(d -> world.threads.contains(d.id())).toList())
			.containsExactlyInAnyOrderElementsOf(threadSearch.find(world.threads));
		assertThat(posts).extracting(SearchDocument::id).doesNotHaveDuplicates().doesNotContainAnyElementsOf(world.openings);
		assertThat(posts.stream().filter(d -> world.posts.contains(d.id())).toList())
			.containsExactlyInAnyOrderElementsOf(postSearch.find(world.posts));
		assertThat((long) threads.size()).isEqualTo(threadSearch.count());
		assertThat((long) posts.size()).isEqualTo(postSearch.count());
	}

	@Test
	void startingReplyingEditingHidingRestoringAndMovingReachTheIndex() throws Exception {
		var data = new DiscussionsTestData(jdbc);
		var space = data.space(SpaceKind.TOPIC);
		var other = data.space(SpaceKind.PRIVATE);
		var author = data.leader("Thread Starter");
		var replier = data.employee("Replier");
		var manager = data.manager("Mover");
		data.moderator(other, manager);

		mvc.perform(post("/discussions/s/" + space.slug() + "/threads").with(csrf()).with(author.signedIn())
			.param("kind", "DISCUSSION").param("title", "Indexed from the start").param("body", "First words")
			.param("tags", "indexing")).andExpect(status().is3xxRedirection());
		long thread = jdbc.sql("select id from discussions_thread where space_id = :space").param("space", space.id())
			.query(Long.class).single();
		long opening = data.openingPost(thread);
		assertThat(changed("thread")).containsExactly(thread);

		events.clear();
		mvc.perform(post("/discussions/t/" + thread + "/posts").with(csrf()).with(replier.signedIn())
			.param("body", "A reply to index")).andExpect(status().is3xxRedirection());
		long reply = jdbc.sql("select id from discussions_post where thread_id = :t and not opening").param("t", thread)
			.query(Long.class).single();
		assertThat(changed("post")).containsExactly(reply);

		events.clear();
		mvc.perform(post("/discussions/posts/" + reply + "/edit").with(csrf()).with(replier.signedIn())
			.param("body", "An edited reply")).andExpect(status().is3xxRedirection());
		assertThat(changed("post")).containsExactly(reply);
		assertThat(changed("thread")).isEmpty();

		events.clear();
		mvc.perform(post("/discussions/posts/" + opening + "/edit").with(csrf()).with(author.signedIn())
			.param("title", "A new title").param("body", "New first words").param("tags", "indexing"))
			.andExpect(status().is3xxRedirection());
		assertThat(changed("thread")).containsExactly(thread);
		assertThat(changed("post")).containsExactly(reply);

		events.clear();
		mvc.perform(post("/discussions/posts/" + reply + "/hide").with(csrf()).with(manager.signedIn())
			.param("reason", "off topic")).andExpect(status().is3xxRedirection());
		assertThat(changed("post")).containsExactly(reply);

		events.clear();
		mvc.perform(post("/discussions/posts/" + reply + "/restore").with(csrf()).with(manager.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(changed("post")).containsExactly(reply);

		events.clear();
		mvc.perform(post("/discussions/posts/" + opening + "/hide").with(csrf()).with(manager.signedIn())
			.param("reason", "off topic")).andExpect(status().is3xxRedirection());
		assertThat(changed("thread")).containsExactly(thread);
		assertThat(changed("post")).containsExactly(reply);
		assertThat(threadSearch.find(List.of(thread)).get(0).access()).doesNotContain(SearchAccess.ORGANIZATION);

		events.clear();
		mvc.perform(post("/discussions/posts/" + opening + "/restore").with(csrf()).with(manager.signedIn()))
			.andExpect(status().is3xxRedirection());
		assertThat(changed("thread")).containsExactly(thread);
		assertThat(changed("post")).containsExactly(reply);

		events.clear();
		mvc.perform(post("/discussions/t/" + thread + "/move").with(csrf()).with(manager.signedIn())
			.param("spaceId", String.valueOf(other.id()))).andExpect(status().is3xxRedirection());
		assertThat(changed("thread")).containsExactly(thread);
		assertThat(changed("post")).containsExactly(reply);
		assertThat(postSearch.find(List.of(reply)).get(0).access()).doesNotContain(SearchAccess.ORGANIZATION)
			.contains(SearchAccess.scoped("discussions", "space", other.id()));
	}

	@Test
	void renamingASpaceReindexesItsThreadsAndRepliesAndMembershipsReindexNothing() throws Exception {
		var data = new DiscussionsTestData(jdbc);
		var space = data.space(SpaceKind.PRIVATE);
		var author = data.employee("Member Writer");
		data.member(space, author);
		var thread = data.thread(space, author, "Kept in the renamed space");
		long reply = data.reply(thread, author, "A reply in it");
		var manager = Personas.user(users, Personas.MANAGER);

		mvc.perform(post("/discussions/s/" + space.slug() + "/settings").with(csrf()).with(signedIn(manager))
			.param("name", "Renamed " + DiscussionsTestData.unique()).param("description", "")
			.param("version", String.valueOf(space.version()))).andExpect(status().is3xxRedirection());
		assertThat(changed("thread")).containsExactly(thread.id());
		assertThat(changed("post")).containsExactly(reply);
		assertThat(threadSearch.find(List.of(thread.id())).get(0).space().name()).startsWith("Renamed ");

		events.clear();
		var newcomer = data.employee("Newcomer");
		mvc.perform(post("/discussions/s/" + space.slug() + "/members/invite").with(csrf()).with(signedIn(manager))
			.param("email", newcomer.email())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/discussions/s/" + space.slug() + "/invitation/accept").with(csrf())
			.with(newcomer.signedIn())).andExpect(status().is3xxRedirection());
		assertThat(events.stream(SearchableChanged.class)).isEmpty();
		assertThat(threadSearch.keys(newcomer.user())).contains(SearchAccess.scoped("discussions", "space", space.id()));
	}

	private static int statements(Runnable work) {
		ThreadStatementCounter.start();
		work.run();
		return ThreadStatementCounter.stop();
	}

	private long spaceOf(long threadId) {
		return jdbc.sql("select space_id from discussions_thread where id = :id").param("id", threadId)
			.query(Long.class).single();
	}

	private List<Long> changed(String type) {
		return events.stream(SearchableChanged.class)
			.filter(e -> e.type().equals(type))
			.flatMap(e -> e.ids().stream())
			.distinct()
			.toList();
	}


	private static RequestPostProcessor signedIn(AccountUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
