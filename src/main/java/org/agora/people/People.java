package org.agora.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to people for other modules: who someone is, and who holds a role. */
@Service
@Transactional(readOnly = true)
public class People {

	private static final String SELECT = """
			select p.id, p.full_name, p.email, p.job_title, p.unit_id, u.name as unit_name, p.locale, p.leader_status, p.active, p.time_zone
			from people_person p left join people_unit u on u.id = p.unit_id
			""";

	/** Ids per statement when reading many people: well under every database's limit on parameters. */
	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit and every unit under it in the org chart; empty when there is no such unit. */
	public Set<Long> unitAndBelow(long unitId) {
		return new TreeSet<>(jdbc.sql("""
				with recursive tree (id) as (
				  select id from people_unit where id = :unit
				  union all
				  select u.id from people_unit u join tree t on u.parent_id = t.id)
				select id from tree""").param("unit", unitId).query(Long.class).list());
	}

	public Optional<PersonSummary> find(long personId) {
		return load(SELECT + " where p.id = :id", Map.of("id", personId)).stream().findFirst();
	}

	/** The people of the ids that exist, by id, in a few statements however many ids there are. */
	public Map<Long, PersonSummary> findAll(Collection<Long> personIds) {
		var ids = personIds.stream().distinct().toList();
		Map<Long, PersonSummary> result = new java.util.LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			load(SELECT + " where p.id in (:ids)", Map.of("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))))
				.forEach(person -> result.put(person.id(), person));
		}
		return result;
	}

	public Optional<PersonSummary> findByEmail(String email) {
		return load(SELECT + " where p.email = :email", Map.of("email", Person.normalizeEmail(email))).stream()
			.findFirst();
	}

	/** Active people who hold the role, by name. */
	public List<PersonSummary> withRole(Role role) {
		return load(SELECT + " where p.active and exists (select 1 from people_person_role r where r.person_id = p.id"
				+ " and r.role = :role) order by p.full_name", Map.of("role", role.name()));
	}

	/**
	 * Active people by handle, the part of their email address before the {@code @}; a handle that two active people
	 * share, or that nobody has, is left out.
	 */
	public Map<String, PersonSummary> byHandles(Collection<String> handles) {
		var wanted = handles.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).distinct().limit(50).toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		var where = new StringBuilder();
		Map<String, Object> params = new java.util.HashMap<>();
		for (int i = 0; i < wanted.size(); i++) {
			where.append(i == 0 ? "" : " or ").append("p.email like :h").append(i).append(" escape '\\'");
			params.put("h" + i, wanted.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "@%");
		}
		Map<String, List<PersonSummary>> found = load(SELECT + " where p.active and (" + where + ")", params).stream()
			.collect(Collectors.groupingBy(p -> p.email().substring(0, p.email().indexOf('@'))));
		Map<String, PersonSummary> result = new java.util.LinkedHashMap<>();
		for (String handle : wanted) {
			var people = found.getOrDefault(handle, List.of());
			if (people.size() == 1) {
				result.put(handle, people.get(0));
			}
		}
		return result;
	}

	private List<PersonSummary> load(String sql, Map<String, Object> params) {
		var rows = jdbc.sql(sql).params(params).query((rs, n) -> new Object[] { rs.getLong("id"),
				rs.getString("full_name"), rs.getString("email"), rs.getString("job_title"),
				(Long) rs.getObject("unit_id", Long.class), rs.getString("unit_name"), rs.getString("locale"),
				rs.getString("leader_status"), rs.getBoolean("active"), rs.getString("time_zone") }).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<Role>> roles = rolesOf(rows.stream().map(r -> (Long) r[0]).toList());
		return rows.stream()
			.map(r -> new PersonSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4],
					(String) r[5], (String) r[6], roles.getOrDefault((Long) r[0], Set.of()),
					r[7] == null ? null : LeaderStatus.valueOf((String) r[7]), (Boolean) r[8], (String) r[9]))
			.toList();
	}

	Map<Long, Set<Role>> rolesOf(List<Long> personIds) {
		return jdbc.sql("select person_id, role from people_person_role where person_id in (:ids)")
			.param("ids", personIds)
			.query((rs, n) -> Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableSet())));
	}
}
