package org.agora.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Remembered messages read exactly as the message source gives them. */
class MemoizedMessagesTests {

	private static final Locale HEBREW = Locale.forLanguageTag("he");

	private final StaticMessageSource source = new StaticMessageSource();

	private final MemoizedMessages messages = new MemoizedMessages(source);

	MemoizedMessagesTests() {
		source.addMessage("plain", Locale.ENGLISH, "Don't miss it");
		source.addMessage("count", Locale.ENGLISH, "{0,number} answers, don''t wait");
		source.addMessage("count", HEBREW, "{0,number} תשובות");
		source.addMessage("who", Locale.ENGLISH, "Asked by {0}");
		source.addMessage("label", Locale.ENGLISH, "Leaders");
		source.addMessage("broken", Locale.ENGLISH, "Closed {0");
	}

	@Test
	void givesWhatTheSourceGivesForEveryKindOfMessage() {
		Object[][] argumentSets = { null, {}, { 12345 }, { 7L } };
		for (String code : new String[] { "plain", "count", "who", "missing" }) {
			for (Locale locale : new Locale[] { Locale.ENGLISH, HEBREW }) {
				for (Object[] args : argumentSets) {
					for (int round = 0; round < 2; round++) {
						assertThat(messages.getMessage(code, args, "fallback {0}", locale))
							.as("%s %s %s round %d", code, locale, java.util.Arrays.toString(args), round)
							.isEqualTo(source.getMessage(code, args, "fallback {0}", locale));
					}
				}
			}
		}
	}

	@Test
	void formatsNumbersInTheReadersLanguageAndKeepsApostrophesOfPlainMessages() {
		assertThat(messages.getMessage("count", new Object[] { 1200 }, null, Locale.ENGLISH))
			.isEqualTo("1,200 answers, don't wait");
		assertThat(messages.getMessage("plain", null, null, Locale.ENGLISH)).isEqualTo("Don't miss it");
		assertThat(messages.getMessage("count", new Object[] { 1200 }, null, HEBREW)).isEqualTo("1,200 תשובות");
	}

	@Test
	void argumentsThatAreMessagesThemselvesAreLookedUp() {
		var label = new DefaultMessageSourceResolvable(new String[] { "label" });
		assertThat(messages.getMessage("who", new Object[] { label }, null, Locale.ENGLISH)).isEqualTo("Asked by Leaders");
	}

	@Test
	void aMissingMessageFallsBackOrFailsAsTheSourceDoes() {
		assertThat(messages.getMessage("missing", new Object[] { 3 }, "Only {0} left", Locale.ENGLISH))
			.isEqualTo("Only 3 left");
		assertThatThrownBy(() -> messages.getMessage("missing", null, Locale.ENGLISH))
			.isInstanceOf(NoSuchMessageException.class);
		assertThat(messages.getMessage("broken", null, null, Locale.ENGLISH)).isEqualTo("Closed {0");
	}
}
