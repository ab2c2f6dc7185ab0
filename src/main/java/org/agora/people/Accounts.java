package org.agora.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.agora.platform.security.AccessTokens;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.CurrentAccounts;
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
class Accounts implements UserDetailsService, AccessTokens, SingleSignOnAccounts, CurrentAccounts {

	static final int MIN_PASSWORD_LENGTH = 10;

	static final int MAX_PASSWORD_BYTES = 72;

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
		var credentials = credentials(person.id);
		if (credentials == null || credentials.hash() == null) {
			throw new UsernameNotFoundException("No password set");
		}
		return userOf(person, credentials.hash(), credentials.changedAt());
	}

	/**
	 * The account as it is now, read on every signed-in request: one statement (the person, the password's change
	 * time and the roles, one row per role) instead of loading the whole person.
	 */
	@Override
	public Optional<AccountUser> current(long personId) {
		return account(personId, true);
	}

	/**
	 * A person's account with its roles, and the time its password last changed when {@code withCredentials}; empty
	 * when there is no such person.
	 */
	private Optional<AccountUser> account(long personId, boolean withCredentials) {
		var rows = jdbc.sql("""
				select p.id, p.email, p.full_name, p.active, p.time_zone, r.role, a.password_changed_at
				from people_person p
				left join people_person_role r on r.person_id = p.id
				left join people_account a on a.person_id = p.id
				where p.id = :id""").param("id", personId).query((rs, n) -> new AccountRow(rs.getLong(1), rs.getString(2),
				rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6),
				rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant())).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		var first = rows.get(0);
		var roles = rows.stream().map(AccountRow::role).filter(java.util.Objects::nonNull).map(Role::valueOf)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		return Optional.of(new AccountUser(first.id(), first.email(), first.fullName(), roles, null, first.active(),
				withCredentials ? first.credentialsChangedAt() : null,
				org.agora.platform.TimeZones.parse(first.timeZone()).orElse(null)));
	}

	private record AccountRow(long id, String email, String fullName, boolean active, String timeZone, String role,
			Instant credentialsChangedAt) {
	}

	private record UsedToken(long personId, Instant lastUsedAt) {
	}

	private record Credentials(String hash, Instant changedAt) {
	}

	private Credentials credentials(long personId) {
		return jdbc.sql("select password_hash, password_changed_at from people_account where person_id = :id")
			.param("id", personId)
			.query((rs, n) -> new Credentials(rs.getString(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.optional()
			.orElse(null);
	}

	static AccountUser userOf(Person person, String hash, Instant credentialsChangedAt) {
		return new AccountUser(person.id, person.email, person.fullName, person.roleSet(), hash, person.active,
				credentialsChangedAt, org.agora.platform.TimeZones.parse(person.timeZone).orElse(null));
	}

	/**
	 * Sets a new password. Every other way into the account made with the old one ends: remembered browsers,
	 * other sessions (see {@link #current}) and reset links not yet used.
	 */
	@Transactional
	void changePassword(long personId, String rawPassword) {
		if (!acceptablePassword(rawPassword)) {
			throw new IllegalArgumentException("Password does not meet the rules");
		}
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
		jdbc.sql("update people_password_reset set used_at = :now where person_id = :id and used_at is null")
			.param("now", now)
			.param("id", personId)
			.update();
		persons.findById(personId)
			.ifPresent(p -> jdbc.sql("delete from persistent_logins where username = :email").param("email", p.email).update());
	}

	/** At least 10 characters, and at most the 72 bytes that BCrypt reads. */
	static boolean acceptablePassword(String password) {
		return password != null && password.length() >= MIN_PASSWORD_LENGTH
				&& password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

	boolean passwordMatches(long personId, String rawPassword) {
		return jdbc.sql("select password_hash from people_account where person_id = :id")
			.param("id", personId)
			.query(String.class)
			.optional()
			.map(hash -> encoder.matches(rawPassword, hash))
			.orElse(false);
	}

	@Override
	@Transactional
	public Optional<AccountUser> authenticate(String rawToken) {
		String hash = Hashes.sha256(rawToken);
		var token = jdbc.sql("select person_id, last_used_at from people_access_token where token_hash = :hash and revoked_at is null")
			.param("hash", hash)
			.query((rs, n) -> new UsedToken(rs.getLong(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.optional();
		if (token.isEmpty()) {
			return Optional.empty();
		}
		// "last used" to the minute: a script calling many times a second writes once a minute, not every time
		var now = clock.instant();
		if (token.get().lastUsedAt() == null || token.get().lastUsedAt().isBefore(now.minusSeconds(60))) {
			jdbc.sql("""
					update people_access_token set last_used_at = :now
					where token_hash = :hash and (last_used_at is null or last_used_at < :stale)""")
				.param("now", Timestamp.from(now))
				.param("stale", Timestamp.from(now.minusSeconds(60)))
				.param("hash", hash)
				.update();
		}
		return account(token.get().personId(), false);
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
		return current(person.id).orElseThrow();
	}
}
