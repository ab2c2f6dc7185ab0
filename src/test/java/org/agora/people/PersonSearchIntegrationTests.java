package org.agora.people;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agora.Personas;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchSourceChecks;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People in search: who finds a profile is who may open it, and every change to a profile reaches the index. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PersonSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonSearch source;

	@Autowired
	ApplicationEvents events;

	@Test
	void whoFindsAProfileIsWhoMayOpenIt() throws Exception {
		long unit = newUnit();
		long employee = newPerson(unit, "EMPLOYEE");
		long guest = newPerson(null, "GUEST");
		long manager = newPerson(unit, "COMMUNITY_MANAGER");
		long deactivated = newPerson(unit, "EMPLOYEE");
		setActive(deactivated, false);
		var ids = List.of(employee, guest, manager, deactivated);

		var documents = source.find(ids);

		assertThat(documents).extracting(SearchDocument::id).containsExactlyInAnyOrder(employee, guest, manager);
		var findable = documents.stream().map(SearchDocument::id).toList();
		for (var persona : Personas.BY_ROLE.values()) {
			var viewer = Personas.user(users, persona);
			var opens = opens(viewer, findable);
			assertThat(SearchSourceChecks.keyed(source, viewer, documents)).as(persona).isEqualTo(opens);
			assertThat(source.visible(viewer, findable)).as(persona).isEqualTo(opens);
			// a deactivated person is in no one's search, but the last word on a hit still follows the page
			assertThat(source.visible(viewer, List.of(deactivated))).as(persona)
				.isEqualTo(opens(viewer, List.of(deactivated)));
		}
		assertThat(opens(Personas.user(users, Personas.EMPLOYEE), findable)).containsExactlyInAnyOrderElementsOf(findable);
		assertThat(opens(Personas.user(users, Personas.GUEST), findable)).isEmpty();
	}

	@Test
	void aProfileIsFoundByItsPlainWords() throws Exception {
		long unit = newUnit();
		long person = newPerson(unit, "EMPLOYEE");
		updateProfile(person, "Noa Searchable", "Hydrologist", "Hebrew, English", "groundwater, Flood Models",
				"## Work\n\nI model **floods** with _care_; see [the models](https://example.org/m) and `hec-ras`.\n\n"
						+ "> quoted line\n\n- first\n- second");

		var document = source.find(List.of(person)).get(0);

		assertThat(document.type()).isEqualTo("person");
		assertThat(document.title()).isEqualTo("Noa Searchable");
		assertThat(document.tags()).containsExactlyInAnyOrder("groundwater", "flood models");
		assertThat(document.path()).isEqualTo("/people/" + person);
		assertThat(document.unit().id()).isEqualTo(unit);
		assertThat(document.body()).contains("Hydrologist", document.unit().name(), "Hebrew, English", "floods",
				"care", "the models", "hec-ras", "quoted line", "first", "second");
		assertThat(document.body()).doesNotContain("**", "##", "_care_", "](", "`", "https://example.org", "<", ">");
		assertThat(document.access()).containsExactly(SearchAccess.ORGANIZATION);
	}

	@Test
	void everyKindOfChangeToAPersonReachesTheIndex() throws Exception {
		long unit = newUnit();
		long other = newUnit();
		long person = newPerson(unit, "EMPLOYEE");
		assertThat(changed()).contains(person);

		events.clear();
		updateProfile(person, "Changed Name", "Analyst", "", "audits", "");
		assertThat(changed()).contains(person);

		events.clear();
		mvc.perform(post("/admin/users/" + person + "/unit").with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("unitId", String.valueOf(other))).andExpect(status().is3xxRedirection());
		assertThat(changed()).contains(person);

		events.clear();
		mvc.perform(post("/units/" + other).with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("code", code(other)).param("name", "Renamed " + UUID.randomUUID()).param("kind", "TEAM"))
			.andExpect(status().is3xxRedirection());
		assertThat(changed()).contains(person);
		assertThat(source.find(List.of(person)).get(0).unit().name()).startsWith("Renamed ");

		events.clear();
		setActive(person, false);
		assertThat(changed()).contains(person);
		assertThat(source.find(List.of(person))).isEmpty();

		events.clear();
		setActive(person, true);
		assertThat(changed()).contains(person);
		assertThat(source.find(List.of(person))).hasSize(1);
	}

	@Test
	void importedPeopleReachTheIndex() throws Exception {
		String email = "imported." + UUID.randomUUID() + "@example.org";
		var csv = "email,full_name,job_title,unit_code,roles,expertise,languages\n" + email
				+ ",Imported Person,Surveyor,,,surveys,English\n";
		mvc.perform(multipart("/admin/import")
			.file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("kind", "people")
			.param("dryRun", "false")
			.with(csrf())
			.with(Personas.as(users, Personas.ADMIN))).andExpect(status().isOk());
		long person = jdbc.sql("select id from people_person where email = :email").param("email", email)
			.query(Long.class).single();

		assertThat(changed()).contains(person);
		assertThat(source.find(List.of(person)).get(0).tags()).containsExactly("surveys");
	}

	@Test
	void theRebuildGivesTheSameDocumentsAsFind() throws Exception {
		long unit = newUnit();
		var ids = List.of(newPerson(unit, "EMPLOYEE"), newPerson(null, "GUEST"));
		SearchSourceChecks.rebuildAgreesWithFind(source, ids);
	}


	private Set<Long> opens(AccountUser viewer, Collection<Long> ids) throws Exception {
		var opens = new LinkedHashSet<Long>();
		for (long id : ids) {
			int status = mvc.perform(get("/people/" + id).with(signedIn(viewer))).andReturn().getResponse().getStatus();
			if (status == 200) {
				opens.add(id);
			}
		}
		return opens;
	}

	private List<Long> changed() {
		return events.stream(SearchableChanged.class)
			.filter(e -> e.type().equals("person"))
			.flatMap(e -> e.ids().stream())
			.toList();
	}

	private long newUnit() throws Exception {
		String code = "S-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/units").with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("code", code).param("name", "Search team " + code).param("kind", "TEAM"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from people_unit where code = :code").param("code", code).query(Long.class).single();
	}

	private String code(long unit) {
		return jdbc.sql("select code from people_unit where id = :id").param("id", unit).query(String.class).single();
	}

	private long newPerson(Long unit, String role) throws Exception {
		String email = "s-" + UUID.randomUUID() + "@agora.example";
		var request = post("/admin/users").with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("email", email).param("fullName", "Search Person").param("roles", role);
		if (unit != null) {
			request.param("unitId", String.valueOf(unit));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.sql("select id from people_person where email = :email").param("email", email).query(Long.class).single();
	}

	private void setActive(long person, boolean active) throws Exception {
		mvc.perform(post("/admin/users/" + person + "/active").with(csrf()).with(Personas.as(users, Personas.ADMIN))
			.param("active", String.valueOf(active))).andExpect(status().is3xxRedirection());
	}

	private void updateProfile(long person, String name, String jobTitle, String languages, String expertise,
			String bio) throws Exception {
		var self = new AccountUser(person, "self@agora.example", name, Set.of(Role.EMPLOYEE), "", true, null, null);
		mvc.perform(post("/me").with(csrf()).with(signedIn(self))
			.param("fullName", name)
			.param("jobTitle", jobTitle)
			.param("languages", languages)
			.param("expertise", expertise)
			.param("bio", bio)
			.param("locale", "en")
			.param("timeZone", "")).andExpect(status().is3xxRedirection());
	}

	private static RequestPostProcessor signedIn(AccountUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
