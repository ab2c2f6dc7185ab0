package org.agora.recognition;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.OrganizationClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger, append-only. Every award is keyed by what earned it, so the same event delivered twice awards
 * once; it earns the rule's points in force when it is recorded, up to the rule's daily cap for the person (past the
 * cap it is kept with 0 points, so a second delivery is still recognized). Points are taken back by a second row with
 * the negative points, naming the award; a restored subject earns them again the same way. Awards for one person are
 * recorded one at a time, so two at once cannot both slip under a cap.
 */
@Component
@Transactional
class Ledger {

	/**
	 * What earned points. The source key names it uniquely, such as answer-posted-42; the subject kind and id name the
	 * content behind it, whose removal takes the points back.
	 */
	record Award(long personId, PointRule rule, String sourceKey, String subjectKind, long subjectId,
			boolean privateSource, Instant occurredAt) {
	}

	/** One row of a person's ledger. */
	record Entry(long id, long personId, PointRule rule, int points, String subjectKind, long subjectId,
			boolean privateSource, boolean capped, Long reverses, Instant occurredAt) {
	}

	private static final String ENTRY = """
			select id, person_id, rule_key, points, subject_kind, subject_id, private_source, capped, reverses,
			  occurred_at
			from recognition_entry""";

	private final JdbcClient jdbc;

	private final Rules rules;

	private final OrganizationClock clock;

	Ledger(JdbcClient jdbc, Rules rules, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Records the award, once; returns the points it earned (0 when capped or the rule awards nothing), or -1 when it
	 * was already recorded.
	 */
	int award(Award award) {
		lockPerson(award.personId());
		if (exists(award.sourceKey())) {
			return -1;
		}
		var values = rules.of(award.rule());
		var day = clock.day(award.occurredAt());
		int earned = jdbc.sql("""
				select coalesce(sum(points), 0) from recognition_entry
				where person_id = :p and rule_key = :r and occurred_on = :d and reverses is null""")
			.param("p", award.personId()).param("r", award.rule().name()).param("d", Date.valueOf(day))
			.query(Integer.class).single();
		int points = Math.max(0, Math.min(values.points(), values.dailyCap() - earned));
		boolean capped = points < values.points();
		int inserted = insert(award.personId(), award.rule(), points, award.sourceKey(), award.subjectKind(),
				award.subjectId(), award.privateSource(), capped, null, award.occurredAt());
		return inserted == 1 ? points : -1;
	}

	/**
	 * Takes back what the subject's awards still count (by this rule, or all rules for null), as of {@code at};
	 * nothing when they were taken back already.
	 */
	void reverse(PointRule rule, String subjectKind, long subjectId, Instant at) {
		for (var award : awards(rule, subjectKind, subjectId)) {
			lockPerson(award.personId());
			int net = net(award.id());
			if (net > 0) {
				insert(award.personId(), award.rule(), -net, "reversal:" + award.id() + ":" + followers(award.id()),
						award.subjectKind(), award.subjectId(), award.privateSource(), false, award.id(), at);
			}
		}
	}

	/** Gives back what reversed awards of the subject had earned, as of {@code at}; nothing when they count already. */
	void restore(PointRule rule, String subjectKind, long subjectId, Instant at) {
		for (var award : awards(rule, subjectKind, subjectId)) {
			lockPerson(award.personId());
			int net = net(award.id());
			if (net < award.points()) {
				insert(award.personId(), award.rule(), award.points() - net,
						"restore:" + award.id() + ":" + followers(award.id()), award.subjectKind(), award.subjectId(),
						award.privateSource(), false, award.id(), at);
			}
		}
	}

	/** A person's rows, newest first. */
	List<Entry> entriesOf(long personId, int limit) {
		return jdbc.sql(ENTRY + " where person_id = :p order by occurred_at desc, id desc fetch first :n rows only")
			.param("p", personId).param("n", limit)
			.query(Ledger::entry).list();
	}

	/** A person's points, all time. */
	int total(long personId) {
		return jdbc.sql("select coalesce(sum(points), 0) from recognition_entry where person_id = :p")
			.param("p", personId).query(Integer.class).single();
	}

	/** Each person's points earned from the first instant up to the second, for the people who earned any. */
	Map<Long, Integer> totals(Instant from, Instant to) {
		Map<Long, Integer> totals = new HashMap<>();
		jdbc.sql("""
				select person_id, sum(points) from recognition_entry
				where occurred_at >= :from and occurred_at < :to group by person_id""")
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
			.query((rs, n) -> totals.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return totals;
	}

	boolean exists(String sourceKey) {
		return jdbc.sql("select count(*) from recognition_entry where source_key = :k").param("k", sourceKey)
			.query(Integer.class).single() > 0;
	}

	/** The awards (not their reversals) for the subject, by the rule or all. */
	private List<Entry> awards(PointRule rule, String subjectKind, long subjectId) {
		String where = " where subject_kind = :k and subject_id = :s and reverses is null"
				+ (rule == null ? "" : " and rule_key = :r") + " order by id";
		var sql = jdbc.sql(ENTRY + where).param("k", subjectKind).param("s", subjectId);
		if (rule != null) {
			sql = sql.param("r", rule.name());
		}
		return sql.query(Ledger::entry).list();
	}

	private int net(long awardId) {
		return jdbc.sql("select coalesce(sum(points), 0) from recognition_entry where id = :id or reverses = :id")
			.param("id", awardId).query(Integer.class).single();
	}

	private int followers(long awardId) {
		return jdbc.sql("select count(*) from recognition_entry where reverses = :id").param("id", awardId)
			.query(Integer.class).single();
	}

	/**
	 * Takes the person's row, made if missing, for the rest of the transaction: their awards, and anything else
	 * counted per person (badges), go one at a time, each seeing what the one before it committed.
	 */
	void lockPerson(long personId) {
		jdbc.sql("""
				insert into recognition_profile (person_id, leaderboard_opt_out, updated_at) values (:p, false, :now)
				on conflict do nothing""")
			.param("p", personId).param("now", Timestamp.from(clock.now()))
			.update();
		jdbc.sql("select person_id from recognition_profile where person_id = :p for update").param("p", personId)
			.query(Long.class).single();
	}

	private int insert(long personId, PointRule rule, int points, String key, String subjectKind, long subjectId,
			boolean privateSource, boolean capped, Long reverses, Instant at) {
		Map<String, Object> p = new HashMap<>();
		p.put("p", personId);
		p.put("r", rule.name());
		p.put("points", points);
		p.put("key", key);
		p.put("kind", subjectKind);
		p.put("subject", subjectId);
		p.put("private", privateSource);
		p.put("capped", capped);
		p.put("reverses", reverses);
		p.put("at", Timestamp.from(at));
		p.put("on", Date.valueOf(clock.day(at)));
		p.put("now", Timestamp.from(clock.now()));
		return jdbc.sql("""
				insert into recognition_entry (person_id, rule_key, points, source_key, subject_kind, subject_id,
				  private_source, capped, reverses, occurred_at, occurred_on, recorded_at)
				values (:p, :r, :points, :key, :kind, :subject, :private, :capped, :reverses, :at, :on, :now)
				on conflict do nothing""")
			.params(p)
			.update();
	}

	private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long reverses = rs.getLong(9);
		Long reversed = rs.wasNull() ? null : reverses;
		return new Entry(rs.getLong(1), rs.getLong(2), PointRule.parse(rs.getString(3)), rs.getInt(4),
				rs.getString(5), rs.getLong(6), rs.getBoolean(7), rs.getBoolean(8), reversed,
				rs.getTimestamp(10).toInstant());
	}
}
