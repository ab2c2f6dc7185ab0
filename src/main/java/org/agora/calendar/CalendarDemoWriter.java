package org.agora.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo calendar straight to the tables, anchored on the current quarter in the organization's time zone so
 * that it stays believable whenever the demo starts: four past quarters (one of them broken by a cancelled study
 * tour), the current quarter with events still open for registration, and an empty next quarter. The same community
 * always gets the same people at the same events.
 */
@Component
class CalendarDemoWriter {

	static final String MANAGER = "manager@agora.example";

	static final String LEADER = "leader@agora.example";

	static final String EMPLOYEE = "employee@agora.example";

	static final String GUEST = "guest@partner.example";

	static final String PARTNER = "Northern Water Association";

	private static final long SEED = 20261129L;

	private static final String HEAD_OFFICE = "Meitar head office, 12 HaMasger St, Tel Aviv · Auditorium, floor 2";

	private static final String TRAINING_ROOM = "Meitar head office, Tel Aviv · Training room 4";

	/**
	 * One demo event.
	 *
	 * @param quarter the quarter relative to the current one (-4 … 0)
	 * @param day days after the quarter's first day (past events) — upcoming events are placed from today instead
	 * @param attendance the share of seats (or of the audience, without a limit) that came
	 */
	private record Spec(int quarter, int day, String title, String description, EventType type, Set<FocusArea> focus,
			List<String> tags, LocalTime start, Duration length, String location, String onlineUrl, Integer capacity,
			Audience audience, String partner, String organizer, int people, boolean cancelled, String cancelReason,
			List<String[]> links) {
	}

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	private final ZoneId zone;

	CalendarDemoWriter(JdbcClient jdbc, People people, Clock clock, @Value("${agora.time-zone:UTC}") ZoneId zone) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
		this.zone = zone;
	}

	/** Writes the demo events; returns how many. Nothing is written when the demo accounts are missing. */
	@Transactional
	int write() {
		var manager = people.findByEmail(MANAGER).orElse(null);
		var leader = people.findByEmail(LEADER).orElse(null);
		var employee = people.findByEmail(EMPLOYEE).orElse(null);
		var guest = people.findByEmail(GUEST).orElse(null);
		if (manager == null || leader == null || employee == null || guest == null) {
			return 0;
		}
		var leaders = ids("""
				select id from people_person where active and leader_status = 'ACTIVE' and id <> :excluded order by id""",
				leader.id());
		var employees = ids("""
				select p.id from people_person p where p.active and p.leader_status is null and p.id <> :excluded
				and exists (select 1 from people_person_role r where r.person_id = p.id and r.role = 'EMPLOYEE')
				and not exists (select 1 from people_person_role r where r.person_id = p.id and r.role <> 'EMPLOYEE')
				order by p.id""", employee.id());
		long secondOrganizer = leaders.isEmpty() ? manager.id() : leaders.get(Math.min(3, leaders.size() - 1));

		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
		LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
		boolean upcomingThisQuarter = today.plusDays(24).isBefore(quarterEnd);
		LocalDate upcomingFrom = upcomingThisQuarter ? today : quarterStart.plusMonths(3);

		var random = new Random(SEED);
		int written = 0;
		for (var spec : specs()) {
			LocalDate day;
			if (spec.quarter() > 0) {
				day = upcomingFrom.plusDays(spec.day());
			}
			else {
				day = quarterStart.plusMonths(3L * spec.quarter()).plusDays(spec.day());
				if (spec.quarter() == 0 && (!upcomingThisQuarter || !day.isBefore(today))) {
					continue;
				}
			}
			while (day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY || day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
				// the organization works Sunday to Thursday
				day = day.plusDays(1);
			}
			long organizer = switch (spec.organizer()) {
				case "leader" -> leader.id();
				case "second" -> secondOrganizer;
				default -> manager.id();
			};
			write(spec, day, organizer, manager.id(), leader, employee, guest, leaders, employees, random);
			written++;
		}
		return written;
	}

	private void write(Spec spec, LocalDate day, long organizer, long managerId, PersonSummary leader,
			PersonSummary employee, PersonSummary guest, List<Long> leaders, List<Long> employees, Random random) {
		Instant now = clock.instant();
		Instant startsAt = ZonedDateTime.of(day, spec.start(), zone).toInstant();
		Instant endsAt = startsAt.plus(spec.length());
		boolean past = endsAt.isBefore(now);
		Instant createdAt = startsAt.minus(Duration.ofDays(35));
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into calendar_event (uid, title, description, event_type, starts_at, ends_at, time_zone, location,
				  online_url, capacity, registration_deadline, audience, partner_organization, status, cancel_reason,
				  sequence, check_in_code, held_at, created_by, created_at, updated_at)
				values (:uid, :title, :description, :type, :starts, :ends, :zone, :location, :url, :capacity, :deadline,
				  :audience, :partner, :status, :reason, :sequence, :code, :held, :by, :created, :updated)""")
			.param("uid", "demo-" + Math.abs(spec.title().hashCode()) + "-" + day + "@agora")
			.param("title", spec.title())
			.param("description", spec.description())
			.param("type", spec.type().name())
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(endsAt))
			.param("zone", zone.getId())
			.param("location", spec.location())
			.param("url", spec.onlineUrl())
			.param("capacity", spec.capacity())
			.param("deadline", spec.capacity() == null ? null : Timestamp.from(startsAt.minus(Duration.ofDays(2))))
			.param("audience", spec.audience().name())
			.param("partner", spec.partner())
			.param("status", spec.cancelled() ? "CANCELLED" : "SCHEDULED")
			.param("reason", spec.cancelReason())
			.param("sequence", spec.cancelled() ? 1 : 0)
			.param("code", code(random))
			.param("held", past && !spec.cancelled() ? Timestamp.from(endsAt) : null)
			.param("by", organizer)
			.param("created", Timestamp.from(createdAt))
			.param("updated", Timestamp.from(spec.cancelled() ? startsAt.minus(Duration.ofDays(9)) : createdAt))
			.update(key, "id");
		long eventId = key.getKeyAs(Number.class).longValue();
		for (var area : spec.focus()) {
			jdbc.sql("insert into calendar_event_focus (event_id, focus) values (:id, :focus)")
				.param("id", eventId)
				.param("focus", area.name())
				.update();
		}
		for (var tag : spec.tags()) {
			jdbc.sql("insert into calendar_event_tag (event_id, tag) values (:id, :tag)")
				.param("id", eventId)
				.param("tag", tag)
				.update();
		}
		var organizers = new LinkedHashSet<Long>(List.of(organizer));
		if (spec.type() == EventType.WORKSHOP) {
			organizers.add(leader.id());
		}
		for (long person : organizers) {
			jdbc.sql("insert into calendar_organizer (event_id, person_id) values (:id, :person)")
				.param("id", eventId)
				.param("person", person)
				.update();
		}
		if (past) {
			for (var link : spec.links()) {
				jdbc.sql("""
						insert into calendar_event_link (event_id, kind, title, url, added_by, added_at)
						values (:id, :kind, :title, :url, :by, :at)""")
					.param("id", eventId)
					.param("kind", link[0])
					.param("title", link[1])
					.param("url", link[2])
					.param("by", organizer)
					.param("at", Timestamp.from(endsAt.plus(Duration.ofDays(1))))
					.update();
			}
		}
		if (spec.type() == EventType.JOINT_EVENT) {
			jdbc.sql("""
					insert into calendar_invitation (event_id, person_id, invited_by, invited_at)
					values (:id, :person, :by, :at)""")
				.param("id", eventId)
				.param("person", guest.id())
				.param("by", organizer)
				.param("at", Timestamp.from(createdAt.plus(Duration.ofDays(1))))
				.update();
		}

		// who registered: the named demo accounts where they belong, then leaders (and employees for everyone's events)
		var pool = new ArrayList<Long>(leaders);
		Collections.shuffle(pool, random);
		if (spec.audience() == Audience.EMPLOYEES) {
			var others = new ArrayList<Long>(employees);
			Collections.shuffle(others, random);
			pool.addAll(others);
		}
		var registrants = new ArrayList<Long>();
		if (!organizers.contains(leader.id())) {
			registrants.add(leader.id());
		}
		if (spec.audience() == Audience.EMPLOYEES) {
			registrants.add(employee.id());
		}
		if (spec.type() == EventType.JOINT_EVENT) {
			registrants.add(guest.id());
		}
		for (long person : pool) {
			if (registrants.size() >= spec.people()) {
				break;
			}
			if (!organizers.contains(person) && !registrants.contains(person)) {
				registrants.add(person);
			}
		}
		Collections.shuffle(registrants.subList(Math.min(3, registrants.size()), registrants.size()), random);
		long queueNo = 1;
		int seats = 0;
		var attendees = new ArrayList<Long>();
		for (long person : registrants) {
			boolean seated = spec.capacity() == null || seats < spec.capacity();
			if (seated) {
				seats++;
			}
			Instant registeredAt = startsAt.minus(Duration.ofHours(24L * 3 + random.nextInt(24 * 25)));
			if (registeredAt.isAfter(now)) {
				registeredAt = now.minus(Duration.ofHours(1 + random.nextInt(24 * 5)));
			}
			boolean attended = past && seated && !spec.cancelled() && (person == leader.id() || random.nextInt(100) < 88);
			if (attended) {
				attendees.add(person);
			}
			jdbc.sql("""
					insert into calendar_registration (event_id, person_id, status, queue_no, registered_at, updated_at,
					  attended_at, checked_in_by, reminded_at, feedback_requested_at)
					values (:event, :person, :status, :queue, :registered, :registered, :attended, :checker, :reminded,
					  :requested)""")
				.param("event", eventId)
				.param("person", person)
				.param("status", seated ? "REGISTERED" : "WAITLISTED")
				.param("queue", queueNo++)
				.param("registered", Timestamp.from(registeredAt))
				.param("attended", attended ? Timestamp.from(startsAt.plus(Duration.ofMinutes(random.nextInt(20)))) : null)
				.param("checker", attended ? (random.nextBoolean() ? organizer : person) : null)
				.param("reminded", past && seated ? Timestamp.from(startsAt.minus(Duration.ofHours(20))) : null)
				.param("requested", attended ? Timestamp.from(endsAt.plus(Duration.ofHours(1))) : null)
				.update();
		}
		jdbc.sql("update calendar_event set next_queue_no = :next where id = :id")
			.param("next", queueNo)
			.param("id", eventId)
			.update();
		for (long person : attendees) {
			if (random.nextInt(100) >= 62 && person != leader.id()) {
				continue;
			}
			int rating = random.nextInt(100) < 55 ? 5 : random.nextInt(100) < 75 ? 4 : 3;
			boolean comments = random.nextInt(100) < 45 || person == leader.id();
			jdbc.sql("""
					insert into calendar_feedback (event_id, person_id, rating, useful, to_change, created_at)
					values (:event, :person, :rating, :useful, :change, :at)""")
				.param("event", eventId)
				.param("person", person)
				.param("rating", rating)
				.param("useful", comments ? USEFUL.get(random.nextInt(USEFUL.size())) : null)
				.param("change", comments && random.nextBoolean() ? CHANGE.get(random.nextInt(CHANGE.size())) : null)
				.param("at", Timestamp.from(endsAt.plus(Duration.ofHours(2 + random.nextInt(60)))))
				.update();
		}
	}

	private List<Long> ids(String sql, long excluded) {
		return jdbc.sql(sql).param("excluded", excluded).query(Long.class).list();
	}

	private static String code(Random random) {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		var code = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			code.append(letters.charAt(random.nextInt(letters.length())));
		}
		return code.toString();
	}

	private static final List<String> USEFUL = List.of(
			"The worked example from the Ashdod plant made it concrete.",
			"Hearing how other units deal with the same resistance.",
			"The template — I used it with my team the next week.",
			"Time to talk with leaders from other regions.",
			"Practical, short, and the slides are good to share.",
			"הדוגמאות מהשטח היו מצוינות, ובמיוחד הראיון עם המהנדס שפרש.",
			"The exercise in pairs: I finally understood how to prioritise.");

	private static final List<String> CHANGE = List.of(
			"Less theory at the start, more time for the exercise.",
			"Send the materials a few days before.",
			"The room was too small for the group.",
			"Record it for those of us on shifts.",
			"הייתי שמח לעוד זמן לשאלות בסוף.");

	private static List<Spec> specs() {
		return List.of(
				new Spec(-4, 23, "Knowledge retention when experts retire",
						"""
								Over the next five years a fifth of our senior engineers will retire. What they know \
								about our plants and networks must not leave with them.

								- how to find the knowledge that is at risk
								- expert interviews, shadowing and recorded walkthroughs
								- what worked at the Ashdod desalination plant""",
						EventType.LECTURE, Set.of(FocusArea.MANAGEMENT_TOOLS, FocusArea.TECHNICAL),
						List.of("knowledge retention", "succession"), LocalTime.of(14, 0), Duration.ofMinutes(90),
						HEAD_OFFICE, null, 60, Audience.EMPLOYEES, null, "manager", 38, false, null,
						List.<String[]>of(new String[] { "MATERIAL", "Slides: knowledge retention",
								"https://intranet.meitar.example/km/retention-slides.pdf" })),
				new Spec(-4, 58, "Mapping critical knowledge in your unit",
						"""
								A hands-on workshop: bring your unit's goals and leave with a first knowledge map — \
								what matters most, who holds it, and how available it is today.""",
						EventType.WORKSHOP, Set.of(FocusArea.MANAGEMENT_TOOLS), List.of("knowledge mapping"),
						LocalTime.of(9, 0), Duration.ofHours(4), TRAINING_ROOM, null, 20, Audience.LEADERS, null,
						"manager", 20, false, null,
						List.<String[]>of(new String[] { "MATERIAL", "Knowledge-mapping worksheet",
								"https://intranet.meitar.example/km/mapping-worksheet.xlsx" })),
				new Spec(-3, 40, "Study tour: Coastal Power's knowledge centre",
						"""
								A day at the knowledge centre of Coastal Power, a sister utility: how they run \
								communities of practice across power stations, and what their lessons-learned \
								database looks like.""",
						EventType.STUDY_TOUR, Set.of(FocusArea.MANAGEMENT_TOOLS), List.of("study tour", "communities"),
						LocalTime.of(8, 0), Duration.ofHours(8), "Bus from the head office, Tel Aviv · Haifa", null, 25,
						Audience.LEADERS, null, "manager", 17, true,
						"Our hosts had to postpone because of an emergency maintenance window. We will plan a new date with them.",
						List.of()),
				new Spec(-2, 20, "Study tour: the Eshkol control centre",
						"""
								A guided visit to the Eshkol control centre, with the shift managers who run it. \
								Topic: how operational knowledge passes between shifts.""",
						EventType.STUDY_TOUR, Set.of(FocusArea.TECHNICAL), List.of("study tour", "operations"),
						LocalTime.of(8, 0), Duration.ofHours(8), "Eshkol site · bus leaves the head office at 07:00",
						null, 25, Audience.LEADERS, null, "manager", 22, false, null,
						List.<String[]>of(new String[] { "MATERIAL", "Photos and notes from the visit",
								"https://intranet.meitar.example/km/eshkol-tour" })),
				new Spec(-2, 55, "AI assistants for lessons learned",
						"""
								Can an AI assistant help people find the lessons learned that already exist? A short \
								demo, what it gets wrong, and how to keep the sources trustworthy.""",
						EventType.ONLINE_MEETUP, Set.of(FocusArea.MANAGEMENT_TOOLS, FocusArea.TECHNICAL),
						List.of("ai", "lessons learned"), LocalTime.of(12, 30), Duration.ofHours(1), null,
						"https://meet.meitar.example/km-ai-lessons", null, Audience.EMPLOYEES, null, "second", 52, false,
						null,
						List.<String[]>of(new String[] { "RECORDING", "Recording (55 min)",
								"https://video.meitar.example/km/ai-lessons-learned" })),
				new Spec(-1, 26, "Joint session with the Northern Water Association's KM community",
						"""
								Our first joint event with the knowledge community of the Northern Water Association. \
								Each side presents one knowledge-sharing practice that works, then we swap notes in \
								mixed groups.""",
						EventType.JOINT_EVENT, Set.of(FocusArea.SOFT_SKILLS), List.of("partners", "communities"),
						LocalTime.of(10, 0), Duration.ofHours(3), HEAD_OFFICE, null, 40, Audience.LEADERS, PARTNER,
						"manager", 21, false, null,
						List.<String[]>of(new String[] { "MATERIAL", "Both communities' slides",
								"https://intranet.meitar.example/km/joint-session-slides.pdf" })),
				new Spec(-1, 61, "Handling resistance to change: a role-play workshop",
						"""
								Practise the conversations that are hardest for a knowledge leader: the expert who \
								will not share, the manager who sees no time for it.""",
						EventType.WORKSHOP, Set.of(FocusArea.SOFT_SKILLS), List.of("change management"),
						LocalTime.of(9, 0), Duration.ofHours(3), TRAINING_ROOM, null, 16, Audience.LEADERS, null,
						"second", 19, false, null, List.of()),
				new Spec(0, 16, "After-action reviews that people actually use",
						"""
								Short after-action reviews after every shutdown and repair: the format, the four \
								classic questions and the fifth that turns lessons into actions, and how the Water \
								Networks Department made it a habit.""",
						EventType.LECTURE, Set.of(FocusArea.MANAGEMENT_TOOLS), List.of("lessons learned", "aar"),
						LocalTime.of(14, 0), Duration.ofMinutes(90), HEAD_OFFICE, null, 80, Audience.EMPLOYEES, null,
						"leader", 44, false, null,
						List.<String[]>of(new String[] { "MATERIAL", "After-action review template",
								"https://intranet.meitar.example/km/aar-template.docx" })),
				new Spec(1, 6, "Expert interviews: a hands-on exercise",
						"""
								Interview a retiring expert in pairs, with the expert-interview guide, and turn the \
								notes into a short article. Seats are limited to keep the pairs small.""",
						EventType.WORKSHOP, Set.of(FocusArea.MANAGEMENT_TOOLS, FocusArea.SOFT_SKILLS),
						List.of("knowledge retention", "interviews"), LocalTime.of(9, 0), Duration.ofHours(4),
						TRAINING_ROOM, null, 12, Audience.LEADERS, null, "manager", 15, false, null, List.of()),
				new Spec(1, 12, "Joint event: communities of practice across utilities",
						"""
								The second meeting with the Northern Water Association: how each of us started a \
								community of practice, and one shared pilot for next year.""",
						EventType.JOINT_EVENT, Set.of(FocusArea.SOFT_SKILLS, FocusArea.MANAGEMENT_TOOLS),
						List.of("partners", "communities"), LocalTime.of(10, 0), Duration.ofHours(3), HEAD_OFFICE,
						null, 40, Audience.LEADERS, PARTNER, "manager", 9, false, null, List.of()),
				new Spec(1, 15, "Ask me anything: the knowledge map",
						"""
								Questions about mapping your unit's knowledge needs, scoring them and choosing where to \
								start. Bring yours.""",
						EventType.ONLINE_MEETUP, Set.of(FocusArea.MANAGEMENT_TOOLS), List.of("knowledge mapping"),
						LocalTime.of(12, 30), Duration.ofHours(1), null, "https://meet.meitar.example/km-ama", null,
						Audience.EMPLOYEES, null, "leader", 14, false, null, List.of()),
				new Spec(1, 19, "Year-end community celebration",
						"""
								We close the year together: the units that launched their first initiative, the \
								graduates of the leaders' course, and a good dinner.""",
						EventType.CELEBRATION, Set.of(), List.of("community"), LocalTime.of(18, 0), Duration.ofHours(3),
						"Meitar head office, Tel Aviv · Roof terrace", null, 120, Audience.EMPLOYEES, null, "manager",
						38, false, null, List.of()));
	}
}
