package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the timeline of achievements. Only what everyone in the organization may see belongs here: nothing from a
 * private space, a support plan, a departure date or a private kudos. Each item is written once, by its key.
 */
@Component
@Transactional
class Achievements {

	/**
	 * An item of the timeline. The key names it uniquely, such as graduation-12-3; the person is who is celebrated
	 * (the other person a kudos giver); the title and path, when given, name and link what was achieved.
	 */
	record Item(AchievementKind kind, String key, Long personId, Long otherPersonId, Long unitId, Long subjectId,
			String title, String path, Instant occurredAt) {
	}

	private final JdbcClient jdbc;

	Achievements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the item unless one with its key is there; true when written now. */
	boolean record(Item item) {
		Map<String, Object> p = new HashMap<>();
		p.put("kind", item.kind().name());
		p.put("key", item.key());
		p.put("person", item.personId());
		p.put("other", item.otherPersonId());
		p.put("unit", item.unitId());
		p.put("subject", item.subjectId());
		p.put("title", item.title());
		p.put("path", item.path());
		p.put("at", Timestamp.from(item.occurredAt()));
		return jdbc.sql("""
				insert into recognition_achievement (kind, achievement_key, person_id, other_person_id, unit_id,
				  subject_id, title, path, occurred_at)
				values (:kind, :key, :person, :other, :unit, :subject, :title, :path, :at)
				on conflict do nothing""")
			.params(p)
			.update() == 1;
	}

	/** Takes an item off the timeline, with its reactions, when what it celebrated is gone. */
	void remove(String key) {
		jdbc.sql("""
				delete from recognition_reaction where achievement_id in
				  (select id from recognition_achievement where achievement_key = :key)""")
			.param("key", key)
			.update();
		jdbc.sql("delete from recognition_achievement where achievement_key = :key").param("key", key).update();
	}
}
