package org.agora.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agora.people.PeopleImport.Csv;
import org.junit.jupiter.api.Test;

class PeopleImportCsvTests {

	private static List<Csv.Record> read(String text) {
		return Csv.read(text.getBytes(StandardCharsets.UTF_8), 100);
	}

	private static List<List<String>> fields(String text) {
		return read(text).stream().map(Csv.Record::fields).toList();
	}

	@Test
	void readsRowsEndingInLfOrCrlfAlike() {
		assertThat(fields("a,b\n1,2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
		assertThat(fields("a,b\r\n1,2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
		assertThat(fields("a,b\r\n1,2\n3,4")).containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
	}

	@Test
	void keepsCommasDoubledQuotesAndLineBreaksInsideQuotes() {
		var rows = fields("name,note\r\n\"Water, Sewage\",\"She said \"\"hi\"\"\"\r\n\"x\",\"two\r\nlines\nhere\"\r\n");

		assertThat(rows).containsExactly(List.of("name", "note"), List.of("Water, Sewage", "She said \"hi\""),
				List.of("x", "two\r\nlines\nhere"));
	}

	@Test
	void numbersRowsAsASpreadsheetDoesEvenWhenAFieldSpansLines() {
		var rows = read("h\n\"one\ntwo\"\nlast\n");

		assertThat(rows).extracting(Csv.Record::number).containsExactly(1, 2, 3);
		assertThat(rows.get(2).fields()).containsExactly("last");
	}

	@Test
	void skipsAByteOrderMarkAndReadsHebrew() {
		var withBom = Csv.read(("\uFEFFcode,name\nA,מעבדה").getBytes(StandardCharsets.UTF_8), 10);
		var without = Csv.read("code,name\nA,מעבדה".getBytes(StandardCharsets.UTF_8), 10);

		assertThat(withBom).isEqualTo(without);
		assertThat(withBom.get(0).fields().get(0)).isEqualTo("code");
		assertThat(withBom.get(1).fields().get(1)).isEqualTo("מעבדה");
	}

	@Test
	void keepsEmptyFieldsIncludingATrailingOne() {
		assertThat(fields("a,,c\n,\"\",\nx,")).containsExactly(List.of("a", "", "c"), List.of("", "", ""),
				List.of("x", ""));
	}

	@Test
	void aFinalLineBreakAddsNoRowButABlankLineIsABlankRow() {
		var rows = read("h\n1\n\n2\n");

		assertThat(rows).extracting(Csv.Record::number).containsExactly(1, 2, 3, 4);
		assertThat(rows.get(2).blank()).isTrue();
		assertThat(rows.get(3).fields()).containsExactly("2");
	}

	@Test
	void takesAQuoteInsideAnUnquotedFieldLiterally() {
		assertThat(fields("5\" pipe,b")).containsExactly(List.of("5\" pipe", "b"));
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() {
		assertThatThrownBy(() -> read("h\nok\n\"open,\nstill open"))
			.isInstanceOfSatisfying(Csv.Invalid.class, e -> {
				assertThat(e.messageKey).isEqualTo("import.error.unclosedQuote");
				assertThat(e.args).containsExactly(3);
			});
	}

	@Test
	void refusesTextAfterAClosingQuote() {
		assertThatThrownBy(() -> read("h\n\"a\"b,c"))
			.isInstanceOfSatisfying(Csv.Invalid.class, e -> {
				assertThat(e.messageKey).isEqualTo("import.error.badQuote");
				assertThat(e.args).containsExactly(2);
			});
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		var windows1255 = "code,name\nA,מעבדה".getBytes(Charset.forName("windows-1255"));

		assertThatThrownBy(() -> Csv.read(windows1255, 10))
			.isInstanceOfSatisfying(Csv.Invalid.class, e -> assertThat(e.messageKey).isEqualTo("import.error.encoding"));
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> Csv.read("\uFEFF".getBytes(StandardCharsets.UTF_8), 10))
			.isInstanceOfSatisfying(Csv.Invalid.class, e -> assertThat(e.messageKey).isEqualTo("import.error.empty"));
	}

	@Test
	void refusesMoreRowsThanAllowedButDoesNotCountBlankOnes() {
		assertThat(Csv.read("h\n1\n\n,\n2\n".getBytes(StandardCharsets.UTF_8), 2)).hasSize(5);

		assertThatThrownBy(() -> Csv.read("h\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 2))
			.isInstanceOfSatisfying(Csv.Invalid.class, e -> {
				assertThat(e.messageKey).isEqualTo("import.error.tooManyRows");
				assertThat(e.args).containsExactly(2);
			});
	}
}
