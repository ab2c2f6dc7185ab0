package org.agora.people;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.agora.platform.security.Role;
import org.agora.platform.settings.Settings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A made-up but believable community: a national water and energy utility, its org units, its people and its
 * knowledge-leader programme. The same size always gives the same community, so that demos, screenshots and
 * benchmarks can rely on it: {@link #plan} builds it in memory from a fixed seed, {@link #write} stores it with batch
 * inserts and publishes no events.
 */
@Component
class DemoCommunity {

	/** The password of every demo sign-in account. */
	static final String PASSWORD = "agora-demo-2026";

	/** The demo organization: a national water and energy utility. */
	static final String ORGANIZATION = "Meitar Water & Energy";

	/** When the demo organization's people were imported; everything in the programme happens after it. */
	static final Instant LAUNCH = Instant.parse("2025-01-01T07:00:00Z");

	/** "Now" for the demo: nothing in it happens later, whatever the wall clock says. */
	static final Instant REFERENCE = Instant.parse("2026-11-01T09:00:00Z");

	static final int PEOPLE_PER_SIZE = 150;

	static final int LEADERS_PER_SIZE = 25;

	static final int TERM_MONTHS = 24;

	private static final long SEED = 20261101L;

	private static final int PENDING_PER_SIZE = 5;

	/** The people one signs in as; they exist once, whatever the size. */
	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount(Role.ADMIN, "admin@agora.example", "Avi Mizrahi", "IT Systems Administrator", "CORP-DIG",
					"Hebrew, English", List.of("it operations", "cyber security"),
					"Looks after Agora and our other collaboration systems. Write to me when something does not work."),
			new DemoAccount(Role.COMMUNITY_MANAGER, "manager@agora.example", "Noa Levi",
					"Knowledge Management Programme Manager", "CORP", "Hebrew, English, French",
					List.of("communities of practice", "knowledge retention", "onboarding", "lessons learned"),
					"I run the knowledge-leader programme: nominations, cohorts, the quarterly meet-ups and the "
							+ "community's health. Ask me how to start a community of practice in your unit."),
			new DemoAccount(Role.KNOWLEDGE_LEADER, "leader@agora.example", "Rania Haddad", "Process Engineer",
					"WTR-TRT", "Arabic, Hebrew, English", List.of("desalination", "process engineering", "lessons learned"),
					"Process engineer at the Ashdod desalination plant and knowledge leader for the Water Treatment "
							+ "Department. I run our monthly lessons-learned session."),
			new DemoAccount(Role.EMPLOYEE, "employee@agora.example", "Daniel Cohen", "Field Technician", "WTR-NET",
					"Hebrew, English", List.of("pipelines", "asset management"),
					"Field technician in the Water Networks Department, mostly pipe repairs and meter replacements."),
			new DemoAccount(Role.GUEST, "guest@partner.example", "Claire Dubois",
					"Knowledge Manager, Northern Water Association", null, "French, English, Hebrew",
					List.of("communities of practice", "lessons learned"),
					"Knowledge manager at a partner utility. I join Agora for our joint events."));

	/** Everything the demo community holds, before it has database ids; people are referred to by email. */
	record Plan(int size, List<Unit> units, List<Member> people, List<Proposal> nominations) {
	}

	record Unit(String code, String name, UnitKind kind, String parentCode) {
	}

	record Member(String email, String fullName, String jobTitle, String unitCode, String languages, String bio,
			String locale, LeaderStatus leaderStatus, Set<Role> roles, List<String> expertise, Instant createdAt,
			boolean signsIn) {
	}

	record Proposal(String nomineeEmail, String nominatorEmail, String reason, NominationStatus status,
			Instant createdAt, String decidedByEmail, Instant decidedAt, String decisionNote,
			Map<String, Boolean> assessments, Term term) {
	}

	record Term(LocalDate startDate, int termMonths, String cohortLabel, int hoursPerMonth, LocalDate endedOn,
			Instant createdAt) {
	}

	/** @param role the role the account demonstrates; everyone but the guest is also an employee */
	record DemoAccount(Role role, String email, String fullName, String jobTitle, String unitCode, String languages,
			List<String> expertise, String bio) {

		Set<Role> roles() {
			return role == Role.GUEST ? EnumSet.of(Role.GUEST) : EnumSet.of(role, Role.EMPLOYEE);
		}
	}

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final Settings settings;

	DemoCommunity(JdbcTemplate jdbc, PasswordEncoder encoder, Settings settings) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.settings = settings;
	}

	/**
	 * The community of the given size, a pure function: size 1 is the head office with 150 people and 25 active
	 * leaders; each further size adds a region with the same departments and teams, 150 people and 25 leaders more.
	 */
	static Plan plan(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("The demo size must be at least 1, was " + size);
		}
		return new Planner(size, new Random(SEED)).plan();
	}

	/** Stores the plan; the database must not hold any of its unit codes or emails yet. */
	@Transactional
	void write(Plan plan) {
		settings.put(Settings.ORGANIZATION_NAME, ORGANIZATION);
		String hash = encoder.encode(PASSWORD);
		var unitIds = insertUnits(plan.units());
		var personIds = insertPeople(plan.people(), unitIds);
		insert("insert into people_person_role (person_id, role) values (?, ?)", types(Types.BIGINT, Types.VARCHAR),
				plan.people().stream().flatMap(m -> m.roles().stream().map(r -> row(personIds.get(m.email()), r.name()))));
		insert("insert into people_expertise (person_id, tag) values (?, ?)", types(Types.BIGINT, Types.VARCHAR),
				plan.people().stream().flatMap(m -> m.expertise().stream().map(t -> row(personIds.get(m.email()), t))));
		insert("insert into people_account (person_id, password_hash, password_changed_at) values (?, ?, ?)",
				types(Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE),
				plan.people().stream().filter(Member::signsIn).map(m -> row(personIds.get(m.email()), hash, utc(LAUNCH))));
		var nominationIds = insertNominations(plan.nominations(), personIds);
		insert("insert into people_nomination_assessment (nomination_id, criterion_code, met) values (?, ?, ?)",
				types(Types.BIGINT, Types.VARCHAR, Types.BOOLEAN),
				plan.nominations().stream().flatMap(n -> n.assessments().entrySet().stream()
					.map(a -> row(nominationIds.get(n.nomineeEmail()), a.getKey(), a.getValue()))));
		insert("""
				insert into people_leader_term (person_id, nomination_id, start_date, term_months, cohort_label,
				  hours_per_month, ended_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
				types(Types.BIGINT, Types.BIGINT, Types.DATE, Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.DATE,
						Types.TIMESTAMP_WITH_TIMEZONE),
				plan.nominations().stream().filter(n -> n.term() != null).map(n -> row(personIds.get(n.nomineeEmail()),
						nominationIds.get(n.nomineeEmail()), n.term().startDate(), n.term().termMonths(),
						n.term().cohortLabel(), n.term().hoursPerMonth(), n.term().endedOn(), utc(n.term().createdAt()))));
	}

	private Map<String, Long> insertUnits(List<Unit> units) {
		var ids = new HashMap<String, Long>();
		// a division has no parent, a department's parent is a division, a team's a department: one level per kind
		for (var kind : UnitKind.values()) {
			insert("insert into people_unit (code, name, kind, parent_id, created_at) values (?, ?, ?, ?, ?)",
					types(Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE),
					units.stream().filter(u -> u.kind() == kind).map(u -> row(u.code(), u.name(), kind.name(),
							u.parentCode() == null ? null : ids.get(u.parentCode()), utc(LAUNCH))));
			ids.putAll(idsBy("select id, code from people_unit"));
		}
		return ids;
	}

	private Map<String, Long> insertPeople(List<Member> people, Map<String, Long> unitIds) {
		insert("""
				insert into people_person (email, full_name, job_title, unit_id, languages, bio, locale, leader_status,
				  active, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, ?)""",
				types(Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
						Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE),
				people.stream().map(m -> row(m.email(), m.fullName(), m.jobTitle(),
						m.unitCode() == null ? null : unitIds.get(m.unitCode()), m.languages(), m.bio(), m.locale(),
						m.leaderStatus() == null ? null : m.leaderStatus().name(), utc(m.createdAt()))));
		return idsBy("select id, email from people_person");
	}

	/** Each nominee has one nomination in the plan, so the nominee's email finds the nomination's id. */
	private Map<String, Long> insertNominations(List<Proposal> nominations, Map<String, Long> personIds) {
		insert("""
				insert into people_nomination (nominee_id, nominator_id, reason, status, created_at, decided_by,
				  decided_at, decision_note) values (?, ?, ?, ?, ?, ?, ?, ?)""",
				types(Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
						Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR),
				nominations.stream().map(n -> row(personIds.get(n.nomineeEmail()), personIds.get(n.nominatorEmail()),
						n.reason(), n.status().name(), utc(n.createdAt()),
						n.decidedByEmail() == null ? null : personIds.get(n.decidedByEmail()), utc(n.decidedAt()),
						n.decisionNote())));
		return idsBy("select n.id, p.email from people_nomination n join people_person p on p.id = n.nominee_id");
	}

	private void insert(String sql, int[] types, Stream<Object[]> rows) {
		jdbc.batchUpdate(sql, rows.toList(), types);
	}

	private Map<String, Long> idsBy(String sql) {
		var ids = new HashMap<String, Long>();
		jdbc.query(sql, (RowCallbackHandler) rs -> ids.put(rs.getString(2), rs.getLong(1)));
		return ids;
	}

	private static Object[] row(Object... values) {
		return values;
	}

	private static int[] types(int... types) {
		return types;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	// The organization, its people and the programme, as the planner draws them.

	/**
	 * @param headcount people in the unit at the head office (size 1)
	 * @param regionalHeadcount people in the unit in each further region; divisions exist only once
	 * @param led whether the unit has active knowledge leaders; the others show the community's coverage gaps
	 */
	private record UnitSpec(String code, String name, UnitKind kind, String parent, int headcount,
			int regionalHeadcount, boolean led, String head, List<String> titles, List<String> tags) {
	}

	/** The head office of a national water and energy utility; every further size adds a region of it. */
	private static final List<UnitSpec> UNITS = List.of(
			new UnitSpec("WTR", "Water Division", UnitKind.DIVISION, null, 6, 0, true, "Director, Water Division",
					List.of("Operations Planner", "Regulation Specialist", "Programme Manager", "Executive Assistant"),
					List.of("water regulation", "operations planning", "asset management")),
			new UnitSpec("ENG", "Energy Division", UnitKind.DIVISION, null, 5, 0, true, "Director, Energy Division",
					List.of("Energy Economist", "Regulatory Affairs Specialist", "Project Controller"),
					List.of("energy markets", "regulation", "project controls")),
			new UnitSpec("CORP", "Corporate Services Division", UnitKind.DIVISION, null, 12, 0, true,
					"Director, Corporate Services", List.of("Procurement Officer", "HR Business Partner", "Legal Counsel",
							"Contracts Manager", "Training Coordinator", "Safety Officer"),
					List.of("procurement", "contracts", "safety", "training", "hr")),
			new UnitSpec("WTR-TRT", "Water Treatment Department", UnitKind.DEPARTMENT, "WTR", 12, 14, true,
					"Head of Water Treatment", List.of("Process Engineer", "Plant Operator", "Desalination Engineer",
							"Maintenance Technician", "Shift Supervisor"),
					List.of("desalination", "water treatment", "process engineering", "maintenance")),
			new UnitSpec("WTR-NET", "Water Networks Department", UnitKind.DEPARTMENT, "WTR", 12, 14, true,
					"Head of Water Networks",
					List.of("Network Engineer", "Hydrologist", "Asset Manager", "Field Technician", "GIS Analyst"),
					List.of("hydrology", "gis", "asset management", "pipelines")),
			new UnitSpec("ENG-GRID", "Grid Operations Department", UnitKind.DEPARTMENT, "ENG", 12, 14, true,
					"Head of Grid Operations", List.of("Electrical Engineer", "Protection Engineer",
							"Substation Technician", "Outage Coordinator"),
					List.of("grid operations", "substations", "protection", "safety")),
			new UnitSpec("ENG-REN", "Renewable Generation Department", UnitKind.DEPARTMENT, "ENG", 10, 12, false,
					"Head of Renewable Generation", List.of("Renewable Energy Engineer", "Project Manager",
							"Wind Resource Analyst", "Energy Storage Specialist"),
					List.of("solar", "wind", "energy storage", "project management")),
			new UnitSpec("CORP-DIG", "Digital & Data Department", UnitKind.DEPARTMENT, "CORP", 12, 14, true,
					"Head of Digital & Data", List.of("Software Engineer", "Cyber Security Analyst", "Business Analyst",
							"IT Systems Administrator"),
					List.of("cyber security", "software", "it operations", "ai")),
			new UnitSpec("WTR-TRT-LAB", "Water Quality Laboratory", UnitKind.TEAM, "WTR-TRT", 11, 14, true,
					"Laboratory Manager",
					List.of("Laboratory Chemist", "Microbiologist", "Lab Technician", "Quality Assurance Officer"),
					List.of("water quality", "microbiology", "lab accreditation")),
			new UnitSpec("WTR-NET-LEAK", "Leak Detection Team", UnitKind.TEAM, "WTR-NET", 11, 14, false,
					"Team Lead, Leak Detection",
					List.of("Leak Detection Specialist", "Acoustic Survey Technician", "Hydraulic Modeller"),
					List.of("leak detection", "hydraulic modelling", "acoustics")),
			new UnitSpec("ENG-GRID-SCADA", "SCADA & Control Room Team", UnitKind.TEAM, "ENG-GRID", 12, 14, true,
					"Control Room Manager", List.of("SCADA Engineer", "Control Room Operator", "OT Security Engineer"),
					List.of("scada", "ot security", "control room")),
			new UnitSpec("ENG-GRID-PLAN", "Grid Planning Team", UnitKind.TEAM, "ENG-GRID", 10, 14, true,
					"Team Lead, Grid Planning",
					List.of("Grid Planning Engineer", "Load Forecasting Analyst", "Interconnection Engineer"),
					List.of("grid planning", "load forecasting", "interconnection")),
			new UnitSpec("ENG-REN-SOLAR", "Solar Projects Team", UnitKind.TEAM, "ENG-REN", 9, 12, false,
					"Team Lead, Solar Projects", List.of("Solar Project Engineer", "Site Manager", "Permitting Specialist"),
					List.of("solar", "permitting", "site management")),
			new UnitSpec("CORP-DIG-DATA", "Data Analytics Team", UnitKind.TEAM, "CORP-DIG", 15, 14, true,
					"Team Lead, Data Analytics",
					List.of("Data Scientist", "Data Engineer", "BI Developer", "Machine Learning Engineer"),
					List.of("data analytics", "machine learning", "ai", "bi")));

	private static final List<String> REGIONS = List.of("North", "Haifa", "Galilee", "Sharon", "Center", "Jerusalem",
			"Shfela", "South", "Negev", "Arava");

	private static final List<String> KM_TAGS = List.of("lessons learned", "onboarding", "knowledge retention",
			"communities of practice", "mentoring", "technical writing", "after action reviews", "ai");

	/** @param languages the usual combination first, rarer ones after it */
	private record NameGroup(int percent, boolean hebrewInterface, List<String> first, List<String> last,
			List<String> languages) {
	}

	private static final List<NameGroup> NAMES = List.of(
			new NameGroup(55, true,
					List.of("Noa", "Yael", "Tamar", "Maya", "Shira", "Michal", "Dana", "Adi", "Roni", "Lior", "Omer",
							"Itai", "Yonatan", "Eitan", "Amit", "Guy", "Oren", "Avi", "Daniel", "Ariel", "Nadav", "Tal",
							"Hila", "Inbal", "Keren", "Ronit", "Avital", "Efrat", "Yuval", "Idan", "Gal", "Ofir", "Moshe",
							"Yosef", "Ruth", "Hadas"),
					List.of("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Dahan", "Avraham", "Friedman", "Shapiro",
							"Katz", "Azoulay", "Ben-David", "Goldberg", "Rosen", "Ohana", "Amar", "Golan", "Harel",
							"Segal", "Weiss", "Ashkenazi", "Navon", "Barak", "Ben-Ami", "Elbaz", "Malka", "Sasson"),
					List.of("Hebrew, English", "Hebrew, English, French", "Hebrew, English, Russian",
							"Hebrew, English, Arabic", "Hebrew, English, Spanish")),
			new NameGroup(13, true,
					List.of("Ahmad", "Rami", "Samir", "Fadi", "Karim", "Rania", "Lina", "Nour", "Hiba", "Mariam", "Yara",
							"Omar", "Wael", "Amal"),
					List.of("Khoury", "Haddad", "Nasser", "Mansour", "Saleh", "Darwish", "Halabi", "Zoabi", "Kassem"),
					List.of("Arabic, Hebrew, English", "Arabic, Hebrew, English, French")),
			new NameGroup(14, true,
					List.of("Dmitri", "Olga", "Anna", "Igor", "Svetlana", "Alexei", "Natalia", "Sergei", "Elena",
							"Marina", "Boris", "Yulia"),
					List.of("Kogan", "Rabinovich", "Gurevich", "Feldman", "Zilberman", "Kaplan", "Lerner", "Shulman",
							"Berman"),
					List.of("Hebrew, Russian, English", "Russian, Hebrew, English")),
			new NameGroup(8, false,
					List.of("Julien", "Claire", "Sophie", "Mathieu", "Camille", "Nicolas", "Amelie", "Laurent", "Chloe",
							"Yann"),
					List.of("Dubois", "Benhamou", "Attias", "Lefebvre", "Sebag", "Bensimon", "Moreau", "Toledano"),
					List.of("Hebrew, French, English", "French, Hebrew, English")),
			new NameGroup(10, false,
					List.of("Emily", "James", "Sarah", "Michael", "Laura", "Carlos", "Ana", "Priya", "Ravi", "Kenji",
							"Mei", "Thomas", "Grace", "Lucas"),
					List.of("Smith", "Miller", "Garcia", "Patel", "Tanaka", "Chen", "Brown", "Santos", "O'Brien",
							"Novak"),
					List.of("English, Hebrew", "English, Spanish, Hebrew", "English")));

	private record Cohort(String label, LocalDate start) {
	}

	private static final List<Cohort> COHORTS = List.of(new Cohort("Cohort 2025 A", LocalDate.of(2025, 2, 16)),
			new Cohort("Cohort 2025 B", LocalDate.of(2025, 9, 7)), new Cohort("Cohort 2026 A", LocalDate.of(2026, 3, 1)),
			new Cohort("Cohort 2026 B", LocalDate.of(2026, 10, 4)));

	/** Alumni of the first cohort, who left the programme early when their jobs changed. */
	private static final List<LocalDate> ALUMNI_ENDINGS = List.of(LocalDate.of(2026, 4, 30),
			LocalDate.of(2026, 7, 31));

	private static final List<String> REASONS = List.of(
			"{first} is the person everyone in the {unit} calls when a procedure is unclear, and wrote the {field} "
					+ "checklist we all use now. Making it official would help the whole unit.",
			"{first} onboarded our last four new colleagues and turned the notes into a short guide that the whole "
					+ "{unit} now uses. That is knowledge sharing in practice.",
			"{first} led the after-action review of last winter's {field} incident and made sure the lessons reached "
					+ "the other regions, not just our own team.",
			"{first} has many years of {field} experience and shares it generously. As a knowledge leader {first} "
					+ "could help us capture it before the next wave of retirements.",
			"{first} answers questions about {field} faster than anyone and brings back material from every "
					+ "conference for the rest of us. {first}'s manager already agreed to free a few hours a month.",
			"I have worked with {first} for three years. {first} documents everything, mentors juniors patiently "
					+ "and keeps asking how other units solve the same {field} problems.");

	private static final String UNLED_REASON = "There is no knowledge leader in the {unit} yet, and {first} is "
			+ "already doing the job informally: {first} keeps the team's {field} notes in order, runs a Monday "
			+ "knowledge-sharing coffee and is the first to help new colleagues.";

	private static final List<String> ACCEPT_NOTES = List.of("Welcome to {cohort}!",
			"All four criteria met. The manager agreed to {hours} hours a month.",
			"A strong nomination, backed by several colleagues. Welcome to {cohort}.");

	private static final String DECLINE_NOTE = "Thank you for the nomination. {first} is in the middle of a major "
			+ "{field} project and the manager could not commit the time this year. Let's revisit it for the next cohort.";

	private static final List<String> BIOS = List.of(
			"{years} years with the company, the last few in the {unit}. Happy to help with anything about {tag}.",
			"Joined from the private sector. I work mostly on {field} and like turning field experience into checklists.",
			"Before the {unit} I spent years in the field. Ask me about {tag}, or where the old drawings are kept.",
			"The go-to person for {field} in my team, trying to write more of it down.",
			"Mentor for new colleagues. Interested in {tag} and {tag2}.");

	private static final String LEADER_BIO = "Knowledge leader for the {unit}. Ask me about {tag}, or about how we "
			+ "share what we learn.";

	private static final Set<String> ACCOUNT_NAMES = Set.copyOf(ACCOUNTS.stream().map(DemoAccount::fullName).toList());

	/** A unit of one replica of the organization: the head office, or a region. */
	private record Place(UnitSpec spec, String code, String name, String parentCode) {
	}

	/** A person while the planner still decides about them. */
	private static final class Draft {

		final String first;

		final String fullName;

		final String email;

		final Place place;

		final Set<Role> roles = EnumSet.noneOf(Role.class);

		String jobTitle;

		String languages;

		String bio;

		String locale = "en";

		List<String> expertise;

		LeaderStatus status;

		Instant createdAt = LAUNCH;

		boolean account;

		/** Nominated or appointed: not available for another part of the programme. */
		boolean inProgramme;

		/** Nominated someone, so must have been here before that. */
		boolean nominator;

		Draft(String first, String fullName, String email, Place place) {
			this.first = first;
			this.fullName = fullName;
			this.email = email;
			this.place = place;
		}

		Member member() {
			return new Member(email, fullName, jobTitle, place == null ? null : place.code(), languages, bio, locale,
					status, Collections.unmodifiableSet(EnumSet.copyOf(roles)), List.copyOf(expertise), createdAt,
					account);
		}
	}

	/** Draws the community from one random sequence; iteration orders are fixed, so the draw is repeatable. */
	private static final class Planner {

		private final int size;

		private final Random random;

		private final List<Unit> units = new ArrayList<>();

		private final List<Draft> people = new ArrayList<>();

		private final Map<String, List<Draft>> staff = new HashMap<>();

		private final List<Proposal> nominations = new ArrayList<>();

		private final Set<String> emails = new HashSet<>();

		private final Map<Role, Draft> accounts = new EnumMap<>(Role.class);

		/** Spreads the active leaders evenly over the cohorts. */
		private int appointed;

		Planner(int size, Random random) {
			this.size = size;
			this.random = random;
		}

		Plan plan() {
			for (int replica = 1; replica <= size; replica++) {
				var places = organize(replica);
				programme(places, replica == 1);
			}
			latecomers();
			return new Plan(size, List.copyOf(units), people.stream().map(Draft::member).toList(),
					List.copyOf(nominations));
		}

		/** The replica's units and people; the first replica is the head office and holds the demo accounts. */
		private List<Place> organize(int replica) {
			var places = UNITS.stream()
				.filter(spec -> replica == 1 || spec.kind() != UnitKind.DIVISION)
				.map(spec -> place(spec, replica))
				.toList();
			for (var place : places) {
				units.add(new Unit(place.code(), place.name(), place.spec().kind(), place.parentCode()));
				staff.put(place.code(), new ArrayList<>());
			}
			if (replica == 1) {
				ACCOUNTS.forEach(account -> enlist(account, places));
			}
			for (var place : places) {
				var members = staff.get(place.code());
				int headcount = replica == 1 ? place.spec().headcount() : place.spec().regionalHeadcount();
				for (int n = 0; members.size() < headcount; n++) {
					var draft = person(place, n == 0 ? place.spec().head() : pick(place.spec().titles()));
					members.add(draft);
					people.add(draft);
				}
			}
			return places;
		}

		private static Place place(UnitSpec spec, int replica) {
			if (replica == 1) {
				return new Place(spec, spec.code(), spec.name(), spec.parent());
			}
			int n = replica - 2;
			String region = REGIONS.get(n % REGIONS.size()) + (n < REGIONS.size() ? "" : " " + (n / REGIONS.size() + 1));
			String suffix = "-R" + replica;
			String parent = spec.kind() == UnitKind.TEAM ? spec.parent() + suffix : spec.parent();
			return new Place(spec, spec.code() + suffix, spec.name() + " (" + region + ")", parent);
		}

		private void enlist(DemoAccount account, List<Place> places) {
			var place = places.stream().filter(p -> p.code().equals(account.unitCode())).findFirst().orElse(null);
			var draft = new Draft(account.fullName().split(" ")[0], account.fullName(), account.email(), place);
			draft.jobTitle = account.jobTitle();
			draft.languages = account.languages();
			draft.bio = account.bio();
			draft.expertise = account.expertise();
			draft.roles.addAll(account.roles());
			draft.account = true;
			emails.add(account.email());
			accounts.put(account.role(), draft);
			people.add(draft);
			if (place != null) {
				staff.get(place.code()).add(draft);
			}
		}

		private Draft person(Place place, String jobTitle) {
			var group = group();
			String first;
			String last;
			do {
				first = pick(group.first());
				last = pick(group.last());
			}
			while (ACCOUNT_NAMES.contains(first + " " + last));
			var draft = new Draft(first, first + " " + last, email(first, last), place);
			draft.jobTitle = jobTitle;
			var languages = group.languages();
			draft.languages = random.nextInt(4) > 0 ? languages.get(0) : pick(languages.subList(1, languages.size()));
			draft.locale = group.hebrewInterface() && random.nextInt(10) < 4 ? "he" : "en";
			draft.expertise = expertise(place.spec());
			draft.roles.add(Role.EMPLOYEE);
			if (random.nextInt(100) < 35) {
				draft.bio = words(pick(BIOS), draft);
			}
			return draft;
		}

		private NameGroup group() {
			int roll = random.nextInt(100);
			for (var group : NAMES) {
				roll -= group.percent();
				if (roll < 0) {
					return group;
				}
			}
			return NAMES.get(0);
		}

		/** firstname.lastname, with a number from 2 on when the name is taken. */
		private String email(String first, String last) {
			String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "");
			String email = local + "@agora.example";
			for (int n = 2; !emails.add(email); n++) {
				email = local + n + "@agora.example";
			}
			return email;
		}

		/** One to four tags, mostly from the unit's field, some about knowledge work itself. */
		private List<String> expertise(UnitSpec spec) {
			int count = 1 + random.nextInt(4);
			var tags = new ArrayList<String>();
			while (tags.size() < count) {
				String tag = random.nextInt(10) < 7 ? pick(spec.tags()) : pick(KM_TAGS);
				if (!tags.contains(tag)) {
					tags.add(tag);
				}
			}
			return tags;
		}

		private void programme(List<Place> places, boolean headOffice) {
			var everyone = places.stream().flatMap(p -> staff.get(p.code()).stream()).toList();
			if (headOffice) {
				appoint(accounts.get(Role.KNOWLEDGE_LEADER), COHORTS.get(0), null);
			}
			var led = places.stream().filter(p -> p.spec().led()).toList();
			int[] quotas = quotas(LEADERS_PER_SIZE, led.stream().mapToInt(p -> staff.get(p.code()).size()).toArray());
			for (int i = 0; i < led.size(); i++) {
				var members = staff.get(led.get(i).code());
				while (members.stream().filter(d -> d.status == LeaderStatus.ACTIVE).count() < quotas[i]) {
					appoint(free(members), COHORTS.get(appointed++ % COHORTS.size()), null);
				}
			}
			for (var ended : ALUMNI_ENDINGS) {
				appoint(free(everyone), COHORTS.get(0), ended);
			}
			var unled = places.stream().filter(p -> !p.spec().led()).toList();
			var uncovered = free(staff.get(pick(unled).code()));
			propose(uncovered, headOffice ? accounts.get(Role.EMPLOYEE) : colleagueOf(uncovered), UNLED_REASON);
			for (int n = 1; n < PENDING_PER_SIZE; n++) {
				var nominee = free(everyone);
				var nominator = headOffice && n == 1 ? accounts.get(Role.KNOWLEDGE_LEADER) : colleagueOf(nominee);
				propose(nominee, nominator, pick(REASONS));
			}
			decline(free(everyone));
		}

		/** Shares the seats between units by headcount: one each, the rest by largest remainder. */
		private static int[] quotas(int seats, int[] headcounts) {
			int total = IntStream.of(headcounts).sum();
			int rest = seats - headcounts.length;
			int[] quotas = new int[headcounts.length];
			double[] remainders = new double[headcounts.length];
			int given = 0;
			for (int i = 0; i < headcounts.length; i++) {
				double exact = (double) rest * headcounts[i] / total;
				quotas[i] = 1 + (int) exact;
				remainders[i] = exact - (int) exact;
				given += quotas[i];
			}
			for (; given < seats; given++) {
				int best = 0;
				for (int i = 1; i < remainders.length; i++) {
					best = remainders[i] > remainders[best] ? i : best;
				}
				quotas[best]++;
				remainders[best] = -1;
			}
			return quotas;
		}

		/** An accepted nomination and the term that followed; an alumnus's term has ended. */
		private void appoint(Draft nominee, Cohort cohort, LocalDate endedOn) {
			var start = cohort.start().plusDays(random.nextInt(14));
			var proposed = during(start.minusDays(20 + random.nextInt(26)));
			var decided = during(start.minusDays(5 + random.nextInt(10)));
			int hours = 4 + random.nextInt(9);
			nominee.inProgramme = true;
			nominee.status = endedOn == null ? LeaderStatus.ACTIVE : LeaderStatus.ALUMNI;
			if (endedOn == null) {
				nominee.roles.add(Role.KNOWLEDGE_LEADER);
				nominee.bio = nominee.bio == null ? words(LEADER_BIO, nominee) : nominee.bio;
			}
			String note = random.nextInt(3) == 0 ? null
					: pick(ACCEPT_NOTES).replace("{cohort}", cohort.label()).replace("{hours}", String.valueOf(hours));
			nominations.add(new Proposal(nominee.email, colleagueOf(nominee).email, words(pick(REASONS), nominee),
					NominationStatus.ACCEPTED, proposed, manager().email, decided, note, criteria(true, true, true, true),
					new Term(start, TERM_MONTHS, cohort.label(), hours, endedOn, decided)));
		}

		private void propose(Draft nominee, Draft nominator, String reason) {
			nominee.inProgramme = true;
			nominee.status = LeaderStatus.NOMINEE;
			nominator.nominator = true;
			var proposed = during(LocalDate.ofInstant(REFERENCE, ZoneOffset.UTC).minusDays(1 + random.nextInt(40)));
			nominations.add(new Proposal(nominee.email, nominator.email, words(reason, nominee),
					NominationStatus.PENDING, proposed, null, null, null, Map.of(), null));
		}

		private void decline(Draft nominee) {
			nominee.inProgramme = true;
			var proposed = during(LocalDate.of(2026, 1, 11).plusDays(random.nextInt(30)));
			var decided = proposed.plus(7 + random.nextInt(14), ChronoUnit.DAYS);
			nominations.add(new Proposal(nominee.email, colleagueOf(nominee).email, words(pick(REASONS), nominee),
					NominationStatus.DECLINED, proposed, manager().email, decided, words(DECLINE_NOTE, nominee),
					criteria(true, true, false, false), null));
		}

		/** People who joined after the launch; only those the programme does not need earlier. */
		private void latecomers() {
			int days = (int) ChronoUnit.DAYS.between(LAUNCH, REFERENCE);
			for (var draft : people) {
				if (!draft.account && !draft.inProgramme && !draft.nominator && random.nextInt(10) == 0) {
					draft.createdAt = LAUNCH.plus(30 + random.nextInt(days - 31), ChronoUnit.DAYS)
						.plus(random.nextInt(600), ChronoUnit.MINUTES);
				}
			}
		}

		private Draft free(List<Draft> pool) {
			return pick(pool.stream().filter(d -> !d.account && !d.inProgramme).toList());
		}

		private Draft colleagueOf(Draft nominee) {
			var colleague = pick(staff.get(nominee.place.code())
				.stream()
				.filter(d -> d != nominee && d != manager())
				.toList());
			colleague.nominator = true;
			return colleague;
		}

		private Draft manager() {
			return accounts.get(Role.COMMUNITY_MANAGER);
		}

		private static Map<String, Boolean> criteria(boolean excellence, boolean sharing, boolean time,
				boolean consent) {
			var criteria = new LinkedHashMap<String, Boolean>();
			criteria.put("excellence", excellence);
			criteria.put("sharing", sharing);
			criteria.put("time", time);
			criteria.put("manager-consent", consent);
			return Collections.unmodifiableMap(criteria);
		}

		/** A moment in office hours (UTC) on the day. */
		private Instant during(LocalDate day) {
			return day.atTime(6 + random.nextInt(10), random.nextInt(60)).toInstant(ZoneOffset.UTC);
		}

		/** Fills in a text about the person; {field} is their line of work, {tag} any of their expertise. */
		private String words(String template, Draft draft) {
			var tags = draft.expertise;
			var field = tags.stream().filter(draft.place.spec().tags()::contains).findFirst();
			return template.replace("{first}", draft.first)
				.replace("{unit}", draft.place.name())
				.replace("{field}", field.orElse(draft.place.spec().tags().get(0)))
				.replace("{tag2}", tags.size() > 1 ? tags.get(1) : "knowledge sharing")
				.replace("{tag}", tags.get(0))
				.replace("{years}", String.valueOf(4 + random.nextInt(22)));
		}

		private <T> T pick(List<T> choices) {
			return choices.get(random.nextInt(choices.size()));
		}
	}
}
