package org.agora.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Every person's notifications. */
@Repository
@Transactional(readOnly = true)
class Notifications {

	static final int PAGE_SIZE = 20;

	private static final String SEPARATOR = "\u001F";

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	long add(long personId, NotificationKind kind, List<String> args, String link) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into notifications_notification (person_id, kind, args, link, created_at)
				values (:person, :kind, :args, :link, :now)""")
			.param("person", personId)
			.param("kind", kind.code())
			.param("args", encode(args))
			.param("link", link)
			.param("now", Timestamp.from(clock.instant()))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	NotificationPage page(long personId, int page) {
		int current = Math.max(0, page);
		var items = jdbc.sql("""
				select id, person_id, kind, args, link, created_at, read_at from notifications_notification
				where person_id = :person order by created_at desc, id desc limit :size offset :offset""")
			.param("person", personId)
			.param("size", PAGE_SIZE)
			.param("offset", (long) current * PAGE_SIZE)
			.query(Notifications::map)
			.list();
		long total = jdbc.sql("select count(*) from notifications_notification where person_id = :person")
			.param("person", personId)
			.query(Long.class)
			.single();
		return new NotificationPage(items, current, PAGE_SIZE, total, unreadCount(personId));
	}

	long unreadCount(long personId) {
		return jdbc.sql("select count(*) from notifications_notification where person_id = :person and read_at is null")
			.param("person", personId)
			.query(Long.class)
			.single();
	}

	/** Marks one of the person's notifications read; false when they have no such notification. */
	@Transactional
	boolean markRead(long personId, long id) {
		return jdbc.sql("""
				update notifications_notification set read_at = coalesce(read_at, :now)
				where id = :id and person_id = :person""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("person", personId)
			.update() == 1;
	}

	@Transactional
	void markAllRead(long personId) {
		jdbc.sql("update notifications_notification set read_at = :now where person_id = :person and read_at is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("person", personId)
			.update();
	}

	private static Notification map(ResultSet rs, int row) throws SQLException {
		var readAt = rs.getTimestamp("read_at");
		return new Notification(rs.getLong("id"), rs.getLong("person_id"), rs.getString("kind"),
				decode(rs.getString("args")), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
				readAt == null ? null : readAt.toInstant());
	}

	static String encode(List<String> args) {
		return String.join(SEPARATOR,
				args.stream().map(a -> a == null ? "" : CONTROL.matcher(a).replaceAll(" ")).toList());
	}

	static List<String> decode(String args) {
		return args == null || args.isEmpty() ? List.of() : List.of(args.split(SEPARATOR, -1));
	}
}
