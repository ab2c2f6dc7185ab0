package org.agora.recognition;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's awards that still hold: recorded, and not taken back (or given back since). Badges count these, so an
 * award whose content was removed counts no more; a capped award holds, as what earned it happened.
 */
@Component
@Transactional(readOnly = true)
class HeldAwards {

	/** A reversal and a later restore sum to 0; a standing reversal to less. */
	private static final String HELD = """
			from recognition_entry e
			where e.reverses is null
			  and coalesce((select sum(f.points) from recognition_entry f where f.reverses = e.id), 0) >= 0""";

	private final JdbcClient jdbc;

	HeldAwards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many distinct subjects the person's held awards by the rule are for. Only what the organization may see
	 * counts: a badge and its count are public, and must not tell of what was done in a private space.
	 */
	int subjects(long personId, PointRule rule) {
		return jdbc.sql("select count(distinct e.subject_id) " + HELD
				+ " and e.person_id = :p and e.rule_key = :r and not e.private_source")
			.param("p", personId).param("r", rule.name())
			.query(Integer.class).single();
	}

	/** The days, in the organization's zone, of the person's held awards by the rule, outside private spaces. */
	List<LocalDate> days(long personId, PointRule rule) {
		return jdbc.sql("select distinct e.occurred_on " + HELD
				+ " and e.person_id = :p and e.rule_key = :r and not e.private_source")
			.param("p", personId).param("r", rule.name())
			.query((rs, n) -> rs.getDate(1).toLocalDate())
			.list();
	}

	/** Whether an award by the rule for the subject holds, whoever it went to. */
	boolean any(PointRule rule, String subjectKind, long subjectId) {
		return jdbc.sql("select count(*) " + HELD + " and e.rule_key = :r and e.subject_kind = :k and e.subject_id = :s")
			.param("r", rule.name()).param("k", subjectKind).param("s", subjectId)
			.query(Integer.class).single() > 0;
	}
}
