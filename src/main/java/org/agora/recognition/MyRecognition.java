package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own recognition: their points this quarter, this year and all time, their place on each board (unless
 * they opted out), the ledger's rows with where each came from, and their badges. It is always the viewer's own:
 * nobody sees another person's page.
 */
@Component
@Transactional(readOnly = true)
class MyRecognition {

	/** How many of the newest ledger rows the page shows. */
	static final int ROWS = 100;

	/** What a ledger row is, as the page explains it. */
	enum RowKind {
		/** Points earned. */
		AWARD,
		/** Earned only what was left of the rule's daily cap. */
		PARTLY_CAPPED,
		/** Past the rule's daily cap: kept, with no points. */
		CAPPED,
		/** Points taken back because the content behind them was removed. */
		REVERSAL,
		/** Points given back because the content was restored. */
		RESTORE
	}

	/**
	 * A row of the ledger, with the path of what earned it (null when it is private or has no page) and whether an
	 * award's points were taken back since.
	 */
	record Row(Ledger.Entry entry, RowKind kind, String path, boolean takenBack) {
	}

	/** A badge the person holds, with why: the citation of a manual badge, or the automatic badge's reason. */
	record Badge(String slug, String nameEn, String nameHe, String descriptionEn, String descriptionHe,
			String citation, Instant awardedAt) {

		String name(String lang) {
			return "he".equals(lang) ? nameHe : nameEn;
		}

		String description(String lang) {
			return "he".equals(lang) ? descriptionHe : descriptionEn;
		}
	}

	/**
	 * @param points the person's points in each period
	 * @param standings their place on the organization's board of each period; absent where they are not on it
	 * @param more whether the ledger holds older rows than those shown
	 */
	record View(long personId, boolean optedOut, Map<BoardPeriod, Integer> points,
			Map<BoardPeriod, Leaderboards.Standing> standings, List<Row> rows, boolean more, List<Badge> badges) {
	}

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Leaderboards boards;

	private final RecognitionProfiles profiles;

	private final RecognitionPolicy policy;

	private final OrganizationClock clock;

	MyRecognition(JdbcClient jdbc, Ledger ledger, Leaderboards boards, RecognitionProfiles profiles,
			RecognitionPolicy policy, OrganizationClock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.boards = boards;
		this.profiles = profiles;
		this.policy = policy;
		this.clock = clock;
	}

	View of(AgoraPrincipal viewer) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("Recognition is the organization's");
		}
		long me = viewer.personId();
		boolean optedOut = profiles.optedOut(me);
		Map<BoardPeriod, Integer> points = new EnumMap<>(BoardPeriod.class);
		Map<BoardPeriod, Leaderboards.Standing> standings = new EnumMap<>(BoardPeriod.class);
		for (var period : BoardPeriod.values()) {
			points.put(period, points(me, period.window(clock.today(), clock)));
			var standing = optedOut ? null : boards.standingOf(me, period);
			if (standing != null) {
				standings.put(period, standing);
			}
		}
		var entries = ledger.entriesOf(me, ROWS + 1);
		boolean more = entries.size() > ROWS;
		return new View(me, optedOut, points, standings, rows(more ? entries.subList(0, ROWS) : entries), more,
				badges(me));
	}

	/** Takes the viewer out of the leaderboards, or back in. */
	@Transactional
	void optOut(AgoraPrincipal viewer, boolean out) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("Recognition is the organization's");
		}
		profiles.optOut(viewer.personId(), out);
	}

	private int points(long personId, PointsWindow window) {
		return jdbc.sql("""
				select coalesce(sum(points), 0) from recognition_entry
				where person_id = :p and occurred_at >= :from and occurred_at < :to""")
			.param("p", personId).param("from", Timestamp.from(window.from())).param("to", Timestamp.from(window.to()))
			.query(Integer.class).single();
	}

	/** The rows, each explained; an award is taken back when what follows it, among these newer rows, undid it. */
	static List<Row> rows(List<Ledger.Entry> entries) {
		Map<Long, Integer> followers = new HashMap<>();
		for (var e : entries) {
			if (e.reverses() != null) {
				followers.merge(e.reverses(), e.points(), Integer::sum);
			}
		}
		var rows = new ArrayList<Row>(entries.size());
		for (var e : entries) {
			RowKind kind = e.reverses() != null ? (e.points() < 0 ? RowKind.REVERSAL : RowKind.RESTORE)
					: !e.capped() ? RowKind.AWARD : e.points() > 0 ? RowKind.PARTLY_CAPPED : RowKind.CAPPED;
			boolean takenBack = e.reverses() == null && e.points() > 0
					&& e.points() + followers.getOrDefault(e.id(), 0) <= 0;
			rows.add(new Row(e, kind, e.privateSource() ? null : path(e.subjectKind(), e.subjectId()), takenBack));
		}
		return rows;
	}

	/** Where the content behind points is seen; null for what has no page of its own that everyone may open. */
	static String path(String subjectKind, long subjectId) {
		return switch (subjectKind) {
			case Subjects.ANSWER -> "/discussions/posts/" + subjectId;
			case Subjects.ARTICLE -> "/knowledge/a/" + subjectId;
			case Subjects.EVENT -> "/calendar/events/" + subjectId;
			case Subjects.LESSON -> "/learning/lessons/" + subjectId;
			case Subjects.COURSE -> "/learning/courses/" + subjectId;
			case Subjects.INITIATIVE -> "/initiatives/" + subjectId;
			// a retention action sits in the managers' risk register; kudos are shown on the timeline
			default -> null;
		};
	}

	private List<Badge> badges(long personId) {
		return jdbc.sql("""
				select b.slug, b.name_en, b.name_he, b.description_en, b.description_he, a.citation, a.awarded_at
				from recognition_badge_award a join recognition_badge b on b.id = a.badge_id
				where a.person_id = :p order by a.awarded_at desc, a.id desc""")
			.param("p", personId)
			.query((rs, n) -> new Badge(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}
}
