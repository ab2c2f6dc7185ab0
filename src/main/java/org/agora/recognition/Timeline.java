package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the timeline of achievements, newest first, a page at a time: each item with the sentence that tells it (a
 * message key and its arguments, names from the people module), its link and the reactions to it.
 */
@Component
@Transactional(readOnly = true)
class Timeline {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/** The milestone an item of kind MILESTONE celebrates, kept in its title. */
	static final String ACCEPTED_ANSWERS = "accepted-answers";

	static final String EVERY_UNIT_LED = "every-unit-led";

	/**
	 * An item as shown: its sentence (textKey with args), who it celebrates and who gave (for a kudos), its title (the
	 * kudos' message, the initiative's or the badge's name), its link and the reactions to it.
	 */
	record Entry(long id, AchievementKind kind, String textKey, List<Object> args, Long personId, String personName,
			Long otherId, String otherName, String unitName, String title, String path, Instant occurredAt,
			List<Reactions.Count> reactions) {
	}

	/** A page of items, with the id to read on from (the before of the next page), or null at the end. */
	record Slice(List<Entry> items, Long next) {
	}

	private record Row(long id, AchievementKind kind, Long personId, Long otherId, String unitName, Long subjectId,
			String title, String path, Instant occurredAt, String badgeEn, String badgeHe) {
	}

	// a private kudos never shows, even if an item for it were there
	private static final String VISIBLE = """
			not exists (select 1 from recognition_kudos k where a.kind = 'KUDOS' and k.id = a.subject_id and not k.public)""";

	private final JdbcClient jdbc;

	private final People people;

	private final Reactions reactions;

	private final RecognitionPolicy policy;

	Timeline(JdbcClient jdbc, People people, Reactions reactions, RecognitionPolicy policy) {
		this.jdbc = jdbc;
		this.people = people;
		this.reactions = reactions;
		this.policy = policy;
	}

	/** Whether an item of the id is on the timeline. */
	static boolean visible(JdbcClient jdbc, long id) {
		return jdbc.sql("select count(*) from recognition_achievement a where a.id = :id and " + VISIBLE)
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The page of the size (1 to 100) that comes after the item of the id before, or the newest; a size out of range
	 * or an unknown before names its parameter.
	 */
	Slice page(AgoraPrincipal viewer, Long before, int size, Locale locale) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("The timeline is the organization's");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "recognition.timeline.error.size", "The size runs from 1 to 100.");
		}
		Map<String, Object> params = new HashMap<>();
		String after = "";
		if (before != null) {
			var at = jdbc.sql("select occurred_at from recognition_achievement a where a.id = :id and " + VISIBLE)
				.param("id", before)
				.query(Timestamp.class)
				.optional()
				.orElseThrow(() -> new InvalidInputException("before", "recognition.timeline.error.before",
						"There is no item " + before + " on the timeline."));
			after = " and (a.occurred_at < :at or (a.occurred_at = :at and a.id < :before))";
			params.put("at", at);
			params.put("before", before);
		}
		params.put("n", size + 1);
		var rows = jdbc.sql("""
				select a.id, a.kind, a.person_id, a.other_person_id, u.name, a.subject_id, a.title, a.path,
				  a.occurred_at, b.name_en, b.name_he
				from recognition_achievement a
				left join people_unit u on u.id = a.unit_id
				left join recognition_badge b on a.kind = 'BADGE' and b.id = a.subject_id
				where\s""" + VISIBLE + after + " order by a.occurred_at desc, a.id desc fetch first :n rows only")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), AchievementKind.valueOf(rs.getString(2)),
					rs.getObject(3, Long.class), rs.getObject(4, Long.class), rs.getString(5),
					rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
					rs.getString(10), rs.getString(11)))
			.list();
		Long next = rows.size() > size ? rows.get(size - 1).id() : null;
		var shown = rows.subList(0, Math.min(size, rows.size()));
		return new Slice(entries(viewer, shown, locale), next);
	}

	private List<Entry> entries(AgoraPrincipal viewer, List<Row> rows, Locale locale) {
		List<Long> ids = new ArrayList<>();
		rows.forEach(r -> {
			if (r.personId() != null) {
				ids.add(r.personId());
			}
			if (r.otherId() != null) {
				ids.add(r.otherId());
			}
		});
		var names = people.findAll(ids);
		var counts = reactions.of(viewer, rows.stream().map(Row::id).toList());
		boolean hebrew = "he".equals(locale.getLanguage()) || "iw".equals(locale.getLanguage());
		return rows.stream().map(r -> entry(r, names, counts.get(r.id()), hebrew)).toList();
	}

	private static Entry entry(Row r, Map<Long, PersonSummary> names, List<Reactions.Count> counts, boolean hebrew) {
		String person = name(names, r.personId());
		String other = name(names, r.otherId());
		String title = r.title();
		String key;
		List<Object> args;
		switch (r.kind()) {
			case GRADUATION -> {
				key = title == null ? "recognition.timeline.graduation" : "recognition.timeline.graduation.course";
				args = title == null ? List.of(person) : List.of(person, title);
			}
			case INITIATIVE_COMPLETED -> {
				key = r.unitName() == null ? "recognition.timeline.initiative" : "recognition.timeline.initiative.unit";
				args = r.unitName() == null ? List.of(person, nonNull(title)) : List.of(person, nonNull(title),
						r.unitName());
			}
			case BADGE -> {
				String badge = hebrew ? r.badgeHe() : r.badgeEn();
				title = badge == null ? title : badge;
				key = "recognition.timeline.badge";
				args = List.of(person, nonNull(title));
			}
			case KUDOS -> {
				key = "recognition.timeline.kudos";
				args = List.of(other, person);
			}
			default -> {
				long n = r.subjectId() == null ? 0 : r.subjectId();
				if (ACCEPTED_ANSWERS.equals(title)) {
					key = "recognition.timeline.milestone.accepted";
					args = List.of(n);
				}
				else if (EVERY_UNIT_LED.equals(title)) {
					key = "recognition.timeline.milestone.everyUnit";
					args = List.of(String.valueOf(n));
				}
				else {
					key = "recognition.timeline.milestone";
					args = List.of();
				}
				title = null;
			}
		}
		return new Entry(r.id(), r.kind(), key, args, r.personId(), r.personId() == null ? null : person, r.otherId(),
				r.otherId() == null ? null : other, r.unitName(), title, r.path(), r.occurredAt(), counts);
	}

	private static String name(Map<Long, PersonSummary> names, Long id) {
		var person = id == null ? null : names.get(id);
		return person == null ? "" : person.fullName();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
