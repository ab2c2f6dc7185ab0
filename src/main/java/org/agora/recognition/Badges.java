package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.Text;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.agora.platform.web.Paging;
import org.agora.platform.web.Ui;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The badges and who holds them. An automatic badge is earned by its rule (see {@link BadgeRules}); a manual one is
 * created and awarded, with a citation, by a community manager. A person holds a badge once; earning one puts it on
 * the timeline.
 */
@Component
@Transactional
class Badges {

	static final int SLUG_MAX = 60;

	static final int NAME_MAX = 80;

	static final int DESCRIPTION_MAX = 300;

	static final int CITATION_MAX = 500;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** A badge, with its name and description in both languages. */
	record Badge(long id, String slug, boolean automatic, String nameEn, String nameHe, String descriptionEn,
			String descriptionHe) {

		String name(Locale locale) {
			return hebrew(locale) ? nameHe : nameEn;
		}

		String description(Locale locale) {
			return hebrew(locale) ? descriptionHe : descriptionEn;
		}

		String path() {
			return "/recognition/badges/" + slug;
		}

		private static boolean hebrew(Locale locale) {
			return "he".equals(locale.getLanguage()) || "iw".equals(locale.getLanguage());
		}
	}

	/** A badge of the list: how many hold it, and whether the viewer does. */
	record Listed(Badge badge, int holders, boolean mine) {
	}

	/**
	 * A badge held: why (the count its rule found, for an automatic badge; the citation, for a manual one), who
	 * awarded it (a manual one) and when.
	 */
	record Holding(Badge badge, long personId, String citation, Integer reasonCount, Long awardedBy,
			Instant awardedAt) {

		/** Why they hold it, in the reader's language: the citation as written, or what the badge's rule counted. */
		String why(Ui ui) {
			return citation != null ? citation
					: ui.tOr("recognition.badges.reason." + badge.slug(), "recognition.badges.reason.automatic",
							reasonCount);
		}
	}

	/** A page of a badge's holders, newest first. */
	record Holders(List<Holding> rows, int page, int size, long total) implements Paging {
	}

	/** A manual badge as typed. */
	record Draft(String slug, String nameEn, String nameHe, String descriptionEn, String descriptionHe) {

		static Draft blank() {
			return new Draft("", "", "", "", "");
		}
	}

	private static final String BADGE = """
			select id, slug, automatic, name_en, name_he, description_en, description_he from recognition_badge""";

	private static final String HOLDING = """
			select b.id, b.slug, b.automatic, b.name_en, b.name_he, b.description_en, b.description_he,
			  a.person_id, a.citation, a.reason_count, a.awarded_by, a.awarded_at
			from recognition_badge_award a join recognition_badge b on b.id = a.badge_id""";

	private final JdbcClient jdbc;

	private final RecognitionPolicy policy;

	private final People people;

	private final Achievements achievements;

	private final OrganizationClock clock;

	Badges(JdbcClient jdbc, RecognitionPolicy policy, People people, Achievements achievements,
			OrganizationClock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.people = people;
		this.achievements = achievements;
		this.clock = clock;
	}

	/** Every badge, automatic ones first, with how many hold it and whether the person does. */
	@Transactional(readOnly = true)
	List<Listed> all(long personId) {
		return jdbc.sql("""
				select b.id, b.slug, b.automatic, b.name_en, b.name_he, b.description_en, b.description_he,
				  (select count(*) from recognition_badge_award a where a.badge_id = b.id),
				  (select count(*) from recognition_badge_award a where a.badge_id = b.id and a.person_id = :p)
				from recognition_badge b order by b.automatic desc, b.id""")
			.param("p", personId)
			.query((rs, n) -> new Listed(badge(rs), rs.getInt(8), rs.getInt(9) > 0))
			.list();
	}

	@Transactional(readOnly = true)
	Optional<Badge> find(String slug) {
		return jdbc.sql(BADGE + " where slug = :slug").param("slug", slug).query((rs, n) -> badge(rs)).optional();
	}

	/** The badge of the slug, or 404. */
	@Transactional(readOnly = true)
	Badge get(String slug) {
		return find(slug).orElseThrow(() -> new NotFoundException("Badge"));
	}

	@Transactional(readOnly = true)
	Holders holders(Badge badge, int page, int size) {
		int total = jdbc.sql("select count(*) from recognition_badge_award where badge_id = :b")
			.param("b", badge.id()).query(Integer.class).single();
		var rows = jdbc.sql(HOLDING + " where a.badge_id = :b order by a.awarded_at desc, a.id desc"
				+ " offset :offset rows fetch next :size rows only")
			.param("b", badge.id()).param("offset", page * size).param("size", size)
			.query((rs, n) -> holding(rs))
			.list();
		return new Holders(rows, page, size, total);
	}

	/** The badges a person holds, newest first. */
	@Transactional(readOnly = true)
	List<Holding> of(long personId) {
		return jdbc.sql(HOLDING + " where a.person_id = :p order by a.awarded_at desc, a.id desc")
			.param("p", personId)
			.query((rs, n) -> holding(rs))
			.list();
	}

	@Transactional(readOnly = true)
	boolean holds(long personId, String slug) {
		return jdbc.sql("""
				select count(*) from recognition_badge_award a join recognition_badge b on b.id = a.badge_id
				where a.person_id = :p and b.slug = :slug""")
			.param("p", personId).param("slug", slug).query(Integer.class).single() > 0;
	}

	/** Creates a manual badge; community managers only. */
	Badge create(AgoraPrincipal viewer, Draft draft) {
		if (!policy.mayAwardBadges(viewer)) {
			throw new AccessDeniedException("Community managers create badges");
		}
		String slug = required("slug", draft.slug(), SLUG_MAX);
		if (!SLUG.matcher(slug).matches()) {
			throw new InvalidInputException("slug", "recognition.badges.error.slugFormat",
					"Use lowercase letters, digits and single hyphens between them.");
		}
		String nameEn = required("nameEn", draft.nameEn(), NAME_MAX);
		String nameHe = required("nameHe", draft.nameHe(), NAME_MAX);
		String descriptionEn = required("descriptionEn", draft.descriptionEn(), DESCRIPTION_MAX);
		String descriptionHe = required("descriptionHe", draft.descriptionHe(), DESCRIPTION_MAX);
		Map<String, Object> p = new HashMap<>();
		p.put("slug", slug);
		p.put("nameEn", nameEn);
		p.put("nameHe", nameHe);
		p.put("descriptionEn", descriptionEn);
		p.put("descriptionHe", descriptionHe);
		p.put("by", viewer.personId());
		p.put("now", Timestamp.from(clock.now()));
		int created = jdbc.sql("""
				insert into recognition_badge (slug, automatic, name_en, name_he, description_en, description_he,
				  created_by, created_at)
				values (:slug, false, :nameEn, :nameHe, :descriptionEn, :descriptionHe, :by, :now)
				on conflict do nothing""")
			.params(p)
			.update();
		if (created == 0) {
			throw new InvalidInputException("slug", "recognition.badges.error.slugTaken",
					"Another badge has this address; choose another.");
		}
		return get(slug);
	}

	/**
	 * Awards a manual badge to another person of the organization, named by id or by email or handle, with a
	 * citation; community managers only.
	 */
	Holding award(AgoraPrincipal viewer, String slug, Long personId, String typedPerson, String typedCitation) {
		if (!policy.mayAwardBadges(viewer)) {
			throw new AccessDeniedException("Community managers award badges");
		}
		var badge = get(slug);
		if (badge.automatic()) {
			throw new InvalidInputException("badge", "recognition.badges.error.automatic",
					"This badge is earned by its rule, not awarded.");
		}
		var person = personId != null ? recipient(personId) : recipient(typedPerson);
		if (person.id() == viewer.personId()) {
			throw new InvalidInputException("person", "recognition.badges.error.self",
					"A badge recognizes someone else; another community manager may award it to you.");
		}
		String citation = required("citation", typedCitation, CITATION_MAX);
		Instant now = clock.now();
		if (!insert(badge, person, citation, null, viewer.personId(), now)) {
			throw new InvalidInputException("person", "recognition.badges.error.held",
					"They hold this badge already.");
		}
		return new Holding(badge, person.id(), citation, null, viewer.personId(), now);
	}

	/**
	 * The person earns the automatic badge, once; the count is what its rule found. True when earned now; false when
	 * they held it already, or are a guest, whom the organization's recognition is not for.
	 */
	boolean earn(String slug, long personId, int reasonCount, Instant at) {
		var badge = find(slug).orElseThrow(() -> new IllegalStateException("No badge " + slug));
		var person = people.find(personId).filter(Badges::member).orElse(null);
		return person != null && insert(badge, person, null, reasonCount, null, at);
	}

	private boolean insert(Badge badge, PersonSummary person, String citation, Integer reasonCount, Long by,
			Instant at) {
		Map<String, Object> p = new HashMap<>();
		p.put("b", badge.id());
		p.put("p", person.id());
		p.put("citation", citation);
		p.put("count", reasonCount);
		p.put("by", by);
		p.put("at", Timestamp.from(at));
		boolean earned = jdbc.sql("""
				insert into recognition_badge_award (badge_id, person_id, citation, reason_count, awarded_by, awarded_at)
				values (:b, :p, :citation, :count, :by, :at)
				on conflict do nothing""")
			.params(p)
			.update() == 1;
		if (earned) {
			achievements.record(new Achievements.Item(AchievementKind.BADGE, "badge-" + badge.id() + "-" + person.id(),
					person.id(), null, person.unitId(), badge.id(), badge.slug(), badge.path(), at));
		}
		return earned;
	}

	private PersonSummary recipient(long personId) {
		return people.find(personId).filter(Badges::inOrganization)
			.orElseThrow(() -> new InvalidInputException("person", "recognition.badges.error.personUnknown",
					"Nobody active in the organization has this id."));
	}

	/** The active person of the organization named by email or handle. */
	private PersonSummary recipient(String typed) {
		String name = typed == null ? "" : Text.withoutNul(typed).strip();
		if (name.startsWith("@")) {
			name = name.substring(1);
		}
		if (name.isEmpty()) {
			throw new InvalidInputException("person", "recognition.badges.error.personRequired",
					"Name the person by email address or handle.");
		}
		Optional<PersonSummary> found = name.contains("@") ? people.findByEmail(name)
				: Optional.ofNullable(people.byHandles(List.of(name)).get(name.toLowerCase(Locale.ROOT)));
		return found.filter(Badges::inOrganization)
			.orElseThrow(() -> new InvalidInputException("person", "recognition.badges.error.personUnknown",
					"Nobody active in the organization is called that."));
	}

	private static boolean inOrganization(PersonSummary person) {
		return person.active() && member(person);
	}

	/** Holds a role of the organization, not a guest's alone. */
	static boolean member(PersonSummary person) {
		return person.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	private static String required(String field, String typed, int max) {
		String text = Text.blankToNull(Text.withoutNul(typed));
		if (text == null) {
			throw new InvalidInputException(field, "recognition.badges.error." + field + ".required",
					"Fill in " + field + ".");
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, "recognition.badges.error." + field + ".tooLong",
					"Keep " + field + " to " + max + " characters.");
		}
		return text;
	}

	private static Badge badge(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Badge(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7));
	}

	private static Holding holding(java.sql.ResultSet rs) throws java.sql.SQLException {
		int count = rs.getInt(10);
		Integer reasonCount = rs.wasNull() ? null : count;
		long by = rs.getLong(11);
		Long awardedBy = rs.wasNull() ? null : by;
		return new Holding(badge(rs), rs.getLong(8), rs.getString(9), reasonCount, awardedBy,
				rs.getTimestamp(12).toInstant());
	}
}
