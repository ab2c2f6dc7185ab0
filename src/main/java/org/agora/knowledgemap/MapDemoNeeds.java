package org.agora.knowledgemap;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.agora.knowledgemap.NeedAvailability.DOCUMENTED;
import static org.agora.knowledgemap.NeedAvailability.IN_HEADS;
import static org.agora.knowledgemap.NeedAvailability.MISSING;
import static org.agora.knowledgemap.NeedAvailability.PARTLY_DOCUMENTED;
import static org.agora.knowledgemap.NeedStatus.BEING_ADDRESSED;
import static org.agora.knowledgemap.NeedStatus.COVERED;
import static org.agora.knowledgemap.NeedStatus.OPEN;

/**
 * Gives the demo community its knowledge map once the people are there: a small tree of areas tied to the demo's
 * units, and the needs of several units in every availability and status, with priorities from 3 to 9, dated back
 * from the clock's now. Links go only to stable pages, as the demo reads no other module's tables. A database that
 * has any area or need is left alone.
 */
@Component
class MapDemoNeeds {

	private static final Logger log = LoggerFactory.getLogger(MapDemoNeeds.class);

	/** An area; its parent is named by its key. */
	record AreaSpec(String key, String parent, String name, String description, List<String> unitCodes) {
	}

	/** A need; raiser 0 is the demo leader, 1.. the other knowledge leaders by id. */
	record NeedSpec(String unitCode, String area, int raiser, String title, String description, String neededBy,
			Integer people, NeedAvailability availability, int importance, int scarcity, int frequency,
			NeedStatus status, int daysAgo, List<String[]> links) {
	}

	static final List<AreaSpec> AREAS = List.of(
			new AreaSpec("treatment", null, "Water treatment", "Turning sea and brackish water into drinking water.",
					List.of("WTR-TRT")),
			new AreaSpec("membranes", "treatment", "Membrane desalination",
					"Reverse-osmosis trains, membrane fouling, cleaning in place and energy recovery.", List.of("WTR-TRT")),
			new AreaSpec("dosing", "treatment", "Chemical dosing",
					"Antiscalants, chlorination and remineralisation: doses, pumps and safety.",
					List.of("WTR-TRT", "WTR-TRT-LAB")),
			new AreaSpec("networks", null, "Water networks", "Distribution pipes, pressure zones and their upkeep.",
					List.of("WTR-NET")),
			new AreaSpec("leaks", "networks", "Leak detection",
					"Acoustic loggers, step testing and reading the night flow.", List.of("WTR-NET", "WTR-NET-LEAK")),
			new AreaSpec("pipes", "networks", "Pipe rehabilitation",
					"Choosing between relining and replacement, and the trenchless methods.", List.of("WTR-NET")),
			new AreaSpec("grid", null, "Grid", "Operating, restoring and planning the electricity grid.",
					List.of("ENG-GRID")),
			new AreaSpec("scada", "grid", "SCADA operations",
					"Control-room procedures, alarms and switching orders.", List.of("ENG-GRID", "ENG-GRID-SCADA")),
			new AreaSpec("storms", "grid", "Storm restoration",
					"Crews, priorities and lessons of the winter storm outages.", List.of("ENG-GRID", "ENG-GRID-SCADA")),
			new AreaSpec("planning", "grid", "Grid planning", "Load flow studies, protection settings and permits.",
					List.of("ENG-GRID-PLAN")),
			new AreaSpec("lab", null, "Laboratory", "Sampling and testing the water we supply.",
					List.of("WTR-TRT-LAB")),
			new AreaSpec("methods", "lab", "Analytical methods",
					"Method notes, calibration and validation for the water quality tests.", List.of("WTR-TRT-LAB")),
			new AreaSpec("digital", null, "Digital", "Data and systems the operations depend on.",
					List.of("CORP-DIG")),
			new AreaSpec("governance", "digital", "Data governance",
					"Who owns which operational data, its definitions and quality rules.",
					List.of("CORP-DIG", "CORP-DIG-DATA")));

	private static String[] link(String kind, String path, String label) {
		return new String[] { kind, path, label };
	}

	static final List<NeedSpec> NEEDS = List.of(
			new NeedSpec("WTR-TRT", "membranes", 0, "Cleaning-in-place decisions for fouled membrane trains",
					"When to clean, with which chemicals, and how to read the pressure trend before and after.",
					"Shift operators and new process engineers", 14, IN_HEADS, 3, 3, 3, BEING_ADDRESSED, 120,
					List.<String[]>of(link("EVENT", "/calendar/quarters", "Quarterly community meeting"))),
			new NeedSpec("WTR-TRT", "membranes", 0, "Energy recovery device troubleshooting",
					"The pressure exchangers' failure signs and the restart sequence.", "Maintenance technicians", 6,
					PARTLY_DOCUMENTED, 3, 3, 1, OPEN, 60, List.<String[]>of()),
			new NeedSpec("WTR-TRT", "dosing", 1, "Antiscalant dose by feed-water season",
					"How the dose is tuned as the sea temperature and the feed water change over the year.",
					"Process engineers", 4, PARTLY_DOCUMENTED, 2, 2, 2, OPEN, 45, List.<String[]>of()),
			new NeedSpec("WTR-TRT-LAB", "methods", 1, "Validation of the new chlorate method",
					"The validation steps and acceptance limits of the ion chromatography method.", "Laboratory analysts",
					5, MISSING, 3, 3, 2, OPEN, 30, List.<String[]>of()),
			new NeedSpec("WTR-TRT-LAB", "methods", 1, "Sampling plan for the distribution network",
					"Where, how often and how to take samples, as the health ministry requires.", "Samplers", 8,
					DOCUMENTED, 2, 1, 3, COVERED, 200,
					List.<String[]>of(link("COURSE", "/learning", "The knowledge leaders' course"))),
			new NeedSpec("WTR-TRT-LAB", "dosing", 2, "ניהול מלאי ריאגנטים ותאריכי תפוגה",
					"איך מתכננים הזמנות של ריאגנטים ומה עושים כשאצווה פגה לפני הבדיקה.", "לבורנטים", 5, IN_HEADS, 1, 2, 2,
					OPEN, 20, List.<String[]>of()),
			new NeedSpec("WTR-NET-LEAK", "leaks", 3, "Reading acoustic logger data in plastic pipes",
					"Plastic pipes carry leak noise poorly; the veterans know which patterns to trust.",
					"Leak detection technicians", 9, IN_HEADS, 3, 3, 3, OPEN, 90, List.<String[]>of()),
			new NeedSpec("WTR-NET-LEAK", "leaks", 3, "איתור דליפות בשיטת צעד-אחר-צעד בלילה",
					"סגירת מגופים בהדרגה בשעות הלילה ומדידת הירידה בספיקה, כפי שעושים הוותיקים בצוות.", "טכנאי איתור דליפות",
					6, IN_HEADS, 3, 2, 1, BEING_ADDRESSED, 75, List.<String[]>of()),
			new NeedSpec("WTR-NET", "pipes", 2, "Choosing relining or replacement for asbestos-cement mains",
					"The criteria, costs and permits of each option.", "Network engineers", 5, PARTLY_DOCUMENTED, 2, 2, 1,
					OPEN, 150, List.<String[]>of()),
			new NeedSpec("WTR-NET", "networks", 2, "Pressure zone boundaries and their valves",
					"Which valves bound each pressure zone and in which state they stay.", "Network field crews", 25,
					DOCUMENTED, 1, 1, 1, COVERED, 300, List.<String[]>of()),
			new NeedSpec("ENG-GRID-SCADA", "scada", 4, "Switching orders for the 161 kV substations",
					"Writing and checking switching orders, and the interlocks that must never be bypassed.",
					"New control room operators", 7, PARTLY_DOCUMENTED, 3, 2, 3, BEING_ADDRESSED, 100,
					List.<String[]>of(link("COURSE", "/learning", "The knowledge leaders' course"))),
			new NeedSpec("ENG-GRID-SCADA", "scada", 4, "Alarm flood handling in the control room",
					"Which alarms to look at first when hundreds arrive at once.", "Control room operators", 12, IN_HEADS,
					3, 2, 2, OPEN, 40, List.<String[]>of()),
			new NeedSpec("ENG-GRID", "storms", 4, "Restoration priorities during a winter storm",
					"The order in which feeders are restored, and who decides when crews are short.",
					"Shift supervisors and crew leaders", 20, PARTLY_DOCUMENTED, 3, 2, 1, BEING_ADDRESSED, 180,
					List.<String[]>of(link("EVENT", "/calendar/quarters", "Lessons-learned session at the quarterly meeting"))),
			new NeedSpec("ENG-GRID-PLAN", "planning", 5, "Protection settings coordination studies",
					"How the relay settings are coordinated when a new line joins the grid.", "Planning engineers", 3,
					MISSING, 3, 3, 1, OPEN, 25, List.<String[]>of()),
			new NeedSpec("ENG-GRID-PLAN", "planning", 5, "Permits for new overhead lines",
					"The steps with the planning authorities and who to speak to.", "Planning engineers", 4, DOCUMENTED, 1,
					2, 1, COVERED, 240, List.<String[]>of()),
			new NeedSpec("CORP-DIG-DATA", "governance", 1, "Definitions of non-revenue water in the data warehouse",
					"One definition of non-revenue water for the reports of every region.", "Analysts and network engineers",
					10, MISSING, 2, 2, 3, OPEN, 15, List.<String[]>of()),
			new NeedSpec("CORP-DIG", "governance", 1, "מי הבעלים של נתוני הסקאדה",
					"לכל מקור נתונים תפעולי צריך בעלים, הגדרות וכללי איכות.", "מנהלי מערכות ואנליסטים", 6,
					PARTLY_DOCUMENTED, 2, 1, 1, OPEN, 10, List.<String[]>of()));

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final People people;

	private final OrganizationClock clock;

	MapDemoNeeds(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			OrganizationClock clock) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 4)
	@Transactional
	void onReady() {
		if (!enabled || !empty()) {
			return;
		}
		int written = write();
		if (written > 0) {
			log.info("Demo knowledge needs written: {}", written);
		}
	}

	boolean empty() {
		return jdbc.sql("select (select count(*) from knowledgemap_area) + (select count(*) from knowledgemap_need)")
			.query(Integer.class)
			.single() == 0;
	}

	/** Writes the areas and needs; returns how many needs were written (none without the demo leader). */
	int write() {
		var raisers = raisers();
		if (raisers.isEmpty()) {
			return 0;
		}
		Map<String, Long> units = new HashMap<>();
		jdbc.sql("select code, id from people_unit").query((rs, n) -> units.put(rs.getString(1), rs.getLong(2))).list();
		Instant now = clock.now();
		Map<String, Long> areas = new HashMap<>();
		for (var spec : AREAS) {
			var key = new GeneratedKeyHolder();
			Long parent = spec.parent() == null ? null : areas.get(spec.parent());
			jdbc.sql("""
					insert into knowledgemap_area (parent_id, name, description, created_by, created_at, updated_at,
					  parent_key, name_key)
					values (:parent, :name, :description, :by, :at, :at, :parentKey, lower(:name))""")
				.param("parent", parent)
				.param("parentKey", parent == null ? 0L : parent)
				.param("name", spec.name())
				.param("description", spec.description())
				.param("by", raisers.get(0))
				.param("at", Timestamp.from(now.minus(Duration.ofDays(400))))
				.update(key, "id");
			long id = key.getKeyAs(Number.class).longValue();
			areas.put(spec.key(), id);
			for (var code : spec.unitCodes()) {
				if (units.containsKey(code)) {
					jdbc.sql("insert into knowledgemap_area_unit (area_id, unit_id) values (:area, :unit)")
						.param("area", id)
						.param("unit", units.get(code))
						.update();
				}
			}
		}
		int written = 0;
		for (var spec : NEEDS) {
			Long unit = units.get(spec.unitCode());
			if (unit != null) {
				write(spec, unit, areas.get(spec.area()), raisers.get(spec.raiser() % raisers.size()), now);
				written++;
			}
		}
		return written;
	}

	private void write(NeedSpec spec, long unit, Long area, long raiser, Instant now) {
		var created = Timestamp.from(now.minus(Duration.ofDays(spec.daysAgo())));
		var updated = Timestamp.from(now.minus(Duration.ofDays(spec.daysAgo() / 3)));
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledgemap_need (unit_id, area_id, title, description, needed_by, people_count,
				  availability, importance, scarcity, frequency, status, version, raised_by, created_at, updated_at,
				  covered_at)
				values (:unit, :area, :title, :description, :neededBy, :people, :availability, :importance, :scarcity,
				  :frequency, :status, 1, :by, :created, :updated, :covered)""")
			.param("unit", unit)
			.param("area", area)
			.param("title", spec.title())
			.param("description", spec.description())
			.param("neededBy", spec.neededBy())
			.param("people", spec.people())
			.param("availability", spec.availability().name())
			.param("importance", spec.importance())
			.param("scarcity", spec.scarcity())
			.param("frequency", spec.frequency())
			.param("status", spec.status().name())
			.param("by", raiser)
			.param("created", created)
			.param("updated", updated)
			.param("covered", spec.status() == COVERED ? updated : null)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (var link : spec.links()) {
			jdbc.sql("insert into knowledgemap_need_link (need_id, kind, path, label) values (:need, :kind, :path, :label)")
				.param("need", id)
				.param("kind", link[0])
				.param("path", link[1])
				.param("label", link[2])
				.update();
		}
	}

	/** The demo leader first, then the other knowledge leaders by id; empty without the demo leader. */
	private List<Long> raisers() {
		var leader = people.findByEmail("leader@agora.example").orElse(null);
		if (leader == null) {
			return List.of();
		}
		var ids = new java.util.ArrayList<Long>();
		ids.add(leader.id());
		people.withRole(Role.KNOWLEDGE_LEADER)
			.stream()
			.map(PersonSummary::id)
			.filter(id -> id != leader.id())
			.sorted()
			.forEach(ids::add);
		return ids;
	}
}
