package org.agora.discussions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Community managers create topic and private spaces, change their settings without overwriting a colleague's change,
 * and name moderators; nobody else may, and there is one lobby.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpaceAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Spaces spaces;

	DiscussionsTestData fixtures;

	DiscussionsTestData.Person manager;

	@BeforeEach
	void aManager() {
		fixtures = new DiscussionsTestData(jdbc);
		manager = fixtures.manager("Noga Manager");
	}

	@Test
	void aManagerCreatesAPrivateSpaceAndBecomesItsModerator() throws Exception {
		String slug = "circle-" + DiscussionsTestData.unique();
		mvc.perform(post("/discussions/spaces").with(csrf()).with(manager.signedIn())
			.param("name", "  Quiet circle  ")
			.param("slug", slug.toUpperCase())
			.param("description", "For the few")
			.param("kind", "PRIVATE")).andExpect(status().isFound()).andExpect(redirectedUrl("/discussions/s/" + slug));

		var space = spaces.findBySlug(slug).orElseThrow();
		assertThat(space.name()).isEqualTo("Quiet circle");
		assertThat(space.kind()).isEqualTo(SpaceKind.PRIVATE);
		assertThat(jdbc.sql("select role || ' ' || status from discussions_space_member where space_id = :id")
			.param("id", space.id())
			.query(String.class)
			.list()).containsExactly("MODERATOR ACTIVE");
		assertThat(log(space.id())).containsExactly("SPACE_CREATED");
	}

	@Test
	void theAddressComesFromTheNameInAnyScript() throws Exception {
		String name = "ניהול שינויים " + DiscussionsTestData.unique();
		perform(post("/discussions/spaces").param("name", name).param("kind", "TOPIC").with(manager.signedIn()), 302);
		assertThat(spaces.findBySlug(ThreadPaths.slug(name))).isPresent();
	}

	@Test
	void badFormsAreRefusedWithTheTypingKept() throws Exception {
		var taken = fixtures.space(SpaceKind.TOPIC, "Taken " + DiscussionsTestData.unique());
		assertThat(perform(post("/discussions/spaces").param("name", "Copy <b>cat</b>")
			.param("slug", taken.slug())
			.param("kind", "TOPIC")
			.with(manager.signedIn()), 400)).contains("Another space already has this address",
					"value=\"Copy &lt;b>cat&lt;/b>\"");
		assertThat(perform(post("/discussions/spaces").param("name", "x").param("kind", "TOPIC")
			.with(manager.signedIn()), 400)).contains("2 to 120 characters");
		assertThat(perform(post("/discussions/spaces").param("name", "Second lobby").param("kind", "LOBBY")
			.with(manager.signedIn()), 400)).contains("there is only one lobby");
		assertThat(perform(post("/discussions/spaces").param("name", "Bad address").param("slug", "a b/c")
			.param("kind", "TOPIC")
			.with(manager.signedIn()), 400)).contains("single hyphens");
		assertThat(jdbc.sql("select count(*) from discussions_space where kind = 'LOBBY'").query(Integer.class).single())
			.isOne();
	}

	@Test
	void onlyManagersManageSpaces() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Guarded " + DiscussionsTestData.unique());
		var leader = fixtures.leader("Lior Leader");
		fixtures.moderator(space, leader);
		for (var person : List.of(leader, fixtures.employee("Eli Employee"))) {
			perform(get("/discussions/spaces/new").with(person.signedIn()), 403);
			perform(post("/discussions/spaces").param("name", "Mine").param("kind", "TOPIC").with(person.signedIn()),
					403);
			perform(get(space.path() + "/settings").with(person.signedIn()), 403);
			perform(post(space.path() + "/settings").param("name", "Renamed").param("version", "0")
				.with(person.signedIn()), 403);
			perform(post(space.path() + "/moderators").param("email", person.email()).with(person.signedIn()), 403);
		}
		assertThat(spaces.find(space.id()).orElseThrow().name()).isEqualTo(space.name());
		perform(get("/discussions/spaces/new").with(manager.signedIn()), 200);
	}

	@Test
	void settingsChangeOnTheLatestVersionOnlyAndArchiving() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Versioned " + DiscussionsTestData.unique());
		assertThat(perform(get(space.path() + "/settings").with(manager.signedIn()), 200)).contains(space.name());

		perform(post(space.path() + "/settings").param("name", "First change")
			.param("description", "new words")
			.param("archived", "true")
			.param("version", "0")
			.with(manager.signedIn()), 302);
		String conflict = perform(post(space.path() + "/settings").param("name", "Stale change")
			.param("version", "0")
			.with(manager.signedIn()), 409);

		assertThat(conflict).contains("id=\"settings-conflict\"", "value=\"Stale change\"", "value=\"1\"");
		var stored = spaces.find(space.id()).orElseThrow();
		assertThat(stored.name()).isEqualTo("First change");
		assertThat(stored.archived()).isTrue();
		assertThat(log(space.id())).containsExactly("SPACE_ARCHIVED");
	}

	@Test
	void managersNameAndRemoveModerators() throws Exception {
		var space = fixtures.space(SpaceKind.TOPIC, "Moderated " + DiscussionsTestData.unique());
		var leader = fixtures.leader("Mika Moderator");

		perform(post(space.path() + "/moderators").param("email", leader.email()).with(manager.signedIn()), 302);
		assertThat(perform(get(space.path()).with(leader.signedIn()), 200)).contains("Mika Moderator");
		assertThat(perform(post(space.path() + "/moderators").param("email", "nobody@nowhere.example")
			.with(manager.signedIn()), 400)).contains("Nobody active in Agora", "nobody@nowhere.example");
		assertThat(perform(post(space.path() + "/moderators").param("email", fixtures.guest("Gil Guest").email())
			.with(manager.signedIn()), 400)).contains("private space only");

		perform(post(space.path() + "/moderators/" + leader.id() + "/remove").with(manager.signedIn()), 302);
		assertThat(jdbc.sql("select count(*) from discussions_space_member where space_id = :id")
			.param("id", space.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(log(space.id())).containsExactly("MODERATOR_ADDED", "MODERATOR_REMOVED");
	}

	@Test
	void theLobbyExists() {
		assertThat(spaces.lobby()).isPresent();
	}

	private List<String> log(long spaceId) {
		return jdbc.sql("select action from discussions_moderation_log where space_id = :space order by id")
			.param("space", spaceId)
			.query(String.class)
			.list();
	}

	private String perform(MockHttpServletRequestBuilder request, int expected) throws Exception {
		return mvc.perform(request.with(csrf()))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
