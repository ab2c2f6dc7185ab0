package org.agora.learning;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor's checks of typed values name the field they refuse. */
class EditorTextsTests {

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,hi",
			"ftp://example.org/file", "//example.org/path", "/learning", "example.org", "http://", "https:///path",
			"http://exa mple.org" })
	void onlyAbsoluteWebAddressesAreAccepted(String address) {
		assertThatThrownBy(() -> EditorTexts.webAddress(address, true, "url", "editor.error.linkUrl", "bad"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("url"));
	}

	@Test
	void webAddressesAreKeptWithoutSurroundingSpaces() {
		assertThat(EditorTexts.webAddress(" https://example.org/a?b=c ", true, "url", "k", "m"))
			.isEqualTo("https://example.org/a?b=c");
		assertThat(EditorTexts.webAddress("HTTP://example.org", true, "url", "k", "m")).isEqualTo("HTTP://example.org");
	}

	@Test
	void anOptionalAddressMayBeBlankButARequiredOneMayNot() {
		assertThat(EditorTexts.webAddress("  ", false, "videoUrl", "k", "m")).isNull();
		assertThatThrownBy(() -> EditorTexts.webAddress("", true, "url", "k", "m")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void numbersAreWholeAndWithinTheirRange() {
		assertThat(EditorTexts.number(" 70 ", 1, 100, "passPercent", "k", "m")).isEqualTo(70);
		assertThat(EditorTexts.optionalNumber("", 1, 600, "minutes", "k", "m")).isNull();
		for (String bad : new String[] { "0", "101", "7.5", "seventy", "" }) {
			assertThatThrownBy(() -> EditorTexts.number(bad, 1, 100, "passPercent", "k", "m"))
				.as(bad)
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("passPercent"));
		}
	}

	@Test
	void requiredTextIsStrippedAndCapped() {
		assertThat(EditorTexts.required("  Basics ", 200, "titleEn", "k", "m")).isEqualTo("Basics");
		assertThatThrownBy(() -> EditorTexts.required(" ", 200, "titleHe", "k", "m"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("titleHe"));
		assertThatThrownBy(() -> EditorTexts.required("x".repeat(201), 200, "titleEn", "k", "m"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(EditorTexts.optional("  ", 10, "summaryEn", "k", "m")).isNull();
	}
}
