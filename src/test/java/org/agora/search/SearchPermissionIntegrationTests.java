package org.agora.search;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.agora.Personas;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search shows a person only what they hold a key to, and only what the source's policy still lets them open. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPermissionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestNotes notes;

	@Test
	void aThingIsFoundOnlyWithOneOfItsKeys() throws Exception {
		String word = TestNotes.unique("keys");
		var everyone = TestNotes.note("Open " + word, "x", n -> n.access(SearchAccess.SIGNED_IN));
		var organization = TestNotes.note("Inside " + word, "x", n -> n.access(SearchAccess.ORGANIZATION));
		var managers = TestNotes.note("Managers " + word, "x", n -> n.access(SearchAccess.MANAGERS));
		var leaders = TestNotes.note("Leaders " + word, "x", n -> n.access(SearchAccess.role(Role.KNOWLEDGE_LEADER)));
		var nobody = TestNotes.note("Nobody " + word, "x", n -> n.access());
		long employee = Personas.user(users, Personas.EMPLOYEE).personId();
		var own = TestNotes.note("Draft " + word, "x", n -> n.access(SearchAccess.person(employee)));
		notes.save(everyone, organization, managers, leaders, nobody, own);

		assertThat(ids(Personas.GUEST, word)).containsExactly(everyone.id());
		assertThat(ids(Personas.EMPLOYEE, word)).containsExactlyInAnyOrder(everyone.id(), organization.id(), own.id());
		assertThat(ids(Personas.LEADER, word)).containsExactlyInAnyOrder(everyone.id(), organization.id(),
				leaders.id());
		assertThat(ids(Personas.MANAGER, word)).containsExactlyInAnyOrder(everyone.id(), organization.id(),
				managers.id());
	}

	@Test
	void aSourceGrantsKeysOfItsOwn() throws Exception {
		String word = TestNotes.unique("space");
		String key = SearchAccess.scoped("test", "space", System.nanoTime());
		var secret = TestNotes.note("Private " + word, "x", n -> n.access(key).space(77, "Hidden space"));
		notes.save(secret);

		search(Personas.EMPLOYEE, word).andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.facets.space.length()").value(0));
		notes.grant(Personas.user(users, Personas.EMPLOYEE).personId(), key);
		assertThat(ids(Personas.EMPLOYEE, word)).containsExactly(secret.id());
		assertThat(ids(Personas.LEADER, word)).isEmpty();
	}

	@Test
	void thePolicyHasTheLastWordOverAStaleIndex() throws Exception {
		String word = TestNotes.unique("stale");
		var kept = TestNotes.note("Kept " + word, "x");
		var hidden = TestNotes.note("Hidden " + word, "x");
		notes.save(kept, hidden);
		notes.hide(hidden);

		assertThat(ids(Personas.EMPLOYEE, word)).containsExactly(kept.id());
		String page = mvc.perform(get("/search").param("q", word).with(Personas.as(users, Personas.EMPLOYEE)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kept <mark>" + word + "</mark>")
			.doesNotContain("Hidden <mark>" + word)
			.doesNotContain("Hidden " + word);
		String suggestions = mvc
			.perform(get("/search/suggest").param("q", word).with(Personas.as(users, Personas.EMPLOYEE)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(suggestions).contains("Kept " + word).doesNotContain("Hidden " + word);
	}

	@Test
	void aCorrectionNeverRevealsAWordOfSomethingHidden() throws Exception {
		String word = SearchApiIntegrationTests.randomLetters(7);
		notes.save(TestNotes.note("Secret " + word, "x", n -> n.access(SearchAccess.MANAGERS)));
		String typo = word.substring(0, 2) + "zz" + word.substring(4);

		search(Personas.EMPLOYEE, typo).andExpect(jsonPath("$.suggestion").doesNotExist());
		search(Personas.MANAGER, typo).andExpect(jsonPath("$.suggestion").value(word));
	}

	@Test
	void aCorrectionOfSeveralWordsNeverBorrowsAWordOfSomethingHidden() throws Exception {
		String a = SearchApiIntegrationTests.randomLetters(7);
		String b = SearchApiIntegrationTests.randomLetters(7);
		String c = SearchApiIntegrationTests.randomLetters(7);
		String secret = SearchApiIntegrationTests.randomLetters(8);
		notes.save(TestNotes.note(a + " " + b + " " + c, "x"),
				TestNotes.note("Private", "About " + secret, n -> n.access(SearchAccess.MANAGERS)));
		// three words in four must match: the misspelt first word keeps the visible note out until corrected
		String typed = a.substring(0, 2) + "zz" + a.substring(4) + " " + b + " " + c + " "
				+ secret.substring(0, 3) + "zz" + secret.substring(5);

		search(Personas.EMPLOYEE, typed).andExpect(jsonPath("$.suggestion").value(containsString(a)))
			.andExpect(jsonPath("$.suggestion").value(not(containsString(secret))));
		search(Personas.MANAGER, typed).andExpect(jsonPath("$.suggestion").value(containsString(secret)));
	}

	@Test
	void searchIsForPeopleWhoSignedIn() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "x")).andExpect(status().isUnauthorized());
		mvc.perform(get("/search").param("q", "x")).andExpect(status().is3xxRedirection());
	}

	private org.springframework.test.web.servlet.ResultActions search(String persona, String q) throws Exception {
		return mvc.perform(get("/api/v1/search").param("q", q).with(Personas.as(users, persona)))
			.andExpect(status().isOk());
	}

	private List<Long> ids(String persona, String q) throws Exception {
		String json = search(persona, q).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.hits[*].id");
		return ids.stream().map(Number::longValue).toList();
	}
}
