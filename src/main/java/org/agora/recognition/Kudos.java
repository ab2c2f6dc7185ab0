package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.Text;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kudos: anyone in the organization thanks a colleague with a short message, in public (the timeline and the
 * colleague's profile show it) or in private (only the two of them ever see it). Each kudos earns the colleague
 * points, once; a giver sends at most twenty a day.
 */
@Service
@Transactional
class Kudos {

	static final int MAX_MESSAGE = 280;

	static final int DAILY_LIMIT = 20;

	/** A kudos, with the names of its giver and receiver. */
	record Thanks(long id, long fromId, String fromName, long toId, String toName, String message, boolean isPublic,
			Instant createdAt) {
	}

	private static final String SELECT = """
			select id, from_id, to_id, message, public, created_at from recognition_kudos k""";

	private final JdbcClient jdbc;

	private final People people;

	private final Ledger ledger;

	private final Achievements achievements;

	private final RecognitionPolicy policy;

	private final OrganizationClock clock;

	Kudos(JdbcClient jdbc, People people, Ledger ledger, Achievements achievements, RecognitionPolicy policy,
			OrganizationClock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.ledger = ledger;
		this.achievements = achievements;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Sends the viewer's kudos and returns its id; a rule it breaks names its field (toId or message) and nothing is
	 * saved. The colleague earns the kudos' points in the same transaction; a public kudos goes on the timeline.
	 */
	long give(AgoraPrincipal viewer, Long toId, String message, boolean isPublic) {
		if (!policy.mayGiveKudos(viewer)) {
			throw new AccessDeniedException("Kudos are given within the organization");
		}
		var to = recipient(viewer, toId);
		String text = message(message);
		// both rows in one order, as the ledger takes the receiver's: two people thanking each other cannot deadlock
		ledger.lockPerson(Math.min(viewer.personId(), to.id()));
		ledger.lockPerson(Math.max(viewer.personId(), to.id()));
		Instant now = clock.now();
		if (sentSince(viewer.personId(), clock.start(clock.day(now))) >= DAILY_LIMIT) {
			throw new InvalidInputException("message", "recognition.kudos.error.rate",
					"You have sent " + DAILY_LIMIT + " kudos today; send more tomorrow.");
		}
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into recognition_kudos (from_id, to_id, message, public, created_at)
				values (:from, :to, :message, :public, :now)""")
			.param("from", viewer.personId())
			.param("to", to.id())
			.param("message", text)
			.param("public", isPublic)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		ledger.award(new Ledger.Award(to.id(), PointRule.KUDOS_RECEIVED, "kudos:" + id, Subjects.KUDOS, id, !isPublic,
				now));
		if (isPublic) {
			achievements.record(new Achievements.Item(AchievementKind.KUDOS, "kudos-" + id, to.id(), viewer.personId(),
					to.unitId(), id, text, "/people/" + to.id(), now));
		}
		return id;
	}

	/**
	 * The kudos the viewer may see, newest first: all of them, or those a person received (personId), or those the
	 * viewer gave or received (mine); a page of the size, after the kudos of the id before when given.
	 */
	@Transactional(readOnly = true)
	List<Thanks> list(AgoraPrincipal viewer, Long personId, boolean mine, Long before, int size) {
		if (!policy.maySee(viewer)) {
			return List.of();
		}
		var where = new StringBuilder(" where (k.public or k.from_id = :viewer or k.to_id = :viewer)");
		Map<String, Object> params = new HashMap<>();
		params.put("viewer", viewer.personId());
		if (personId != null) {
			where.append(" and k.to_id = :person");
			params.put("person", personId);
		}
		if (mine) {
			where.append(" and (k.from_id = :viewer or k.to_id = :viewer)");
		}
		if (before != null) {
			where.append(" and k.id < :before");
			params.put("before", before);
		}
		return query(viewer, where.toString(), params, size);
	}

	/** The kudos of the id, when the viewer may see it. */
	@Transactional(readOnly = true)
	Optional<Thanks> find(AgoraPrincipal viewer, long id) {
		if (!policy.maySee(viewer)) {
			return Optional.empty();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("viewer", viewer.personId());
		params.put("id", id);
		return query(viewer, " where (k.public or k.from_id = :viewer or k.to_id = :viewer) and k.id = :id", params, 1)
			.stream()
			.findFirst();
	}

	private List<Thanks> query(AgoraPrincipal viewer, String where, Map<String, Object> params, int size) {
		params.put("n", size);
		var rows = jdbc.sql(SELECT + where + " order by k.id desc fetch first :n rows only")
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getBoolean(5), rs.getTimestamp(6).toInstant() })
			.list();
		List<Long> ids = new ArrayList<>();
		rows.forEach(r -> {
			ids.add((Long) r[1]);
			ids.add((Long) r[2]);
		});
		var names = people.findAll(ids);
		// the same rule as the query's, asked of the policy, so that the two cannot drift apart unseen
		return rows.stream()
			.filter(r -> policy.maySeeKudos(viewer, (Boolean) r[4], (Long) r[1], (Long) r[2]))
			.map(r -> new Thanks((Long) r[0], (Long) r[1], name(names, (Long) r[1]), (Long) r[2],
					name(names, (Long) r[2]), (String) r[3], (Boolean) r[4], (Instant) r[5]))
			.toList();
	}

	/** Everyone the viewer may thank: active people of the organization but the viewer, by name. */
	@Transactional(readOnly = true)
	List<PersonSummary> recipients(AgoraPrincipal viewer) {
		Map<Long, PersonSummary> found = new LinkedHashMap<>();
		for (var role : Role.values()) {
			if (role != Role.GUEST) {
				people.withRole(role).forEach(p -> found.putIfAbsent(p.id(), p));
			}
		}
		return found.values()
			.stream()
			.filter(p -> p.id() != viewer.personId())
			.sorted(Comparator.comparing(PersonSummary::fullName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(PersonSummary::id))
			.toList();
	}

	private PersonSummary recipient(AgoraPrincipal viewer, Long toId) {
		if (toId == null) {
			throw new InvalidInputException("toId", "recognition.kudos.error.to", "Choose the colleague to thank.");
		}
		if (toId == viewer.personId()) {
			throw new InvalidInputException("toId", "recognition.kudos.error.self",
					"Kudos are for a colleague, not for yourself.");
		}
		return people.find(toId)
			.filter(PersonSummary::active)
			.filter(p -> p.roles().stream().anyMatch(r -> r != Role.GUEST))
			.orElseThrow(() -> new InvalidInputException("toId", "recognition.kudos.error.recipient",
					"Choose an active colleague in the organization."));
	}

	private static String message(String typed) {
		String text = Text.blankToNull(Text.withoutNul(typed));
		if (text == null) {
			throw new InvalidInputException("message", "recognition.kudos.error.message",
					"Write a few words of thanks.");
		}
		if (text.length() > MAX_MESSAGE) {
			throw new InvalidInputException("message", "recognition.kudos.error.long",
					"Keep the thanks to " + MAX_MESSAGE + " characters.");
		}
		return text;
	}

	private int sentSince(long giverId, Instant since) {
		return jdbc.sql("select count(*) from recognition_kudos where from_id = :from and created_at >= :since")
			.param("from", giverId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	private static String name(Map<Long, PersonSummary> names, long id) {
		var person = names.get(id);
		return person == null ? "" : person.fullName();
	}
}
