package org.agora.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search API: relevance in English and Hebrew, snippets, facets, and input that is never an error. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestNotes notes;

	@Test
	void aTitleMatchRanksAboveATagMatchAboveABodyMatch() throws Exception {
		String word = TestNotes.unique("rank");
		var inBody = TestNotes.note("Notes on a meeting", "We spoke about " + word + " at length.");
		var inTags = TestNotes.note("Another meeting", "Nothing of note.", n -> n.tags(word));
		var inTitle = TestNotes.note("All about " + word, "A short text.");
		notes.save(inBody, inTags, inTitle);

		assertThat(ids(word)).containsExactly(inTitle.id(), inTags.id(), inBody.id());
	}

	@Test
	void englishWordsMatchTheirOtherForms() throws Exception {
		String word = TestNotes.unique("stem");
		var note = TestNotes.note("Running retrospectives with " + word, "Leaders' reviews of projects.");
		notes.save(note);

		assertThat(ids("retrospective runs " + word)).containsExactly(note.id());
		assertThat(ids(word + " leader review")).containsExactly(note.id());
	}

	@Test
	void hebrewPrefixesNiqqudAndFinalLettersDoNotStopAMatch() throws Exception {
		String stem = hebrewWord();
		var withPrefixes = TestNotes.note("מדריך", "כתבנו על ו" + "ה" + stem + " בפגישה");
		var plain = TestNotes.note(stem, "סיכום קצר");
		notes.save(withPrefixes, plain);

		assertThat(ids(stem)).containsExactlyInAnyOrder(withPrefixes.id(), plain.id());
		assertThat(ids("ב" + stem)).contains(withPrefixes.id(), plain.id());
		String pointed = stem.charAt(0) + "\u05B8" + stem.substring(1, 3) + "\u05BC" + stem.substring(3);
		assertThat(ids(pointed)).contains(withPrefixes.id(), plain.id());
		assertThat(ids(stem)).first().isEqualTo(plain.id());
	}

	@Test
	void aThingWrittenInTwoLanguagesIsFoundByEitherTitleAndShownInTheReadersLanguage() throws Exception {
		String english = TestNotes.unique("bilingual");
		String hebrew = hebrewWord();
		var lesson = TestNotes.note("Mapping " + english, "The same lesson in both languages.",
				n -> n.title("he", "מיפוי " + hebrew));
		notes.save(lesson);

		assertThat(ids(hebrew)).containsExactly(lesson.id());
		search(english).andExpect(jsonPath("$.hits[0].title").value("Mapping " + english));
		search(english).andExpect(jsonPath("$.hits[0].titleHtml").value("Mapping <mark>" + english + "</mark>"));
		mvc.perform(get("/api/v1/search").param("q", hebrew).header("Accept-Language", "he")
			.with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(jsonPath("$.hits[0].title").value("מיפוי " + hebrew))
			.andExpect(jsonPath("$.hits[0].titleHtml").value("מיפוי <mark>" + hebrew + "</mark>"));
	}

	@Test
	void aSpellingMistakeOrAnUnfinishedLastWordStillFinds() throws Exception {
		String word = TestNotes.unique("fuzz");
		var note = TestNotes.note("Guide to " + word, "Text.");
		notes.save(note);

		String typo = word.substring(0, 6) + (word.charAt(6) == 'q' ? 'w' : 'q') + word.substring(7);
		assertThat(ids(typo)).containsExactly(note.id());
		assertThat(ids("guide " + word.substring(0, word.length() - 3))).containsExactly(note.id());
	}

	@Test
	void aCorrectionIsSuggestedWhenFewMatch() throws Exception {
		String word = randomLetters(7);
		notes.save(TestNotes.note("About " + word, "Text."));
		String typo = word.substring(0, 2) + "zz" + word.substring(4);

		search(typo).andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.suggestion").value(word));
	}

	@Test
	void snippetsEscapeTheTextAndMarkTheMatches() throws Exception {
		String word = TestNotes.unique("mark");
		notes.save(TestNotes.note("Snippet", "Before <script>alert(1)</script> & " + word + " after."));

		search(word).andExpect(jsonPath("$.hits[0].snippet", containsString("<mark>" + word + "</mark>")))
			.andExpect(jsonPath("$.hits[0].snippet", containsString("&lt;script&gt;")))
			.andExpect(jsonPath("$.hits[0].snippet", not(containsString("<script>"))));
	}

	@Test
	void aHitHasItsFieldsAndTheResultsTheirFacets() throws Exception {
		String word = TestNotes.unique("shape");
		Instant yesterday = Instant.now().minus(Duration.ofDays(1));
		notes.save(TestNotes.note("Shape " + word, "Body text.",
				n -> n.tags("km-basics").space(41, "Lobby").unit(7, "Research").kind("question").date(yesterday)),
				TestNotes.note("Old " + word, "Body.",
						n -> n.space(42, "Private").date(Instant.now().minus(Duration.ofDays(800)))));

		search(word).andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value(word))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.pages").value(1))
			.andExpect(jsonPath("$.hits[0].type").value(TestNotes.TYPE))
			.andExpect(jsonPath("$.hits[0].title").value("Shape " + word))
			.andExpect(jsonPath("$.hits[0].path").value(containsString("/test-notes/")))
			.andExpect(jsonPath("$.hits[0].kind").value("question"))
			.andExpect(jsonPath("$.hits[0].space.name").value("Lobby"))
			.andExpect(jsonPath("$.hits[0].unit.name").value("Research"))
			.andExpect(jsonPath("$.hits[0].date").exists())
			.andExpect(jsonPath("$.facets.type[0].value").value(TestNotes.TYPE))
			.andExpect(jsonPath("$.facets.type[0].count").value(2))
			.andExpect(jsonPath("$.facets.space.length()").value(2))
			.andExpect(jsonPath("$.facets.tag[0].value").value("km-basics"))
			.andExpect(jsonPath("$.facets.unit[0].name").value("Research"))
			.andExpect(jsonPath("$.facets.date[?(@.value == 'week')].count").value(1))
			.andExpect(jsonPath("$.facets.date[?(@.value == 'older')].count").value(1));

		search(word, "space", "42").andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].title").value("Old " + word));
		search(word, "tag", "KM-Basics").andExpect(jsonPath("$.total").value(1));
		search(word, "unit", "7").andExpect(jsonPath("$.total").value(1));
		search(word, "date", "month").andExpect(jsonPath("$.hits[0].title").value("Shape " + word))
			.andExpect(jsonPath("$.total").value(1));
		search(word, "type", TestNotes.TYPE).andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void resultsComeInPagesOfTwenty() throws Exception {
		String word = TestNotes.unique("page");
		for (int i = 0; i < 25; i++) {
			notes.save(TestNotes.note("Page " + word + " " + i, "Text."));
		}
		search(word).andExpect(jsonPath("$.total").value(25))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.hits.length()").value(20));
		search(word, "page", "2").andExpect(jsonPath("$.page").value(2)).andExpect(jsonPath("$.hits.length()").value(5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"foo", "AND OR", "title:[", "*", "\\", "(((", "foo~", "?", "[* TO *]", "+-&&||!^",
			"/regex[/", "field:", "   ", "\u0000", "\uD800" })
	void queryLanguageIsReadAsPlainWords(String q) throws Exception {
		search(q).andExpect(status().isOk());
	}

	@Test
	void veryLongInputIsCutNotRefused() throws Exception {
		search("knowledge ".repeat(5000)).andExpect(status().isOk());
		search("a".repeat(20000)).andExpect(status().isOk());
		search(String.join(" ", java.util.Collections.nCopies(200, "abcdefghij"))).andExpect(status().isOk());
	}

	@Test
	void badParametersAreProblemsNamingTheField() throws Exception {
		search("x", "page", "0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
		search("x", "page", "999").andExpect(status().isBadRequest());
		search("x", "type", "no-such-type").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		search("x", "date", "yesterday").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		search("x", "space", "abc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("space"));
	}

	@Test
	void anEmptyQueryFindsNothing() throws Exception {
		search("").andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs").with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/search'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/search/rebuild'].post").exists());
	}

	private ResultActions search(String q, String... params) throws Exception {
		var request = get("/api/v1/search").param("q", q).with(Personas.as(users, Personas.EMPLOYEE));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	private List<Long> ids(String q) throws Exception {
		String json = search(q).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.hits[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	/** Seven Hebrew letters that are neither prefixes nor final forms. */
	static String hebrewWord() {
		return randomOf("אגדזחטיסעפצקרת", 7);
	}

	static String randomLetters(int length) {
		return randomOf("bcdfghjklmnpqrstvwx", length);
	}

	private static String randomOf(String letters, int length) {
		var word = new StringBuilder();
		for (int i = 0; i < length; i++) {
			word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return word.toString();
	}
}
