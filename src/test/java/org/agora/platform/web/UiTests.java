package org.agora.platform.web;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UiTests {

	private final Ui ui = new Ui(new MockHttpServletRequest("GET", "/"), new StaticMessageSource(), Locale.ENGLISH,
			ZoneOffset.UTC, null, List.of(), false, () -> "Agora");

	@Test
	void aLinkEncodesEveryCharacterThatCouldChangeItsQuery() {
		assertThat(ui.url("/people", "q", "R&D", "expertise", "c# c++", "page", 2))
			.isEqualTo("/people?q=R%26D&expertise=c%23%20c%2B%2B&page=2");
		assertThat(ui.url("/people", "q", "a=b?/\u05d0")).isEqualTo("/people?q=a%3Db%3F%2F%D7%90");
	}

	@Test
	void aLinkLeavesOutEmptyValuesAndNamesEnumsByTheirConstant() {
		assertThat(ui.url("/people", "q", "", "unit", null, "expertise", "  ", "role", Role.KNOWLEDGE_LEADER))
			.isEqualTo("/people?role=KNOWLEDGE_LEADER");
		assertThat(ui.url("/people")).isEqualTo("/people");
	}

	@Test
	void aLinkNeedsAValueForEveryName() {
		assertThatIllegalArgumentException().isThrownBy(() -> ui.url("/people", "q"));
	}
}
