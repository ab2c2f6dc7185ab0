package org.agora.discussions;

import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A moderator names the original of a duplicate by its number or by any form of its address. */
class ModerationReferenceTests {

	@Test
	void theOriginalIsNamedByNumberOrAddress() {
		assertThat(DuplicateReference.idOf("42")).isEqualTo(42);
		assertThat(DuplicateReference.idOf(" 42-how-to-start ")).isEqualTo(42);
		assertThat(DuplicateReference.idOf("/discussions/t/42")).isEqualTo(42);
		assertThat(DuplicateReference.idOf("https://agora.example/discussions/t/42-how-to-start?page=2#post-9"))
			.isEqualTo(42);
		assertThat(DuplicateReference.idOf("http://localhost:8080/discussions/t/7-איך-מתחילים/")).isEqualTo(7);
	}

	@Test
	void anythingElseNamesTheField() {
		for (String wrong : new String[] { "", "abc", "/discussions/s/lobby", "https://example.org/x", "-3", null }) {
			assertThatThrownBy(() -> DuplicateReference.idOf(wrong)).isInstanceOf(InvalidInputException.class)
				.hasFieldOrPropertyWithValue("field", "of");
		}
	}
}
