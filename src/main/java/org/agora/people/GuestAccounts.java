package org.agora.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.agora.platform.AgoraProperties;
import org.agora.platform.mail.Mailer;
import org.agora.platform.mail.SignedTokens;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for guests from partner communities, made when someone invites them by email. A guest holds only the
 * {@link Role#GUEST} role and belongs to no unit; they choose their password through a one-time link, sent by
 * email and valid for {@link #LINK_VALIDITY}, which opens the ordinary password-reset page. The caller decides who
 * may invite.
 */
@Service
public class GuestAccounts {

	/** How long the link to choose a password works. */
	public static final Duration LINK_VALIDITY = Duration.ofDays(7);

	private final Persons persons;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final SignedTokens signed;

	private final MessageSource messages;

	private final AgoraProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GuestAccounts(Persons persons, JdbcClient jdbc, Mailer mailer, SignedTokens signed, MessageSource messages,
			AgoraProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.persons = persons;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.signed = signed;
		this.messages = messages;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a guest's account and emails them the link to choose a password.
	 *
	 * @param invitedBy the name of the person who invites the guest, for the email
	 * @param occasion what the guest is invited to, for the email
	 * @return the new person's id
	 * @throws InvalidInputException on {@code email} when the address is not valid or already has an account, on
	 * {@code fullName} when the name is missing or longer than 200 characters
	 */
	@Transactional
	public long create(String email, String fullName, String invitedBy, String occasion) {
		if (email == null || email.length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInputException("email", "guest.error.email", "Give a valid email address.");
		}
		if (persons.existsByEmail(Person.normalizeEmail(email))) {
			throw new InvalidInputException("email", "guest.error.emailTaken", "Someone already has this email.");
		}
		if (fullName == null || fullName.isBlank() || fullName.strip().length() > 200) {
			throw new InvalidInputException("fullName", "guest.error.name", "Give the guest's name.");
		}
		var now = clock.instant();
		Person person;
		try {
			person = persons.save(Person.create(email, fullName, null, Set.of(Role.GUEST), now));
		}
		catch (RuntimeException e) {
			if (!duplicateKey(e)) {
				throw e;
			}
			// someone else gave this address an account in the same moment; trying again invites that account
			throw new InvalidInputException("email", "guest.error.createdMeanwhile",
					"This address got an account a moment ago; send the invitation again.");
		}
		events.publishEvent(new PersonJoined(person.id, null));
		String token = Hashes.newSecret("");
		jdbc.sql("insert into people_password_reset (token_hash, person_id, created_at, expires_at)"
				+ " values (:hash, :person, :now, :expires)")
			.param("hash", Hashes.sha256(token))
			.param("person", person.id)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(LINK_VALIDITY)))
			.update();
		var locale = Locale.forLanguageTag(person.locale);
		String link = properties.link("/password/reset?token=" + token);
		mailer.send(person.email, messages.getMessage("guest.mail.subject", new Object[] { occasion }, locale),
				messages.getMessage("guest.mail.body",
						new Object[] { person.fullName, invitedBy, occasion, link, LINK_VALIDITY.toDays() }, locale),
				signed.unsubscribePath(person.id, "all"));
		return person.id;
	}

	/** Whether the failure, or its cause (Spring Data JDBC wraps it), is a unique key already taken. */
	private static boolean duplicateKey(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof org.springframework.dao.DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}
}
