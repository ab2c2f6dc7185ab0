package org.agora.platform.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MarkdownRendererTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	@Test
	void nullOrBlankRendersAsNothing() {
		assertThat(this.markdown.toHtml(null)).isEmpty();
		assertThat(this.markdown.toHtml(" \n\t")).isEmpty();
		assertThat(this.markdown.toPlainText(null)).isEmpty();
		assertThat(this.markdown.excerpt("  ", 10)).isEmpty();
	}

	@Test
	void rendersHeadingsAndEmphasis() {
		String html = this.markdown.toHtml("# Title\n\n### Part *one* and **two**");

		assertThat(html).contains("<h1>Title</h1>")
			.contains("<h3>Part <em>one</em> and <strong>two</strong></h3>");
	}

	@Test
	void rendersBulletAndOrderedLists() {
		String html = this.markdown.toHtml("- apples\n- pears\n\n3. three\n4. four");

		assertThat(html).contains("<ul><li>apples</li><li>pears</li></ul>")
			.contains("<ol start=\"3\"><li>three</li><li>four</li></ol>");
	}

	@Test
	void checklistItemsShowBallotBoxes() {
		String html = markdown.toHtml("- [ ] Send the summary\n- [x] Book the room\n- [link](https://example.org) stays\n- a [ ] inside");

		assertThat(html).contains("<li>\u2610 Send the summary</li>", "<li>\u2611 Book the room</li>",
				"<li>a [ ] inside</li>")
			.doesNotContain("<input");
		assertThat(markdown.toPlainText("- [ ] Send the summary")).isEqualTo("- \u2610 Send the summary");
	}

	@Test
	void rendersGfmTableWithAlignment() {
		String html = this.markdown.toHtml("""
				| Unit | Leaders |
				|:-----|--------:|
				| R&D  | 4       |
				""");

		assertThat(html).contains("<table>", "<thead>", "<tbody>", "<th align=\"left\">Unit</th>",
				"<th align=\"right\">Leaders</th>", "<td align=\"left\">R&amp;D</td>", "<td align=\"right\">4</td>");
	}

	@Test
	void turnsBareUrlsAndEmailsIntoLinks() {
		String html = this.markdown.toHtml("See https://example.org/km or write to km@example.org");

		assertThat(html).contains(
				"<a href=\"https://example.org/km\" rel=\"nofollow noopener noreferrer\">https://example.org/km</a>")
			.contains("href=\"mailto:km&#64;example.org\"");
	}

	@Test
	void linksGetNofollowAndNoTarget() {
		String html = this.markdown.toHtml("[guide](https://example.org/guide \"The guide\")");

		assertThat(html).isEqualTo("<p><a href=\"https://example.org/guide\" title=\"The guide\" "
				+ "rel=\"nofollow noopener noreferrer\">guide</a></p>\n");
	}

	@Test
	void keepsImagesFromTheWebAndDropsOthers() {
		assertThat(this.markdown.toHtml("![chart](https://example.org/c.png \"Q3\")"))
			.contains("<img src=\"https://example.org/c.png\" alt=\"chart\" title=\"Q3\" />");
		assertThat(this.markdown.toHtml("![logo](/uploads/7)")).contains("<img src=\"/uploads/7\" alt=\"logo\" />");
		assertThat(this.markdown.toHtml("![pixel](data:image/png;base64,iVBORw0KGgo=)")).isEqualTo("<p></p>\n");
		assertThat(this.markdown.toHtml("![me](mailto:a@example.org)")).isEqualTo("<p></p>\n");
	}

	@Test
	void leavesTheTextOfALinkWithARefusedUrl() {
		assertThat(this.markdown.toHtml("[click](javascript:alert(1))")).isEqualTo("<p>click</p>\n");
		assertThat(this.markdown.toHtml("[click](data:text/html,x \"Title\")")).isEqualTo("<p>click</p>\n");
	}

	@Test
	void rendersFencedIndentedAndInlineCode() {
		String html = this.markdown
			.toHtml("```java\nif (a < b) { run(); }\n```\n\n    indented <b>\n\nuse `x && y` here");

		assertThat(html).contains("<pre><code class=\"language-java\">if (a &lt; b) { run(); }\n</code></pre>")
			.contains("<pre><code>indented &lt;b&gt;\n</code></pre>")
			.contains("<code>x &amp;&amp; y</code>");
	}

	@Test
	void showsRawHtmlAsText() {
		assertThat(this.markdown.toHtml("Say <b>hi</b>")).isEqualTo("<p>Say &lt;b&gt;hi&lt;/b&gt;</p>\n");
	}

	@Test
	void keepsHebrewTextIntact() {
		String hebrew = "שלום לכולם! מנהיגי ידע נפגשים ברבעון הבא.";

		assertThat(this.markdown.toHtml("## " + hebrew + "\n\n**חשוב**"))
			.contains("<h2>" + hebrew + "</h2>")
			.contains("<strong>חשוב</strong>");
		assertThat(this.markdown.toPlainText(hebrew)).isEqualTo(hebrew);
	}

	@Test
	void plainTextDropsMarkupButKeepsTextOfLinksImagesAndCode() {
		String text = this.markdown.toPlainText("""
				# Title

				Read [the guide](https://example.org) and run `mvn test`. ![A chart](https://example.org/c.png)

				> quoted *words*

				- one
				- two
				""");

		assertThat(text).isEqualTo("Title\n\nRead the guide and run mvn test. A chart\n\nquoted words\n\n- one\n- two");
	}

	@Test
	void excerptKeepsShortTextWhole() {
		assertThat(this.markdown.excerpt("**Short** text", 20)).isEqualTo("Short text");
		assertThat(this.markdown.excerpt("exactly ten", 11)).isEqualTo("exactly ten");
	}

	@Test
	void excerptCutsOnWordBoundaryWithinTheLimit() {
		String excerpt = this.markdown.excerpt("# Knowledge\n\nleaders share what they know", 20);

		assertThat(excerpt).isEqualTo("Knowledge leaders…").hasSizeLessThanOrEqualTo(20);
	}

	@Test
	void excerptKeepsAWordThatEndsRightAtTheLimit() {
		assertThat(this.markdown.excerpt("one two three", 8)).isEqualTo("one two…");
	}

	@Test
	void excerptDropsTrailingPunctuationBeforeTheEllipsis() {
		assertThat(this.markdown.excerpt("first, second third", 12)).isEqualTo("first…");
	}

	@Test
	void excerptCutsInsideAWordLongerThanTheLimit() {
		assertThat(this.markdown.excerpt("Supercalifragilistic", 6)).isEqualTo("Super…");
	}

	@Test
	void excerptNeverSplitsASurrogatePair() {
		assertThat(this.markdown.excerpt("ab\uD83D\uDE00cdef", 4)).isEqualTo("ab…");
	}

	@Test
	void excerptRejectsANonPositiveLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.markdown.excerpt("text", 0));
	}

}
