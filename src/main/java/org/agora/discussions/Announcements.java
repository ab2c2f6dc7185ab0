package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agora.platform.Text;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements of the community managers. An announcement's audience is everyone in the organization (every role
 * but a guest's alone), the knowledge leaders, or the people of a unit and of all the units below it; the unit tree
 * and people are read from the people module's tables, read-only. Each person in the audience sees it on their home
 * page until they dismiss it or it expires, and is told once when it is published.
 */
@Service
class Announcements {

	static final int MAX_TITLE = 200;

	static final int MAX_BODY = 10_000;

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 366;

	/** A unit to choose as an audience. */
	record Unit(long id, String name) {
	}

	private static final String SELECT = """
			select a.id, a.title, a.body, a.audience, a.unit_id, u.name as unit_name, a.author_id,
			       p.full_name as author_name, a.published_at, a.expires_at,
			       exists (select 1 from discussions_announcement_read r where r.announcement_id = a.id
			               and r.person_id = :viewer) as is_read,
			       (select count(*) from discussions_announcement_read r where r.announcement_id = a.id) as read_count
			from discussions_announcement a
			join people_person p on p.id = a.author_id
			left join people_unit u on u.id = a.unit_id
			""";

	private static final String IN_ORGANIZATION = """
			p.active and exists (select 1 from people_person_role r where r.person_id = p.id and r.role <> 'GUEST')""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Announcements(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	static boolean mayPublish(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}

	/** Publishes an announcement and tells its audience; the expiry date is read in the given zone. */
	@Transactional
	Announcement publish(AgoraPrincipal viewer, AnnouncementForm form, ZoneId zone) {
		if (!mayPublish(viewer)) {
			throw new AccessDeniedException("Only community managers publish announcements");
		}
		String title = form.title() == null ? "" : Text.withoutNul(form.title()).strip();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			throw new InvalidInputException("title", "dradar.announcement.error.title",
					"An announcement has a title of 1 to 200 characters");
		}
		String body = form.body() == null ? "" : Text.withoutNul(form.body()).strip();
		if (body.isEmpty() || body.length() > MAX_BODY) {
			throw new InvalidInputException("body", "dradar.announcement.error.body",
					"An announcement has a text of 1 to 10000 characters");
		}
		AnnouncementAudience audience = audienceOf(form.audience());
		Long unitId = audience == AnnouncementAudience.UNIT ? unitOf(form.unitId()) : null;
		Instant now = clock.instant();
		Instant expires = expiry(form.expires(), now, zone);
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_announcement (title, body, audience, unit_id, author_id, published_at, expires_at)
				values (:title, :body, :audience, :unit, :author, :now, :expires)""")
			.param("title", title)
			.param("body", body)
			.param("audience", audience.name())
			.param("unit", unitId)
			.param("author", viewer.personId())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expires))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		var recipients = recipients(audience, unitId).stream().filter(p -> p != viewer.personId()).toList();
		events.publishEvent(new AnnouncementPublished(id, title, viewer.personId(), viewer.displayName(), audience,
				recipients));
		return find(viewer, id);
	}

	/**
	 * The announcements the viewer sees on the announcements page: those of their audience that have not expired;
	 * community managers see every announcement, expired ones too.
	 */
	@Transactional(readOnly = true)
	List<Announcement> listFor(AgoraPrincipal viewer) {
		requireMember(viewer);
		if (mayPublish(viewer)) {
			return list(SELECT + " order by a.published_at desc, a.id desc limit 100", Map.of("viewer", viewer.personId()));
		}
		return current(viewer, false);
	}

	/** The current announcements of the viewer's audience, read or not. */
	@Transactional(readOnly = true)
	List<Announcement> currentFor(AgoraPrincipal viewer) {
		requireMember(viewer);
		return current(viewer, false);
	}

	/** What the viewer has yet to read: current announcements of their audience they have not dismissed. */
	@Transactional(readOnly = true)
	List<Announcement> unread(AgoraPrincipal viewer) {
		if (!DiscussionsPolicy.inOrganization(viewer)) {
			return List.of();
		}
		return current(viewer, true);
	}

	/** Dismisses an announcement of the viewer's audience; 404 for one they are not in. */
	@Transactional
	void markRead(AgoraPrincipal viewer, long id) {
		requireMember(viewer);
		find(viewer, id);
		jdbc.sql("""
				insert into discussions_announcement_read (announcement_id, person_id, read_at)
				select :id, :viewer, :now where not exists (select 1 from discussions_announcement_read
				  where announcement_id = :id and person_id = :viewer)""")
			.param("id", id)
			.param("viewer", viewer.personId())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** An announcement of the viewer's audience (any, for managers), or 404. */
	Announcement find(AgoraPrincipal viewer, long id) {
		var audience = audienceFilter(viewer);
		Map<String, Object> params = new HashMap<>(audience.params());
		params.put("id", id);
		params.put("viewer", viewer.personId());
		String where = mayPublish(viewer) ? "" : " and " + audience.where();
		return list(SELECT + " where a.id = :id" + where, params).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No announcement " + id));
	}

	List<Unit> units() {
		return jdbc.sql("select id, name from people_unit order by name, id")
			.query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** Everyone active in the audience. */
	List<Long> recipients(AnnouncementAudience audience, Long unitId) {
		return switch (audience) {
			case ALL -> jdbc.sql("select p.id from people_person p where " + IN_ORGANIZATION + " order by p.id")
				.query(Long.class)
				.list();
			case LEADERS -> jdbc.sql("""
					select p.id from people_person p where p.active and exists (select 1 from people_person_role r
					  where r.person_id = p.id and r.role = 'KNOWLEDGE_LEADER') order by p.id""").query(Long.class).list();
			case UNIT -> jdbc.sql("""
					with recursive tree (id) as (
					  select id from people_unit where id = :unit
					  union all
					  select u.id from people_unit u join tree t on u.parent_id = t.id)
					select p.id from people_person p where p.unit_id in (select id from tree)""" + " and " + IN_ORGANIZATION
					+ " order by p.id").param("unit", unitId).query(Long.class).list();
		};
	}

	private List<Announcement> current(AgoraPrincipal viewer, boolean unreadOnly) {
		var audience = audienceFilter(viewer);
		Map<String, Object> params = new HashMap<>(audience.params());
		params.put("viewer", viewer.personId());
		params.put("now", Timestamp.from(clock.instant()));
		String unread = unreadOnly ? " " + """
				and not exists (select 1 from discussions_announcement_read r where r.announcement_id = a.id
				and r.person_id = :viewer)""" : "";
		return list(SELECT + " where a.expires_at > :now and " + audience.where() + unread
				+ " order by a.published_at desc, a.id desc limit 50", params);
	}

	/** The announcements whose audience holds the viewer, as SQL on {@code discussions_announcement a}. */
	private DiscussionsPolicy.Filter audienceFilter(AgoraPrincipal viewer) {
		List<Long> units = new ArrayList<>(jdbc.sql("""
				with recursive up (id, parent_id) as (
				  select u.id, u.parent_id from people_unit u join people_person p on p.unit_id = u.id where p.id = :viewer
				  union all
				  select u.id, u.parent_id from people_unit u join up on u.id = up.parent_id)
				select id from up""").param("viewer", viewer.personId()).query(Long.class).list());
		units.add(-1L);
		String where = """
				(a.audience = 'ALL' or (a.audience = 'LEADERS' and :leader) or (a.audience = 'UNIT'
				 and a.unit_id in (:units)))""";
		return new DiscussionsPolicy.Filter(where,
				Map.of("leader", viewer.has(Role.KNOWLEDGE_LEADER), "units", units));
	}

	private List<Announcement> list(String sql, Map<String, Object> params) {
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Announcement(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
					AnnouncementAudience.valueOf(rs.getString("audience")), rs.getObject("unit_id", Long.class),
					rs.getString("unit_name"), rs.getLong("author_id"), rs.getString("author_name"),
					rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getBoolean("is_read"), rs.getLong("read_count")))
			.list();
	}

	private static AnnouncementAudience audienceOf(String typed) {
		try {
			return AnnouncementAudience.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("audience", "dradar.announcement.error.audience",
					"Choose who the announcement is for: ALL, LEADERS or UNIT");
		}
	}

	private Long unitOf(String typed) {
		long id;
		try {
			id = Long.parseLong(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("unitId", "dradar.announcement.error.unit", "Choose the unit");
		}
		boolean exists = jdbc.sql("select count(*) from people_unit where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new InvalidInputException("unitId", "dradar.announcement.error.unit", "Choose the unit");
		}
		return id;
	}

	/** The end of the expiry day in the zone; 30 days ahead when not given. */
	static Instant expiry(String typed, Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate last;
		if (typed == null || typed.isBlank()) {
			last = today.plusDays(DEFAULT_DAYS);
		}
		else {
			try {
				last = LocalDate.parse(typed.strip());
			}
			catch (DateTimeParseException e) {
				throw new InvalidInputException("expires", "dradar.announcement.error.expiresFormat",
						"Give the last day as a date (2027-01-31)");
			}
		}
		if (!last.isAfter(today)) {
			throw new InvalidInputException("expires", "dradar.announcement.error.expiresPast",
					"The last day must be in the future");
		}
		if (last.isAfter(today.plusDays(MAX_DAYS))) {
			throw new InvalidInputException("expires", "dradar.announcement.error.expiresFar",
					"An announcement shows for at most a year");
		}
		return last.plusDays(1).atStartOfDay(zone).toInstant();
	}

	private static void requireMember(AgoraPrincipal viewer) {
		if (!DiscussionsPolicy.inOrganization(viewer)) {
			throw new AccessDeniedException("Announcements are for members of the organization");
		}
	}
}
