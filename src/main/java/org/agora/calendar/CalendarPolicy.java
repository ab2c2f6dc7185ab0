package org.agora.calendar;

import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see, register for and organize events. Lists filter with {@link #visible}, which says the same as
 * {@link #maySee} in SQL (a test keeps the two in agreement).
 *
 * <ul>
 * <li>Community managers and admins see and organize every event.</li>
 * <li>Organizers see and organize their events.</li>
 * <li>Knowledge leaders see events for leaders and for all employees; employees see events for all employees.</li>
 * <li>Anyone invited sees the event; guests from partner communities see only the events they are invited to.</li>
 * <li>A person keeps seeing an event they registered for.</li>
 * </ul>
 */
@Component
class CalendarPolicy {

	/** A where-clause on {@code calendar_event e} and its parameters. */
	record Filter(String where, Map<String, Object> params) {
	}

	private final JdbcClient jdbc;

	CalendarPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean maySee(AgoraPrincipal viewer, CalendarEvent event) {
		if (viewer == null) {
			return false;
		}
		if (viewer.isManager() || event.organizedBy(viewer.personId()) || byAudience(viewer, event.audience())) {
			return true;
		}
		return jdbc.sql("""
				select count(*) from calendar_invitation where event_id = :event and person_id = :person""")
			.param("event", event.id())
			.param("person", viewer.personId())
			.query(Integer.class)
			.single() > 0
				|| jdbc.sql("""
						select count(*) from calendar_registration
						where event_id = :event and person_id = :person and status <> 'CANCELLED'""")
					.param("event", event.id())
					.param("person", viewer.personId())
					.query(Integer.class)
					.single() > 0;
	}

	/** The events the viewer may see, as SQL. */
	Filter visible(AgoraPrincipal viewer) {
		if (viewer.isManager()) {
			return new Filter("1 = 1", Map.of());
		}
		String audiences = viewer.has(Role.KNOWLEDGE_LEADER) ? "'LEADERS', 'EMPLOYEES'"
				: viewer.has(Role.EMPLOYEE) ? "'EMPLOYEES'" : null;
		String where = """
				(exists (select 1 from calendar_organizer o where o.event_id = e.id and o.person_id = :viewer)
				 or exists (select 1 from calendar_invitation i where i.event_id = e.id and i.person_id = :viewer)
				 or exists (select 1 from calendar_registration r where r.event_id = e.id and r.person_id = :viewer
				            and r.status <> 'CANCELLED')"""
				+ (audiences == null ? "" : "\n or e.audience in (" + audiences + ")") + ")";
		return new Filter(where, Map.of("viewer", viewer.personId()));
	}

	private static boolean byAudience(AgoraPrincipal viewer, Audience audience) {
		return switch (audience) {
			case LEADERS -> viewer.has(Role.KNOWLEDGE_LEADER);
			case EMPLOYEES -> viewer.has(Role.KNOWLEDGE_LEADER) || viewer.has(Role.EMPLOYEE);
			case INVITED -> false;
		};
	}

	/** Community managers, admins and knowledge leaders plan events; whoever plans one is among its organizers. */
	boolean mayCreate(AgoraPrincipal viewer) {
		return viewer != null && (viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER));
	}

	/** Change, cancel, see registrations, check people in, invite, read feedback. */
	boolean mayOrganize(AgoraPrincipal viewer, CalendarEvent event) {
		return viewer != null && (viewer.isManager() || event.organizedBy(viewer.personId()));
	}

	/** Register (or join the waitlist) for an event the viewer may see. */
	boolean mayRegister(AgoraPrincipal viewer, CalendarEvent event) {
		return maySee(viewer, event);
	}

	/** Community managers set the cadence rules. */
	boolean mayManageCadence(AgoraPrincipal viewer) {
		return viewer != null && viewer.isManager();
	}
}
