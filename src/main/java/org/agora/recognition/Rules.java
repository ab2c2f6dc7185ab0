package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules in force: points and daily cap per {@link PointRule}, one row each (seeded with the defaults), and the
 * trail of their changes. A change applies from then on; the ledger keeps what each entry was awarded with.
 */
@Component
@Transactional(readOnly = true)
class Rules {

	/** A rule's values. */
	record Values(int points, int dailyCap) {
	}

	/** One change of the trail. */
	record Change(PointRule rule, int oldPoints, int newPoints, int oldCap, int newCap, long changedBy,
			Instant changedAt) {
	}

	private final JdbcClient jdbc;

	private final RecognitionPolicy policy;

	private final OrganizationClock clock;

	Rules(JdbcClient jdbc, RecognitionPolicy policy, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	Map<PointRule, Values> all() {
		Map<PointRule, Values> values = new EnumMap<>(PointRule.class);
		for (PointRule rule : PointRule.values()) {
			values.put(rule, new Values(rule.points, rule.dailyCap));
		}
		jdbc.sql("select rule_key, points, daily_cap from recognition_rule").query((rs, n) -> {
			var rule = PointRule.parse(rs.getString(1));
			if (rule != null) {
				values.put(rule, new Values(rs.getInt(2), rs.getInt(3)));
			}
			return null;
		}).list();
		return values;
	}

	Values of(PointRule rule) {
		return all().get(rule);
	}

	/**
	 * Sets the rules to these values, all or nothing, and records each that changed. Points run from 0 (the rule
	 * awards nothing) to {@link PointRule#MAX_POINTS}; a cap from 0 to {@link PointRule#MAX_CAP}. The rows are locked
	 * first, so two managers saving at once are recorded one after the other.
	 */
	@Transactional
	void change(AgoraPrincipal viewer, Map<PointRule, Values> wanted) {
		if (!policy.mayChangeRules(viewer)) {
			throw new AccessDeniedException("Community managers change the recognition rules");
		}
		for (PointRule rule : PointRule.values()) {
			var value = wanted.get(rule);
			if (value == null) {
				throw new InvalidInputException(field(rule, "points"), "recognition.rules.error.required",
						"Give the points and the daily cap of every rule.");
			}
			if (value.points() < 0 || value.points() > PointRule.MAX_POINTS) {
				throw new InvalidInputException(field(rule, "points"), "recognition.rules.error.points",
						"Points run from 0 to " + PointRule.MAX_POINTS + ".");
			}
			if (value.dailyCap() < 0 || value.dailyCap() > PointRule.MAX_CAP) {
				throw new InvalidInputException(field(rule, "cap"), "recognition.rules.error.cap",
						"A daily cap runs from 0 to " + PointRule.MAX_CAP + ".");
			}
		}
		jdbc.sql("select rule_key from recognition_rule order by rule_key for update").query(String.class).list();
		var current = all();
		var now = Timestamp.from(clock.now());
		for (PointRule rule : PointRule.values()) {
			var before = current.get(rule);
			var after = wanted.get(rule);
			if (before.equals(after)) {
				continue;
			}
			jdbc.sql("""
					update recognition_rule set points = :points, daily_cap = :cap, updated_by = :by, updated_at = :now
					where rule_key = :key""")
				.param("points", after.points()).param("cap", after.dailyCap()).param("by", viewer.personId())
				.param("now", now).param("key", rule.name())
				.update();
			jdbc.sql("""
					insert into recognition_rule_change (rule_key, old_points, new_points, old_cap, new_cap, changed_by,
					  changed_at)
					values (:key, :op, :np, :oc, :nc, :by, :now)""")
				.param("key", rule.name()).param("op", before.points()).param("np", after.points())
				.param("oc", before.dailyCap()).param("nc", after.dailyCap()).param("by", viewer.personId())
				.param("now", now)
				.update();
		}
	}

	/** The trail, newest first. */
	List<Change> trail(int limit) {
		return jdbc.sql("""
				select rule_key, old_points, new_points, old_cap, new_cap, changed_by, changed_at
				from recognition_rule_change order by changed_at desc, id desc fetch first :n rows only""")
			.param("n", limit)
			.query((rs, n) -> new Change(PointRule.parse(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getLong(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** The form field of a rule's value: {@code ANSWER_POSTED.points}. */
	static String field(PointRule rule, String part) {
		return rule.name() + "." + part;
	}
}
