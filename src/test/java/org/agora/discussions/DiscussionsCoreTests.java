package org.agora.discussions;

import java.util.List;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Thread addresses, the tag rules and finding mentions, without a database. */
class DiscussionsCoreTests {

	@Test
	void threadAddressesCarryAReadableSlugInAnyScript() {
		assertThat(ThreadPaths.of(12, "How do we start a knowledge map?")).isEqualTo("/discussions/t/12-how-do-we-start-a-knowledge-map");
		assertThat(ThreadPaths.of(7, "מיפוי יֶדַע ביחידה")).as("niqqud dropped, Hebrew kept").isEqualTo("/discussions/t/7-מיפוי-ידע-ביחידה");
		assertThat(ThreadPaths.of(3, "?!")).isEqualTo("/discussions/t/3");
		assertThat(ThreadPaths.slug("a".repeat(100))).hasSize(60);
		assertThat(ThreadPaths.slug("Café — 2026")).isEqualTo("cafe-2026");
	}

	@Test
	void slugsAgreeWithTheirDefinitionOnMixedScripts() {
		var random = new java.util.Random(20261129L);
		String alphabet = "abcXYZ019 -_?!.,'\"\tĀéñßİıΣσשָׁלוֹםمرحبا١٢٣Ⅻ½²漢字😀\u0301\u05B8";
		for (int n = 0; n < 2000; n++) {
			var title = new StringBuilder();
			int length = random.nextInt(90);
			for (int i = 0; i < length; i++) {
				title.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
						random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
			}
			assertThat(ThreadPaths.slug(title.toString())).as(title.toString()).isEqualTo(slugByDefinition(title.toString()));
		}
	}

	/** Letters and digits of any script, lower case, joined by hyphens, marks dropped, at most 60 characters. */
	private static String slugByDefinition(String title) {
		String plain = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug;
	}

	@Test
	void theThreadIdIsReadFromTheStartOfTheSegment() {
		assertThat(ThreadPaths.idOf("12-how-to-start")).isEqualTo(12);
		assertThat(ThreadPaths.idOf("12")).isEqualTo(12);
		assertThat(ThreadPaths.idOf("12x")).isEqualTo(-1);
		assertThat(ThreadPaths.idOf("how-12")).isEqualTo(-1);
		assertThat(ThreadPaths.idOf("")).isEqualTo(-1);
		assertThat(ThreadPaths.idOf("١٢-arabic-digits")).isEqualTo(-1);
		assertThat(ThreadPaths.idOf("9".repeat(30))).as("no overflow").isEqualTo(-1);
	}

	@Test
	void tagsAreNormalizedAndDeduplicated() {
		assertThat(Tags.parse("AI, #change-management  ai ניהול-ידע")).containsExactly("ai", "change-management",
				"ניהול-ידע");
		assertThat(Tags.parse("  ")).isEmpty();
		assertThat(Tags.normalize(List.of("KM", "km", " "))).containsExactly("km");
	}

	@Test
	void badTagsAreRefusedNamingTheField() {
		assertThatThrownBy(() -> Tags.parse("<script>")).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("tags"));
		assertThatThrownBy(() -> Tags.parse("a")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Tags.parse("x".repeat(31))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Tags.parse("one two three four five six"))
			.hasMessageContaining("at most 5");
		assertThatThrownBy(() -> Tags.parse("-km")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void onlyLeadersAndManagersStartNewTags() {
		assertThat(Tags.mayStartTags(person(Role.KNOWLEDGE_LEADER))).isTrue();
		assertThat(Tags.mayStartTags(person(Role.COMMUNITY_MANAGER))).isTrue();
		assertThat(Tags.mayStartTags(person(Role.EMPLOYEE))).isFalse();
		assertThat(Tags.mayStartTags(person(Role.GUEST))).isFalse();
	}

	@Test
	void mentionsAreHandlesOutsideCode() {
		assertThat(Mentions.handlesIn("Thanks @Rania.Haddad and @daniel.cohen! cc @rania.haddad"))
			.containsExactly("rania.haddad", "daniel.cohen");
		assertThat(Mentions.handlesIn("mail noa.levi@agora.example, not a mention")).isEmpty();
		assertThat(Mentions.handlesIn("`@inline` and\n```\n@fenced\n```\nbut @real")).containsExactly("real");
		assertThat(Mentions.handlesIn("(@start) end.")).containsExactly("start");
		assertThat(Mentions.handlesIn(null)).isEmpty();
	}

	private static AccountUser person(Role role) {
		return new AccountUser(1, "someone@agora.example", "Someone", java.util.Set.of(role), "x", true);
	}
}
