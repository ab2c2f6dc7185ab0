package org.agora.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens for API clients; Agora keeps only their hash and shows a new token once. */
@Service
class PersonalTokens {

	record Token(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	PersonalTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates a token and returns its secret, which is never shown again. */
	@Transactional
	String create(long personId, String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "token.error.name", "Name the token in up to 100 characters.");
		}
		long active = jdbc.sql("select count(*) from people_access_token where person_id = :id and revoked_at is null")
			.param("id", personId)
			.query(Long.class)
			.single();
		if (active >= 20) {
			throw new InvalidInputException("name", "token.error.tooMany", "Revoke a token before creating more than 20.");
		}
		String secret = Hashes.newSecret("agora_");
		jdbc.sql("insert into people_access_token (person_id, name, token_hash, created_at) values (:id, :name, :hash, :now)")
			.param("id", personId)
			.param("name", name.strip())
			.param("hash", Hashes.sha256(secret))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return secret;
	}

	List<Token> of(long personId) {
		return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from people_access_token"
				+ " where person_id = :id order by created_at desc, id desc")
			.param("id", personId)
			.query((rs, n) -> new Token(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
					instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
			.list();
	}

	/** Revokes one of the person's own tokens; false when it is not theirs. */
	@Transactional
	boolean revoke(long personId, long tokenId) {
		return jdbc.sql("update people_access_token set revoked_at = :now where id = :id and person_id = :person and revoked_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", tokenId)
			.param("person", personId)
			.update() == 1;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
