package org.agora.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

import org.agora.platform.AgoraProperties;
import org.agora.platform.mail.Mailer;
import org.agora.platform.mail.SignedTokens;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a one-time link by email that expires. The answer is the same whether or not the
 * address belongs to anyone.
 */
@Service
class PasswordResets {

	private final Persons persons;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final SignedTokens signed;

	private final MessageSource messages;

	private final AgoraProperties properties;

	private final Clock clock;

	PasswordResets(Persons persons, Accounts accounts, JdbcClient jdbc, Mailer mailer, SignedTokens signed,
			MessageSource messages, AgoraProperties properties, Clock clock) {
		this.persons = persons;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.signed = signed;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	void request(String email) {
		persons.findByEmail(Person.normalizeEmail(email)).filter(p -> p.active).ifPresent(person -> {
			String token = Hashes.newSecret("");
			var now = clock.instant();
			jdbc.sql("insert into people_password_reset (token_hash, person_id, created_at, expires_at)"
					+ " values (:hash, :person, :now, :expires)")
				.param("hash", Hashes.sha256(token))
				.param("person", person.id)
				.param("now", Timestamp.from(now))
				.param("expires", Timestamp.from(now.plus(properties.passwordResetValidity())))
				.update();
			var locale = Locale.forLanguageTag(person.locale);
			String link = properties.link("/password/reset?token=" + token);
			mailer.send(person.email, messages.getMessage("mail.reset.subject", null, locale),
					messages.getMessage("mail.reset.body",
							new Object[] { person.fullName, link, properties.passwordResetValidity().toMinutes() },
							locale),
					signed.unsubscribePath(person.id, "all"));
		});
	}

	/** Whether the token is one that can still be used. */
	@Transactional(readOnly = true)
	boolean usable(String token) {
		return personFor(token) != null;
	}

	/** Sets the new password; false when the link is unknown, used or expired. */
	@Transactional
	boolean reset(String token, String newPassword) {
		Long personId = personFor(token);
		if (personId == null) {
			return false;
		}
		int claimed = jdbc.sql("update people_password_reset set used_at = :now where token_hash = :hash and used_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", Hashes.sha256(token))
			.update();
		if (claimed == 0) {
			return false;
		}
		accounts.changePassword(personId, newPassword);
		return true;
	}

	private Long personFor(String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		return jdbc.sql("select person_id from people_password_reset where token_hash = :hash and used_at is null"
				+ " and expires_at > :now")
			.param("hash", Hashes.sha256(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional()
			.orElse(null);
	}
}
