package org.agora.knowledgemap;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scales in force, one row per key (seeded with {@link MapScales#DEFAULTS}, which also stand in for a row that is
 * missing), and their trail: every change records who made it, when, and the value before and after. Priorities and
 * risk levels are computed with the scales when read, so a change re-ranks everything at once and rewrites nothing.
 */
@Component
@Transactional(readOnly = true)
class MapSettings {

	/** One change of the trail. */
	record Change(String key, int oldValue, int newValue, long changedBy, java.time.Instant changedAt) {
	}

	/** The keys, in the order a form shows them, with the range each may take. */
	enum Key {

		IMPORTANCE_WEIGHT("importanceWeight", 1, 5), SCARCITY_WEIGHT("scarcityWeight", 1, 5),
		FREQUENCY_WEIGHT("frequencyWeight", 1, 5), MONTHS_FOR_5("monthsFor5", 1, 120),
		MONTHS_FOR_4("monthsFor4", 1, 120), MONTHS_FOR_3("monthsFor3", 1, 180), MONTHS_FOR_2("monthsFor2", 1, 240),
		HIGH_RISK("highRisk", 2, 25), MEDIUM_RISK("mediumRisk", 1, 24);

		final String field;

		final int min;

		final int max;

		Key(String field, int min, int max) {
			this.field = field;
			this.min = min;
			this.max = max;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final KnowledgeMapPolicy policy;

	MapSettings(JdbcClient jdbc, Clock clock, KnowledgeMapPolicy policy) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = policy;
	}

	MapScales scales() {
		var values = values();
		return new MapScales(values.get(Key.IMPORTANCE_WEIGHT), values.get(Key.SCARCITY_WEIGHT),
				values.get(Key.FREQUENCY_WEIGHT), values.get(Key.MONTHS_FOR_5), values.get(Key.MONTHS_FOR_4),
				values.get(Key.MONTHS_FOR_3), values.get(Key.MONTHS_FOR_2), values.get(Key.HIGH_RISK),
				values.get(Key.MEDIUM_RISK));
	}

	Map<Key, Integer> values() {
		return values("select setting_key, setting_value from knowledgemap_setting");
	}

	/**
	 * The values in force, their rows (one per key since V7_1_5) locked until the transaction ends, so that a change
	 * made meanwhile waits for this one and then reads what it wrote. Locked in one order, so two never deadlock.
	 */
	private Map<Key, Integer> lockedValues() {
		return values("select setting_key, setting_value from knowledgemap_setting order by setting_key for update");
	}

	private Map<Key, Integer> values(String select) {
		Map<String, Integer> stored = new LinkedHashMap<>();
		jdbc.sql(select).query((rs, n) -> stored.put(rs.getString(1), rs.getInt(2))).list();
		var defaults = defaults();
		Map<Key, Integer> values = new LinkedHashMap<>();
		for (Key key : Key.values()) {
			values.put(key, stored.getOrDefault(key.field, defaults.get(key)));
		}
		return values;
	}

	/**
	 * Sets the scales to these values, all or nothing, and records each value that changed, from the value it had
	 * when the change took its turn. The bands must rise (5 before 4 before 3 before 2) and medium must lie below
	 * high.
	 */
	@Transactional
	void change(AgoraPrincipal viewer, Map<Key, Integer> wanted) {
		if (!policy.mayChangeScales(viewer)) {
			throw new AccessDeniedException("Community managers change the map's scales");
		}
		var current = lockedValues();
		Map<Key, Integer> next = new LinkedHashMap<>(current);
		for (Key key : Key.values()) {
			Integer value = wanted.get(key);
			if (value == null) {
				throw new InvalidInputException(key.field, "map.scales.error.required", "Give every value.");
			}
			if (value < key.min || value > key.max) {
				throw new InvalidInputException(key.field, "map.scales.error.range." + key.field,
						"Choose a value from " + key.min + " to " + key.max + ".");
			}
			next.put(key, value);
		}
		if (!(next.get(Key.MONTHS_FOR_5) < next.get(Key.MONTHS_FOR_4)
				&& next.get(Key.MONTHS_FOR_4) < next.get(Key.MONTHS_FOR_3)
				&& next.get(Key.MONTHS_FOR_3) < next.get(Key.MONTHS_FOR_2))) {
			throw new InvalidInputException("monthsFor4", "map.scales.error.bands",
					"Each band must reach further than the one before it.");
		}
		if (next.get(Key.MEDIUM_RISK) >= next.get(Key.HIGH_RISK)) {
			throw new InvalidInputException("mediumRisk", "map.scales.error.medium",
					"Medium risk must start below high risk.");
		}
		var now = Timestamp.from(clock.instant());
		for (Key key : Key.values()) {
			int before = current.get(key);
			int after = next.get(key);
			if (before == after) {
				continue;
			}
			int updated = jdbc.sql("""
					update knowledgemap_setting set setting_value = :value, updated_by = :by, updated_at = :now
					where setting_key = :key""")
				.params(Map.of("value", after, "by", viewer.personId(), "now", now, "key", key.field))
				.update();
			if (updated == 0) {
				// only a row removed by hand since V7_1_5 seeded them all
				jdbc.sql("""
						insert into knowledgemap_setting (setting_key, setting_value, updated_by, updated_at)
						values (:key, :value, :by, :now)""")
					.params(Map.of("value", after, "by", viewer.personId(), "now", now, "key", key.field))
					.update();
			}
			jdbc.sql("""
					insert into knowledgemap_setting_change (setting_key, old_value, new_value, changed_by, changed_at)
					values (:key, :old, :new, :by, :now)""")
				.params(Map.of("key", key.field, "old", before, "new", after, "by", viewer.personId(), "now", now))
				.update();
		}
	}

	/** The trail, newest first. */
	List<Change> trail(int limit) {
		return jdbc.sql("""
				select setting_key, old_value, new_value, changed_by, changed_at from knowledgemap_setting_change
				order by changed_at desc, id desc fetch first :n rows only""")
			.param("n", limit)
			.query((rs, n) -> new Change(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	static Map<Key, Integer> defaults() {
		var d = MapScales.DEFAULTS;
		Map<Key, Integer> values = new LinkedHashMap<>();
		values.put(Key.IMPORTANCE_WEIGHT, d.importanceWeight());
		values.put(Key.SCARCITY_WEIGHT, d.scarcityWeight());
		values.put(Key.FREQUENCY_WEIGHT, d.frequencyWeight());
		values.put(Key.MONTHS_FOR_5, d.monthsFor5());
		values.put(Key.MONTHS_FOR_4, d.monthsFor4());
		values.put(Key.MONTHS_FOR_3, d.monthsFor3());
		values.put(Key.MONTHS_FOR_2, d.monthsFor2());
		values.put(Key.HIGH_RISK, d.highRisk());
		values.put(Key.MEDIUM_RISK, d.mediumRisk());
		return values;
	}
}
