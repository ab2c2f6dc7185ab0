package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two spellings of one link share a key; only absolute http and https links are accepted. */
class RadarUrlsTests {

	@Test
	void spellingsOfOneLinkShareAKey() {
		String key = RadarUrls.key("https://example.org/km/article");

		assertThat(RadarUrls.key("http://www.Example.org/km/article/")).isEqualTo(key);
		assertThat(RadarUrls.key("https://example.org:443/km/article#section")).isEqualTo(key);
		assertThat(RadarUrls.key("https://example.org/km/article?utm_source=mail&utm_medium=x")).isEqualTo(key);
		assertThat(RadarUrls.key("https://example.org/km/article?b=2&a=1"))
			.isEqualTo(RadarUrls.key("https://example.org/km/article?a=1&b=2&utm_campaign=q3"));
	}

	@Test
	void differentLinksHaveDifferentKeys() {
		assertThat(RadarUrls.key("https://example.org/km/a")).isNotEqualTo(RadarUrls.key("https://example.org/km/b"));
		assertThat(RadarUrls.key("https://example.org/km?id=1")).isNotEqualTo(RadarUrls.key("https://example.org/km?id=2"));
		assertThat(RadarUrls.key("https://example.org:8443/km")).isNotEqualTo(RadarUrls.key("https://example.org/km"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
			"vbscript:msgbox(1)", "ftp://example.org/", "//example.org/x", "/relative", "https://", "http://a b.example/",
			"https://user:pw@example.org/" })
	void onlyAbsoluteHttpLinksAreAccepted(String url) {
		assertThatThrownBy(() -> RadarUrls.check(url, "url")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aLinkIsKeptAsTypedWithoutSurroundingBlanks() {
		assertThat(RadarUrls.check("  https://example.org/x?y=1  ", "url")).isEqualTo("https://example.org/x?y=1");
	}

	@Test
	void feedSummariesLoseTheirHtml() {
		assertThat(RadarFeeds.plain("<p>Keep <b>knowledge</b> &amp; people</p><script>alert(1)</script>"))
			.isEqualTo("Keep knowledge & people");
		assertThat(RadarFeeds.plain("<style>p{}</style>a&nbsp;&lt;b&gt;")).isEqualTo("a <b>");
		assertThat(RadarFeeds.plain(null)).isEmpty();
	}
}
