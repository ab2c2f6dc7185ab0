package org.agora.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.agora.platform.web.Page;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The people directory: search and filters, one page at a time, with the total. */
@Component
@Transactional(readOnly = true)
class Directory {

	static final int PAGE_SIZE = 20;

	/** Far beyond any real directory; keeps the offset arithmetic safe. */
	static final int MAX_PAGE = 100_000;

	/**
	 * @param includeInactive whether disabled accounts are listed too (for admins)
	 */
	record Query(String q, Long unit, String expertise, Role role, int page, boolean includeInactive) {

		Query(String q, Long unit, String expertise, Role role, int page) {
			this(q, unit, expertise, role, page, false);
		}

		Query {
			q = q == null ? "" : q.strip();
			expertise = expertise == null || expertise.isBlank() ? null : Person.Expertise.normalize(expertise);
			page = Math.min(Math.max(0, page), MAX_PAGE);
		}
	}

	record Card(long id, String fullName, String email, String jobTitle, Long unitId, String unitName,
			LeaderStatus leaderStatus, Set<String> expertise, Set<Role> roles) {
	}

	private final JdbcClient jdbc;

	private final OrgChart chart;

	private final People people;

	Directory(JdbcClient jdbc, OrgChart chart, People people) {
		this.jdbc = jdbc;
		this.chart = chart;
		this.people = people;
	}

	Page<Card> search(Query query) {
		var where = new StringBuilder(query.includeInactive() ? " where 1 = 1" : " where p.active");
		var params = new HashMap<String, Object>();
		if (!query.q().isEmpty()) {
			where.append(" and (lower(p.full_name) like :q or p.email like :q or lower(coalesce(p.job_title, '')) like :q"
					+ " or p.id in (select e.person_id from people_expertise e where e.tag like :q))");
			params.put("q", "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%");
		}
		if (query.unit() != null) {
			where.append(" and p.unit_id in (:units)");
			params.put("units", chart.withDescendants(query.unit()));
		}
		if (query.expertise() != null) {
			where.append(" and exists (select 1 from people_expertise e where e.person_id = p.id and e.tag = :tag)");
			params.put("tag", query.expertise());
		}
		if (query.role() != null) {
			where.append(" and exists (select 1 from people_person_role r where r.person_id = p.id and r.role = :role)");
			params.put("role", query.role().name());
		}
		long total = jdbc.sql("select count(*) from people_person p" + where).params(params).query(Long.class).single();
		var rows = jdbc.sql("""
				select p.id, p.full_name, p.email, p.job_title, p.unit_id, u.name, p.leader_status
				from people_person p left join people_unit u on u.id = p.unit_id""" + where
				+ " order by lower(p.full_name), p.id offset :offset rows fetch next :size rows only")
			.params(params)
			.param("offset", query.page() * PAGE_SIZE)
			.param("size", PAGE_SIZE)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, Long.class), rs.getString(6), rs.getString(7) })
			.list();
		return new Page<>(cards(rows), query.page(), PAGE_SIZE, total);
	}

	private List<Card> cards(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(r -> (Long) r[0]).toList();
		var expertise = expertiseOf(ids);
		var roles = people.rolesOf(ids);
		var cards = new ArrayList<Card>();
		for (var r : rows) {
			long id = (Long) r[0];
			cards.add(new Card(id, (String) r[1], (String) r[2], (String) r[3], (Long) r[4], (String) r[5],
					r[6] == null ? null : LeaderStatus.valueOf((String) r[6]), expertise.getOrDefault(id, Set.of()),
					roles.getOrDefault(id, Set.of())));
		}
		return cards;
	}

	Map<Long, Set<String>> expertiseOf(List<Long> ids) {
		return jdbc.sql("select person_id, tag from people_expertise where person_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
	}

	/** The most common expertise tags, for the filter. */
	List<String> popularExpertise(int limit) {
		return jdbc.sql("select tag from people_expertise group by tag order by count(*) desc, tag fetch first :n rows only")
			.param("n", limit)
			.query(String.class)
			.list();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
