package org.agora.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Hebrew words are indexed and queried so that the forms people write find each other. */
class TextAnalyzerTests {

	final Analyzer analyzer = TextAnalyzer.text();

	@Test
	void englishWordsAreFoldedAndStemmed() throws IOException {
		assertThat(terms("Running RUNS runner's Café")).containsExactly("run", "run", "runner", "cafe");
		assertThat(terms("Knowledge-sharing reviews")).containsExactly("knowledg", "share", "review");
	}

	@Test
	void unicodeIsNormalized() throws IOException {
		// full-width letters, a ligature and a decomposed accent read like their plain forms
		assertThat(terms("ＫＭ ﬁle cafe\u0301")).containsExactly("km", "file", "cafe");
	}

	@Test
	void niqqudAndCantillationDoNotStopAMatch() throws IOException {
		assertThat(stacks("שָׁלוֹם")).isEqualTo(stacks("שלום"));
		assertThat(terms("מַפָּה")).contains("מפה");
		assertThat(terms("בְּרֵאשִׁ֖ית")).contains("בראשית");
	}

	@Test
	void finalLettersAreWrittenAsRegularOnes() throws IOException {
		assertThat(terms("שלום").get(0)).isEqualTo("שלומ");
		assertThat(terms("ארץ")).containsExactly("ארצ");
		assertThat(terms("דרך")).containsExactly("דרכ");
	}

	@Test
	void hebrewPrefixesAreStackedOnTheStem() throws IOException {
		assertThat(stacks("והמפה")).containsExactly(List.of("והמפה", "המפה", "מפה", "פה"));
		assertThat(stacks("במפה")).containsExactly(List.of("במפה", "מפה", "פה"));
		assertThat(stacks("שבמפה").get(0)).contains("מפה");
		assertThat(stacks("כשהלכנו").get(0)).contains("הלכנו", "לכנו");
		assertThat(stacks("ולכשיבוא").get(0)).contains("יבוא");
	}

	@Test
	void aStemKeepsAtLeastTwoLetters() throws IOException {
		assertThat(stacks("בה")).containsExactly(List.of("בה"));
		assertThat(stacks("מלה")).containsExactly(List.of("מלה", "לה"));
	}

	@Test
	void vavIsAPrefixOnlyAtTheStart() throws IOException {
		assertThat(stacks("הוועד").get(0)).containsExactly("הוועד", "וועד");
	}

	@Test
	void acronymQuotesAndGereshAreDropped() throws IOException {
		assertThat(terms("צה\"ל").get(0)).isEqualTo("צהל");
		assertThat(terms("צה״ל").get(0)).isEqualTo("צהל");
		assertThat(terms("ג'ירפה").get(0)).isEqualTo("גירפה");
	}

	@Test
	void mixedTextKeepsPositionsAndOffsets() throws IOException {
		var stacks = stacks("Knowledge במפה leaders");
		assertThat(stacks).hasSize(3);
		assertThat(stacks.get(0)).containsExactly("knowledg");
		assertThat(stacks.get(1)).containsExactly("במפה", "מפה", "פה");
		assertThat(stacks.get(2)).containsExactly("leader");
		assertThat(offsets("Knowledge במפה")).containsExactly("0-9", "10-14", "10-14", "10-14");
	}

	@Test
	void latinRulesLeaveHebrewAlone() throws IOException {
		// the Porter stemmer would cut an "s" from the end of any word it is given
		assertThat(terms("leaders מנהלים")).containsExactly("leader", "מנהלימ", "נהלימ");
	}

	@Test
	void spellingKeepsWordsAsWritten() throws IOException {
		assertThat(terms(TextAnalyzer.spelling(), "Knowledge שָׁלוֹם והמפה")).containsExactly("knowledge", "שלום",
				"והמפה");
	}

	private List<String> terms(String text) throws IOException {
		return terms(analyzer, text);
	}

	static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (var stream = analyzer.tokenStream("body", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

	private List<List<String>> stacks(String text) throws IOException {
		List<List<String>> stacks = new ArrayList<>();
		try (var stream = analyzer.tokenStream("body", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var position = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (position.getPositionIncrement() > 0) {
					stacks.add(new ArrayList<>());
				}
				stacks.get(stacks.size() - 1).add(term.toString());
			}
			stream.end();
		}
		return stacks;
	}

	private List<String> offsets(String text) throws IOException {
		List<String> offsets = new ArrayList<>();
		try (var stream = analyzer.tokenStream("body", text)) {
			var offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				offsets.add(offset.startOffset() + "-" + offset.endOffset());
			}
			stream.end();
		}
		return offsets;
	}
}
