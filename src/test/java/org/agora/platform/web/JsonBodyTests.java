package org.agora.platform.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyTests {

	private static final JsonBody.Keys KEYS = new JsonBody.Keys("test.error.json", "test.error.number");

	private static JsonBody body(Object... namesAndValues) {
		Map<String, Object> json = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			json.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return JsonBody.of(json, KEYS);
	}

	private static void refused(ThrowingCallable read, String field, String key) {
		assertThatThrownBy(read).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.messageKey()).isEqualTo(key);
			assertThat(e.getMessage()).contains("\"" + field + "\"");
		});
	}

	@Test
	void textIsAnySingleValueAsTyped() {
		var body = body("title", "Hello", "count", 3, "price", new BigDecimal("2.50"), "done", true, "gone", null);
		assertThat(body.text("title")).isEqualTo("Hello");
		assertThat(body.text("count")).isEqualTo("3");
		assertThat(body.text("price")).isEqualTo("2.50");
		assertThat(body.text("done")).isEqualTo("true");
		assertThat(body.text("gone")).isNull();
		assertThat(body.text("missing")).isNull();
	}

	@Test
	void textRefusesAnObjectOrAListNamingTheField() {
		refused(() -> body("title", Map.of("a", 1)).text("title"), "title", "test.error.json");
		refused(() -> body("title", List.of("a")).text("title"), "title", "test.error.json");
	}

	@Test
	void textOrTellsAnAbsentFieldFromANullOne() {
		var body = body("title", "New", "summary", null);
		assertThat(body.has("title")).isTrue();
		assertThat(body.has("summary")).isTrue();
		assertThat(body.has("body")).isFalse();
		assertThat(body.textOr("title", "Old")).isEqualTo("New");
		assertThat(body.textOr("summary", "Old")).isNull();
		assertThat(body.textOr("body", "Old")).isEqualTo("Old");
		refused(() -> body("title", List.of()).textOr("title", "Old"), "title", "test.error.json");
	}

	@Test
	void numberIsAWholeNumberGivenAsANumberOrAsText() {
		var body = body("version", 3, "big", 7L, "typed", " 12 ", "blank", " ", "gone", null, "whole", 4.0);
		assertThat(body.number("whole")).isEqualTo(4);
		assertThat(body.number("version")).isEqualTo(3);
		assertThat(body.number("big")).isEqualTo(7);
		assertThat(body.number("typed")).isEqualTo(12);
		assertThat(body.number("blank")).isNull();
		assertThat(body.number("gone")).isNull();
		assertThat(body.number("missing")).isNull();
	}

	@Test
	void numberRefusesOtherTextUnderTheNumberKeyAndAnObjectUnderTheShapeKey() {
		refused(() -> body("version", "three").number("version"), "version", "test.error.number");
		refused(() -> body("version", "1.5").number("version"), "version", "test.error.number");
		refused(() -> body("version", 1.5).number("version"), "version", "test.error.number");
		refused(() -> body("version", 3_000_000_000L).number("version"), "version", "test.error.number");
		refused(() -> body("version", -3_000_000_000L).number("version"), "version", "test.error.number");
		refused(() -> body("version", true).number("version"), "version", "test.error.number");
		refused(() -> body("version", Map.of()).number("version"), "version", "test.error.json");
		refused(() -> body("version", List.of(1)).number("version"), "version", "test.error.json");
	}

	@Test
	void idIsANumberAndNothingElse() {
		var body = body("thread", 12, "post", 9_000_000_000L, "gone", null);
		assertThat(body.id("thread")).isEqualTo(12L);
		assertThat(body.id("post")).isEqualTo(9_000_000_000L);
		assertThat(body.id("gone")).isNull();
		assertThat(body.id("missing")).isNull();
		refused(() -> body("thread", "12").id("thread"), "thread", "test.error.number");
		refused(() -> body("thread", Map.of("id", 12)).id("thread"), "thread", "test.error.number");
	}

	@Test
	void boolIsTrueOrFalseAndNothingElse() {
		var body = body("helpful", true, "late", false, "gone", null);
		assertThat(body.bool("helpful")).isTrue();
		assertThat(body.bool("late")).isFalse();
		assertThat(body.bool("gone")).isNull();
		assertThat(body.bool("missing")).isNull();
		refused(() -> body("helpful", "true").bool("helpful"), "helpful", "test.error.json");
		refused(() -> body("helpful", 1).bool("helpful"), "helpful", "test.error.json");
	}

	@Test
	void listTakesAListOrASingleValueAsAListOfOne() {
		var body = body("tags", Arrays.asList("a", 2, null), "one", "solo", "number", 5, "none", List.of(), "gone",
				null);
		assertThat(body.list("tags")).containsExactly("a", "2", "");
		assertThat(body.list("one")).containsExactly("solo");
		assertThat(body.list("number")).containsExactly("5");
		assertThat(body.list("none")).isEmpty();
		assertThat(body.list("gone")).isEmpty();
		assertThat(body.list("missing")).isEmpty();
		refused(() -> body("tags", Map.of("a", 1)).list("tags"), "tags", "test.error.json");
	}

	@Test
	void joinedIsTheListAsOneCommaSeparatedText() {
		var body = body("tags", List.of("a", "b c"), "typed", "a, b", "none", List.of(), "gone", null);
		assertThat(body.joined("tags")).isEqualTo("a,b c");
		assertThat(body.joined("typed")).isEqualTo("a, b");
		assertThat(body.joined("none")).isEmpty();
		assertThat(body.joined("gone")).isNull();
		assertThat(body.joined("missing")).isNull();
		assertThat(body.joinedOr("tags", "old")).isEqualTo("a,b c");
		assertThat(body.joinedOr("gone", "old")).isNull();
		assertThat(body.joinedOr("missing", "old")).isEqualTo("old");
		refused(() -> body("tags", Map.of()).joined("tags"), "tags", "test.error.json");
	}

	@Test
	void noBodyReadsAsAnEmptyObject() {
		var body = JsonBody.of(null, KEYS);
		assertThat(body.has("title")).isFalse();
		assertThat(body.text("title")).isNull();
		assertThat(body.textOr("title", "Old")).isEqualTo("Old");
		assertThat(body.number("version")).isNull();
		assertThat(body.id("thread")).isNull();
		assertThat(body.bool("helpful")).isNull();
		assertThat(body.list("tags")).isEmpty();
		assertThat(body.joined("tags")).isNull();
		assertThat(body.joinedOr("tags", "old")).isEqualTo("old");
	}

	@Test
	void eachModuleKeepsItsOwnKeys() {
		var keys = new JsonBody.Keys("map.needs.error.json", "map.needs.error.number");
		refused(() -> JsonBody.of(Map.of("title", List.of()), keys).text("title"), "title", "map.needs.error.json");
		refused(() -> JsonBody.of(Map.of("version", "x"), keys).number("version"), "version",
				"map.needs.error.number");
	}
}
