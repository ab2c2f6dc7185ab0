package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.agora.people.GuestAccounts;
import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.Text;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers invite people to an event by email. A colleague with an account is invited as they are; an address
 * without an account becomes a guest account of the partner community (see {@link GuestAccounts}), which then sees
 * this event and nothing else it is not invited to. People of any role may be invited to any event, but guests only
 * to joint events and invitation-only events. Every address is checked before anyone is invited, so a list with one
 * bad address invites nobody. Removing an invitation leaves a registration as it is.
 */
@Service
@Transactional
class Invitations {

	static final int MAX_ADDRESSES = 50;

	private static final Pattern NAMED = Pattern.compile("^(.*)<([^<>]+)>$");

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	/** A person invited to the event. */
	record Invitee(long personId, String name, String email, boolean guest, Instant invitedAt) {
	}

	/**
	 * What an invitation list did.
	 *
	 * @param invited people newly invited, guests included
	 * @param guests new guest accounts among them
	 * @param already people who were invited before
	 */
	record Outcome(int invited, int guests, int already) implements java.io.Serializable {
	}

	/** An address in the list that cannot be invited; the message names it. */
	static class BadAddress extends InvalidInputException {

		private final String address;

		BadAddress(String address, String messageKey, String problem) {
			super("emails", messageKey, address + ": " + problem);
			this.address = address;
		}

		String address() {
			return address;
		}
	}

	private record Entry(String address, String name) {
	}

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final EventEditor editor;

	private final People people;

	private final GuestAccounts guests;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Invitations(JdbcClient jdbc, EventAccess access, EventEditor editor, People people, GuestAccounts guests,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.editor = editor;
		this.people = people;
		this.guests = guests;
		this.events = events;
		this.clock = clock;
	}

	/** The people invited to the event, by name, for its organizers. */
	@Transactional(readOnly = true)
	List<Invitee> of(AgoraPrincipal viewer, long eventId) {
		access.organized(viewer, eventId);
		return jdbc.sql("""
				select p.id, p.full_name, p.email, i.invited_at,
				  not exists (select 1 from people_person_role r where r.person_id = p.id and r.role <> 'GUEST') as guest
				from calendar_invitation i join people_person p on p.id = i.person_id
				where i.event_id = :event order by lower(p.full_name), p.id""")
			.param("event", eventId)
			.query((rs, n) -> new Invitee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(5),
					EventStore.instant(rs, "invited_at")))
			.list();
	}

	/**
	 * Invites every address of the list.
	 *
	 * @param emails addresses separated by commas, semicolons or new lines, each bare or as {@code Name <address>}
	 * @param name the name of a new guest whose address comes without one
	 */
	Outcome invite(AgoraPrincipal viewer, long eventId, String emails, String name) {
		var event = editor.lockForOrganizer(viewer, eventId);
		if (event.cancelled() || event.ended(clock.instant())) {
			throw new InvalidInputException("emails", "calattend.error.inviteClosed",
					"The event is cancelled or over; nobody can be invited any more.");
		}
		var entries = entries(emails);
		boolean guestsWelcome = event.type() == EventType.JOINT_EVENT || event.audience() == Audience.INVITED;
		String defaultName = Text.blankToNull(name);
		if (defaultName != null && defaultName.length() > 200) {
			throw new InvalidInputException("name", "calattend.error.nameLength",
					"The name is longer than 200 characters.");
		}
		Map<Entry, PersonSummary> known = new LinkedHashMap<>();
		List<Entry> unknown = new ArrayList<>();
		for (var entry : entries) {
			var person = people.findByEmail(entry.address());
			if (person.isPresent()) {
				if (!person.get().active()) {
					throw new BadAddress(entry.address(), "calattend.error.inactive", "this account is disabled");
				}
				if (guestOnly(person.get()) && !guestsWelcome) {
					throw new BadAddress(entry.address(), "calattend.error.guestNotWelcome",
							"guests are invited only to joint events and invitation-only events");
				}
				known.put(entry, person.get());
			}
			else {
				if (!guestsWelcome) {
					throw new BadAddress(entry.address(), "calattend.error.noAccount",
							"has no account, and guests are invited only to joint events and invitation-only events");
				}
				if (entry.name() == null && (defaultName == null || unknown.stream().anyMatch(u -> u.name() == null))) {
					throw new BadAddress(entry.address(), "calattend.error.guestName",
							"has no account; give the guest's name as Name <address>, or in the name field");
				}
				if (entry.name() != null && entry.name().length() > 200) {
					throw new BadAddress(entry.address(), "calattend.error.guestNameLength",
							"the name is longer than 200 characters");
				}
				unknown.add(entry);
			}
		}
		String inviter = people.find(viewer.personId()).map(PersonSummary::fullName).orElse(viewer.displayName());
		int invited = 0;
		int already = 0;
		for (var person : known.values()) {
			if (add(event, person.id(), viewer.personId())) {
				invited++;
			}
			else {
				already++;
			}
		}
		for (var entry : unknown) {
			long personId;
			try {
				personId = guests.create(entry.address(), entry.name() != null ? entry.name() : defaultName, inviter,
						event.title());
			}
			catch (InvalidInputException e) {
				// the account's rules speak of one address; the form names it among those typed
				throw switch (e.field()) {
					case "email" -> new InvalidInputException("emails", e.messageKey(), e.getMessage());
					case "fullName" -> new InvalidInputException("name", e.messageKey(), e.getMessage());
					default -> e;
				};
			}
			add(event, personId, viewer.personId());
			invited++;
		}
		return new Outcome(invited, unknown.size(), already);
	}

	/** Takes back an invitation; a registration the person made stays. */
	void remove(AgoraPrincipal viewer, long eventId, long personId) {
		editor.lockForOrganizer(viewer, eventId);
		if (jdbc.sql("delete from calendar_invitation where event_id = :event and person_id = :person")
			.param("event", eventId)
			.param("person", personId)
			.update() == 0) {
			throw new NotFoundException("Invitation");
		}
	}

	private boolean add(CalendarEvent event, long personId, long invitedBy) {
		boolean exists = jdbc.sql("select count(*) from calendar_invitation where event_id = :event and person_id = :person")
			.param("event", event.id())
			.param("person", personId)
			.query(Integer.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		jdbc.sql("""
				insert into calendar_invitation (event_id, person_id, invited_by, invited_at)
				values (:event, :person, :by, :now)""")
			.param("event", event.id())
			.param("person", personId)
			.param("by", invitedBy)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new EventInvitationSent(event.id(), personId, event.title(), event.startsAt(),
				event.zone().getId(), invitedBy));
		return true;
	}

	private static boolean guestOnly(PersonSummary person) {
		return person.roles().equals(Set.of(Role.GUEST)) || person.roles().isEmpty();
	}

	/** The addresses of the list, each once, in the order typed. */
	private static List<Entry> entries(String text) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (String part : (text == null ? "" : text).split("[,;\\r\\n]+")) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			String name = null;
			String address = item;
			var named = NAMED.matcher(item);
			if (named.matches()) {
				name = Text.blankToNull(named.group(1).strip().replaceAll("^\"|\"$", ""));
				address = named.group(2).strip();
			}
			if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
				throw new BadAddress(item, "calattend.error.email", "is not an email address");
			}
			String key = address.toLowerCase(Locale.ROOT);
			entries.putIfAbsent(key, new Entry(key, name));
		}
		if (entries.isEmpty()) {
			throw new InvalidInputException("emails", "calattend.error.emailsRequired",
					"Give at least one email address.");
		}
		if (entries.size() > MAX_ADDRESSES) {
			throw new InvalidInputException("emails", "calattend.error.emailsCount",
					"Give at most " + MAX_ADDRESSES + " addresses at a time.");
		}
		return List.copyOf(entries.values());
	}
}
