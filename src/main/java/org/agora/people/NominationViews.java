package org.agora.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Nominations as people read them, with names; each viewer sees only what the policy allows. */
@Component
@Transactional(readOnly = true)
class NominationViews {

	record View(long id, long nomineeId, String nomineeName, String nomineeUnit, long nominatorId,
			String nominatorName, String reason, NominationStatus status, Instant createdAt, String deciderName,
			Instant decidedAt, String decisionNote) {
	}

	record Criterion(String code, String labelEn, String labelHe) {

		String label(String lang) {
			return "he".equals(lang) ? labelHe : labelEn;
		}
	}

	private static final String SELECT = """
			select n.id, n.nominee_id, e.full_name as nominee_name, u.name as unit_name, n.nominator_id,
			       r.full_name as nominator_name, n.reason, n.status, n.created_at, d.full_name as decider_name,
			       n.decided_at, n.decision_note
			from people_nomination n
			join people_person e on e.id = n.nominee_id
			left join people_unit u on u.id = e.unit_id
			join people_person r on r.id = n.nominator_id
			left join people_person d on d.id = n.decided_by
			""";

	private final JdbcClient jdbc;

	private final PeoplePolicy policy;

	NominationViews(JdbcClient jdbc, PeoplePolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/** Managers see every nomination; others see the ones they made. */
	List<View> visibleTo(AgoraPrincipal viewer, NominationStatus status) {
		var where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (!policy.mayReviewNominations(viewer)) {
			where.append(" and n.nominator_id = :viewer");
			params.put("viewer", viewer.personId());
		}
		if (status != null) {
			where.append(" and n.status = :status");
			params.put("status", status.name());
		}
		return jdbc.sql(SELECT + where + " order by n.created_at desc, n.id desc").params(params).query(this::map).list();
	}

	View find(long id) {
		return jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(this::map).optional().orElse(null);
	}

	long pendingCount() {
		return jdbc.sql("select count(*) from people_nomination where status = 'PENDING'").query(Long.class).single();
	}

	List<Criterion> criteria() {
		return jdbc.sql("select code, label_en, label_he from people_selection_criterion where active order by position")
			.query((rs, n) -> new Criterion(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private View map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new View(rs.getLong("id"), rs.getLong("nominee_id"), rs.getString("nominee_name"),
				rs.getString("unit_name"), rs.getLong("nominator_id"), rs.getString("nominator_name"),
				rs.getString("reason"), NominationStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("created_at")), rs.getString("decider_name"),
				instant(rs.getTimestamp("decided_at")), rs.getString("decision_note"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
