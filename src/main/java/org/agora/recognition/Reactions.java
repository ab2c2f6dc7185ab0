package org.agora.recognition;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People's reactions to the timeline's items: one of each kind per person and item, taken back at will. */
@Component
@Transactional
class Reactions {

	/** How many reacted so to an item, and whether the viewer did. */
	record Count(Reaction reaction, int count, boolean mine) {
	}

	private final JdbcClient jdbc;

	private final RecognitionPolicy policy;

	private final OrganizationClock clock;

	Reactions(JdbcClient jdbc, RecognitionPolicy policy, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/** The viewer reacts to the item (again is the same as once) and gets its counts back. */
	List<Count> react(AgoraPrincipal viewer, long achievementId, Reaction reaction) {
		check(viewer, achievementId);
		jdbc.sql("""
				insert into recognition_reaction (achievement_id, person_id, reaction, reacted_at)
				values (:a, :p, :r, :now) on conflict do nothing""")
			.param("a", achievementId)
			.param("p", viewer.personId())
			.param("r", reaction.name())
			.param("now", Timestamp.from(clock.now()))
			.update();
		return of(viewer, achievementId);
	}

	/** The viewer takes the reaction back, if they had it, and gets the item's counts back. */
	List<Count> unreact(AgoraPrincipal viewer, long achievementId, Reaction reaction) {
		check(viewer, achievementId);
		jdbc.sql("delete from recognition_reaction where achievement_id = :a and person_id = :p and reaction = :r")
			.param("a", achievementId)
			.param("p", viewer.personId())
			.param("r", reaction.name())
			.update();
		return of(viewer, achievementId);
	}

	@Transactional(readOnly = true)
	List<Count> of(AgoraPrincipal viewer, long achievementId) {
		return of(viewer, List.of(achievementId)).get(achievementId);
	}

	/** Every reaction's count for each item, in the reactions' order, zeros included. */
	@Transactional(readOnly = true)
	Map<Long, List<Count>> of(AgoraPrincipal viewer, Collection<Long> achievementIds) {
		Map<Long, Map<Reaction, Count>> found = new HashMap<>();
		if (!achievementIds.isEmpty()) {
			jdbc.sql("""
					select achievement_id, reaction, count(*),
					  sum(case when person_id = :viewer then 1 else 0 end)
					from recognition_reaction where achievement_id in (:ids) group by achievement_id, reaction""")
				.param("viewer", viewer.personId())
				.param("ids", List.copyOf(achievementIds))
				.query((rs, n) -> {
					var reaction = Reaction.parse(rs.getString(2));
					if (reaction != null) {
						found.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Reaction.class))
							.put(reaction, new Count(reaction, rs.getInt(3), rs.getInt(4) > 0));
					}
					return reaction;
				})
				.list();
		}
		Map<Long, List<Count>> counts = new HashMap<>();
		for (long id : achievementIds) {
			var mine = found.getOrDefault(id, Map.of());
			var list = new ArrayList<Count>();
			for (var reaction : Reaction.values()) {
				list.add(mine.getOrDefault(reaction, new Count(reaction, 0, false)));
			}
			counts.put(id, List.copyOf(list));
		}
		return counts;
	}

	private void check(AgoraPrincipal viewer, long achievementId) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("Reactions are the organization's");
		}
		if (!Timeline.visible(jdbc, achievementId)) {
			throw new NotFoundException("No achievement " + achievementId);
		}
	}
}
