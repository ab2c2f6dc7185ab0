package org.agora.knowledgemap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A holder's expected departure is HR data: fetched as every role, from every page and API of the map (the views and
 * their APIs among them), the CSV and search, the date (ISO, and as the pages write it in English and Hebrew) appears
 * only for community managers, admins and the holder, and what tells it (the holder's score, attrition, position and
 * departure reason) only for community managers, admins and the holder's own page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DepartureDatePrivacyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HolderEditor editor;

	@Autowired
	RetentionActions actions;

	@Autowired
	MessageSource messages;

	RetentionTestData data;

	LocalDate departure;

	TestPerson holder;

	long holderId;

	long area;

	long unit;

	String areaName;

	final Map<String, TestPerson> viewers = new LinkedHashMap<>();

	@BeforeEach
	void setUp() {
		data = new RetentionTestData(jdbc);
		var manager = data.manager("Privacy manager");
		holder = data.employee("Privatedeparture Holder");
		var other = data.employee("Other holder");
		var owner = data.employee("Plan owner");
		area = data.area("Valve maintenance", manager.id());
		long otherArea = data.area("Meter reading", manager.id());
		unit = unit("Privacy unit " + RetentionTestData.unique(), holder, other);
		data.areaUnit(area, unit);
		data.areaUnit(otherArea, unit);
		areaName = jdbc.sql("select name from knowledgemap_area where id = :id").param("id", area).query(String.class).single();
		// an odd number of days ahead, so that the date is one no other test writes
		departure = LocalDate.now().plusDays(431);
		holderId = editor.record(manager.principal(), new HolderForm(String.valueOf(area), String.valueOf(holder.id()),
				"EXPERT", "CONTRACT_END", departure.toString(), "4", "", ""));
		editor.record(manager.principal(), new HolderForm(String.valueOf(otherArea), String.valueOf(other.id()),
				"PRACTITIONER", "TRANSFER", LocalDate.now().plusDays(900).toString(), "2", "", ""));
		actions.plan(manager.principal(), holderId, new ActionForm("MENTORING", "Shadow the valve crew",
				String.valueOf(owner.id()), LocalDate.now().plusDays(20).toString()));
		viewers.put("guest", data.fixtures.guest("Privacy guest " + RetentionTestData.unique()));
		viewers.put("employee", data.employee("Privacy employee"));
		viewers.put("leader", data.fixtures.leader("Privacy leader " + RetentionTestData.unique()));
		viewers.put("other holder", other);
		viewers.put("action owner", owner);
		viewers.put("holder", holder);
		viewers.put("manager", manager);
		viewers.put("admin", data.fixtures.person("Privacy admin " + RetentionTestData.unique(), "en", Role.EMPLOYEE,
				Role.ADMIN));
	}

	/** A unit, with the people in it. */
	long unit(String name, TestPerson... members) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into people_unit (code, name, kind, created_at) values (:code, :name, 'TEAM', current_timestamp)")
			.param("code", "P-" + RetentionTestData.unique())
			.param("name", name)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (var member : members) {
			jdbc.sql("update people_person set unit_id = :unit where id = :id").param("unit", id)
				.param("id", member.id()).update();
		}
		return id;
	}

	List<String> paths() {
		var name = holder.name().split(" ")[0];
		var paths = new ArrayList<>(List.of("/knowledge-map", "/knowledge-map/me", "/knowledge-map/risks",
				"/knowledge-map/risks/" + holderId, "/knowledge-map/risks/new", "/knowledge-map/needs",
				"/knowledge-map/views", "/knowledge-map/views?unit=" + unit, "/knowledge-map/scales",
				"/knowledge-map/areas/" + area + "/edit", "/api/v1/retention-risks", "/api/v1/retention-risks.csv",
				"/api/v1/knowledge-areas?size=100", "/api/v1/knowledge-needs", "/api/v1/knowledge-needs.csv",
				"/api/v1/knowledge-needs/heat-map", "/api/v1/knowledge-needs/coverage",
				"/api/v1/knowledge-areas/risk-levels", "/api/v1/knowledge-areas/risk-levels?unit=" + unit,
				"/api/v1/knowledge-needs/scales"));
		for (String q : List.of(name, departure.toString())) {
			paths.add("/search?q=" + q);
			paths.add("/api/v1/search?q=" + q);
		}
		return paths;
	}

	List<String> forms() {
		return List.of(departure.toString(), format(Locale.ENGLISH), format(Locale.forLanguageTag("he")));
	}

	/**
	 * What tells the holder's risk beyond their area's level, as the register shows it to those who may see it: their
	 * score, attrition and position (the score line of their page, in English and Hebrew, and the fields of the
	 * register's JSON) and their departure reason (its code and its names).
	 */
	List<String> risk() throws Exception {
		String register = new String(mvc.perform(get("/api/v1/retention-risks").with(viewers.get("manager").signedIn()))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		List<Integer> score = JsonPath.read(register, "$[?(@.id == " + holderId + ")].score");
		List<Integer> attrition = JsonPath.read(register, "$[?(@.id == " + holderId + ")].attrition");
		var markers = new ArrayList<>(List.of("\"score\":", "\"attrition\":", "\"positionRisk\":",
				"\"departureReason\":", "\"expectedDeparture\":", "CONTRACT_END"));
		for (var locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("he"))) {
			markers.add(messages.getMessage("map.retention.holder.score", new Object[] { score.get(0), attrition.get(0), 4 }, locale));
			markers.add(messages.getMessage("map.retention.reason.CONTRACT_END", null, locale));
		}
		return markers;
	}

	String format(Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(departure);
	}

	String everything(TestPerson viewer) throws Exception {
		var all = new StringBuilder();
		for (String path : paths()) {
			for (String lang : List.of("en", "he")) {
				var response = mvc.perform(get(path).with(viewer.signedIn()).locale(Locale.forLanguageTag(lang))
					.header("Accept-Language", lang)).andReturn().getResponse();
				String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
				if (path.contains("search?q=" + departure)) {
					// search echoes the query it was given; what it found must not name the holder or the area
					assertThat(body).doesNotContain(areaName);
					if (viewer.id() != holder.id()) {
						assertThat(body).doesNotContain(holder.name());
					}
					body = body.replace(departure.toString(), "");
				}
				all.append(body).append('\n');
			}
		}
		return all.toString();
	}

	@Test
	void onlyManagersAdminsAndTheHolderSeeTheDepartureDateAndOnlyManagersAndAdminsTheRiskBehindIt() throws Exception {
		var risk = risk();
		for (var entry : viewers.entrySet()) {
			boolean allowed = List.of("holder", "manager", "admin").contains(entry.getKey());
			String seen = everything(entry.getValue());
			if (allowed) {
				assertThat(seen).as(entry.getKey() + " sees the date").contains(departure.toString());
			}
			else {
				for (String form : forms()) {
					assertThat(seen).as(entry.getKey() + " must not see " + form).doesNotContain(form);
				}
			}
			if (List.of("manager", "admin").contains(entry.getKey())) {
				assertThat(seen).as(entry.getKey() + " sees the risk").contains(risk);
			}
			else if (!allowed) {
				for (String marker : risk) {
					assertThat(seen).as(entry.getKey() + " must not see " + marker).doesNotContain(marker);
				}
			}
		}
	}

	@Test
	void theHoldersOwnPageShowsTheirDateAndScoreButNoOneElses() throws Exception {
		String own = new String(mvc.perform(get("/knowledge-map/me").with(holder.signedIn()))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(own).contains("datetime=\"" + departure + "\"").contains("id=\"entry-" + holderId + "\"");
		assertThat(own).doesNotContain(LocalDate.now().plusDays(900).toString());
	}
}
