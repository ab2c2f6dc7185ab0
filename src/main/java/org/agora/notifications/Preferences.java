package org.agora.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Every person's choices of how to hear about each kind of news; a kind they never chose has its defaults. */
@Repository
@Transactional(readOnly = true)
class Preferences {

	/** The kind of the row that stops every notification email at once. */
	static final String ALL = "all";

	/**
	 * The kinds whose emails are discreet, stopped together: an unsubscribe link names this group, not the kind, so
	 * the link in the outbox does not tell what happened either.
	 */
	static final String DISCREET = "discreet";

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's preference for every kind, in the kinds' order. */
	List<Preference> of(long personId) {
		var stored = jdbc.sql("select kind, in_app, email from notifications_preference where person_id = :person")
			.param("person", personId)
			.query((rs, n) -> new Row(rs.getString("kind"), rs.getBoolean("in_app"), rs.getBoolean("email")))
			.list()
			.stream()
			.collect(Collectors.toMap(Row::kind, Function.identity()));
		boolean allEmailStopped = stored.containsKey(ALL) && !stored.get(ALL).email();
		return Arrays.stream(NotificationKind.values()).map(kind -> {
			var row = stored.get(kind.code());
			var preference = row == null ? Preference.defaultFor(kind) : new Preference(kind, row.inApp(), row.email());
			return allEmailStopped ? new Preference(kind, preference.inApp(), false) : preference;
		}).toList();
	}

	Preference of(long personId, NotificationKind kind) {
		return of(personId).stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
	}

	/** Replaces all the person's choices: the kinds named get that channel, the others do not. */
	@Transactional
	void save(long personId, Set<NotificationKind> inApp, Set<NotificationKind> email) {
		jdbc.sql("delete from notifications_preference where person_id = :person").param("person", personId).update();
		for (var kind : NotificationKind.values()) {
			insert(personId, kind.code(), inApp.contains(kind), email.contains(kind));
		}
	}

	/**
	 * Stops emails of one kind, of every kind when {@code kind} is {@link #ALL}, or of every discreet kind when it is
	 * {@link #DISCREET}.
	 */
	@Transactional
	void stopEmail(long personId, String kind) {
		if (DISCREET.equals(kind)) {
			java.util.Arrays.stream(NotificationKind.values())
				.filter(NotificationKind::discreetEmail)
				.forEach(discreet -> stopEmail(personId, discreet.code()));
			return;
		}
		int updated = jdbc
			.sql("update notifications_preference set email = false where person_id = :person and kind = :kind")
			.param("person", personId)
			.param("kind", kind)
			.update();
		if (updated == 0) {
			insert(personId, kind, true, false);
		}
	}

	private void insert(long personId, String kind, boolean inApp, boolean email) {
		jdbc.sql("insert into notifications_preference (person_id, kind, in_app, email)"
				+ " values (:person, :kind, :inApp, :email)")
			.params(Map.of("person", personId, "kind", kind, "inApp", inApp, "email", email))
			.update();
	}

	private record Row(String kind, boolean inApp, boolean email) {
	}
}
