package org.agora.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.agora.platform.security.AccessTokens;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.agora.platform.security.SingleSignOnAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in credentials: passwords, personal access tokens, and accounts made by single sign-on. */
@Service
class Accounts implements UserDetailsService, AccessTokens, SingleSignOnAccounts {

	static final int MIN_PASSWORD_LENGTH = 10;

	private final Persons persons;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Accounts(Persons persons, JdbcClient jdbc, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
		this.persons = persons;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public AccountUser loadUserByUsername(String email) {
		var person = persons.findByEmail(Person.normalizeEmail(email))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		String hash = jdbc.sql("select password_hash from people_account where person_id = :id")
			.param("id", person.id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (hash == null) {
			throw new UsernameNotFoundException("No password set");
		}
		return userOf(person, hash);
	}

	static AccountUser userOf(Person person, String hash) {
		return new AccountUser(person.id, person.email, person.fullName, person.roleSet(), hash, person.active);
	}

	@Transactional
	void setPassword(long personId, String rawPassword) {
		String hash = encoder.encode(rawPassword);
		var now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("update people_account set password_hash = :hash, password_changed_at = :now where person_id = :id")
			.param("hash", hash)
			.param("now", now)
			.param("id", personId)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into people_account (person_id, password_hash, password_changed_at) values (:id, :hash, :now)")
				.param("id", personId)
				.param("hash", hash)
				.param("now", now)
				.update();
		}
	}

	boolean passwordMatches(long personId, String rawPassword) {
		return jdbc.sql("select password_hash from people_account where person_id = :id")
			.param("id", personId)
			.query(String.class)
			.optional()
			.map(hash -> encoder.matches(rawPassword, hash))
			.orElse(false);
	}

	/** Signs the person out of every remembered browser, e.g. after a password change. */
	void forgetRememberedLogins(String email) {
		jdbc.sql("delete from persistent_logins where username = :email").param("email", email).update();
	}

	@Override
	@Transactional
	public Optional<AccountUser> authenticate(String rawToken) {
		var personId = jdbc.sql("select person_id from people_access_token where token_hash = :hash and revoked_at is null")
			.param("hash", Hashes.sha256(rawToken))
			.query(Long.class)
			.optional();
		personId.ifPresent(id -> jdbc.sql("update people_access_token set last_used_at = :now where token_hash = :hash")
			.param("now", Timestamp.from(clock.instant()))
			.param("hash", Hashes.sha256(rawToken))
			.update());
		return personId.flatMap(persons::findById).map(p -> userOf(p, ""));
	}

	@Override
	@Transactional
	public AccountUser signIn(String email, String name) {
		var person = persons.findByEmail(Person.normalizeEmail(email)).orElseGet(() -> {
			var created = persons.save(Person.create(email, name == null || name.isBlank() ? email : name, null,
					Set.of(Role.EMPLOYEE), clock.instant()));
			events.publishEvent(new PersonJoined(created.id, null));
			return created;
		});
		return userOf(person, "");
	}
}
