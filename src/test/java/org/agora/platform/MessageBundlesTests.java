package org.agora.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in English and in Hebrew, so no page falls back to a raw key in either language. */
class MessageBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "platform", "people", "notifications", "learning", "learning-cohorts", "learning-completion", "learning-editor", "calendar", "calendar-pages", "calendar-views", "calendar-attendance", "calendar-api", "discussions", "discussions-threads", "discussions-qa", "discussions-spaces", "discussions-radar", "search", "knowledge", "initiatives", "initiatives-projects", "initiatives-support", "map", "map-needs", "map-retention", "map-views", "recognition", "recognition-badges", "recognition-timeline", "recognition-boards" })
	void englishAndHebrewHaveTheSameKeys(String bundle) throws IOException {
		Set<String> english = keys("messages/" + bundle + ".properties");
		Set<String> hebrew = keys("messages/" + bundle + "_he.properties");

		assertThat(hebrew).as("keys missing in Hebrew").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(hebrew);
	}

	private static Set<String> keys(String path) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
