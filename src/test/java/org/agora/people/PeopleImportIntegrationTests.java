package org.agora.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PeopleImportIntegrationTests {

	private static final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits units;

	@Autowired
	Persons persons;

	@Autowired
	ApplicationEvents events;

	/** Makes this test's codes and emails its own: the database is shared with other tests and demo data. */
	private String u;

	private AccountUser admin;

	@BeforeEach
	void uniqueNamesAndAnAdmin() {
		u = "t" + Long.toString(System.nanoTime(), 36) + sequence.incrementAndGet();
		admin = user(Role.ADMIN);
	}

	@Test
	void aDryRunReportsEveryRowAndWritesNothing() throws Exception {
		post("units", "units-tree.csv", true).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-rows\"")))
			.andExpect(content().string(containsString("Check result (dry run)")))
			.andExpect(content().string(containsString("The file has no errors.")))
			.andExpect(content().string(containsString(u + "-LAB")));

		assertThat(units.findByCode(u + "-OPS")).isEmpty();
		assertThat(units.findByCode(u + "-LAB")).isEmpty();
	}

	@Test
	void aFileWithOneBadRowImportsNothingAndPointsAtTheRow() throws Exception {
		post("units", "units-one-bad-row.csv", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("The file has errors, so nothing was imported.")))
			.andExpect(content().string(containsString("<th scope=\"row\">3</th>")))
			.andExpect(content().string(containsString("<code>kind</code>: Choose division, department or team.")));

		assertThat(units.findByCode(u + "-OPS")).isEmpty();
		assertThat(units.findByCode(u + "-LAB")).isEmpty();
	}

	@Test
	void aGoodFileCreatesUnitsInATreeAndPeopleWithRolesAndExpertise() throws Exception {
		post("units", "units-tree.csv", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 3 new, 0 updated, 0 unchanged.")));

		var ops = units.findByCode(u + "-OPS").orElseThrow();
		var water = units.findByCode(u + "-WATER").orElseThrow();
		var lab = units.findByCode(u + "-LAB").orElseThrow();
		assertThat(ops.parentId).isNull();
		assertThat(ops.kind).isEqualTo(UnitKind.DIVISION);
		assertThat(water.parentId).isEqualTo(ops.id);
		assertThat(water.name).isEqualTo("Water, Sewage and Drainage");
		assertThat(lab.parentId).isEqualTo(water.id);
		assertThat(lab.name).isEqualTo("מעבדת איכות מים");
		assertThat(lab.kind).isEqualTo(UnitKind.TEAM);

		post("people", "people.csv", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 2 new, 0 updated, 0 unchanged.")));

		var dana = persons.findByEmail("dana." + u + "@example.org").orElseThrow();
		assertThat(dana.fullName).isEqualTo("Dana Levi");
		assertThat(dana.jobTitle).isEqualTo("Senior hydrologist");
		assertThat(dana.unitId).isEqualTo(water.id);
		assertThat(dana.languages).isEqualTo("Hebrew, English");
		assertThat(dana.roleSet()).containsExactly(Role.EMPLOYEE);
		assertThat(dana.expertiseTags()).containsExactly("groundwater models", "hydrology");
		var yossi = persons.findByEmail("yossi." + u + "@example.org").orElseThrow();
		assertThat(yossi.fullName).isEqualTo("יוסי כהן");
		assertThat(yossi.unitId).isEqualTo(lab.id);
		assertThat(yossi.roleSet()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.COMMUNITY_MANAGER);
		assertThat(events.stream(PersonJoined.class).map(PersonJoined::personId)).containsExactlyInAnyOrder(dana.id,
				yossi.id);
	}

	@Test
	void reImportingUpdatesWhatChangedAndOnlyAddsRoles() throws Exception {
		post("units", "units-tree.csv", false).andExpect(status().isOk());
		post("people", "people.csv", false).andExpect(status().isOk());
		var ops = units.findByCode(u + "-OPS").orElseThrow();

		post("units", "units-reorganized.csv", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 0 new, 2 updated, 1 unchanged.")));
		post("people", "people-update.csv", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 0 new, 1 updated, 1 unchanged.")));

		assertThat(units.findByCode(u + "-WATER").orElseThrow().name).isEqualTo("Water and Sewage");
		assertThat(units.findByCode(u + "-LAB").orElseThrow().parentId).isEqualTo(ops.id);
		var dana = persons.findByEmail("dana." + u + "@example.org").orElseThrow();
		assertThat(dana.jobTitle).isEqualTo("Head of hydrology");
		assertThat(dana.roleSet()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.ADMIN);
		assertThat(dana.expertiseTags()).containsExactly("floods", "hydrology");
		var yossi = persons.findByEmail("yossi." + u + "@example.org").orElseThrow();
		assertThat(yossi.roleSet()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.COMMUNITY_MANAGER);
	}

	@Test
	void onlyAdminsReachTheImport() throws Exception {
		var manager = as(user(Role.COMMUNITY_MANAGER, Role.EMPLOYEE));

		mvc.perform(get("/admin/import").with(manager)).andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/import").file(file("units-tree.csv"))
			.param("kind", "units")
			.param("dryRun", "false")
			.with(csrf())
			.with(manager)).andExpect(status().isForbidden());

		assertThat(units.findByCode(u + "-OPS")).isEmpty();
	}

	@Test
	void thePageDocumentsBothFormatsInEitherLanguage() throws Exception {
		mvc.perform(get("/admin/import").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check (dry run)")))
			.andExpect(content().string(containsString("href=\"/admin/import/example/units.csv\"")))
			.andExpect(content().string(containsString("href=\"/admin/import/example/people.csv\"")));
		mvc.perform(get("/admin/import").param("lang", "he").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("בדיקה (הרצת ניסיון)")));
	}

	@Test
	void theExamplesDownloadAndPassTheirOwnCheck() throws Exception {
		for (var kind : PeopleImport.Kind.values()) {
			var example = mvc.perform(get("/admin/import/example/" + kind.fileName).with(as(admin)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(PeopleImport.Csv.read(example, 10).get(0).fields()).containsExactlyElementsOf(kind.columns());
		}
		var units = new MockMultipartFile("file", "units.csv", "text/csv", PeopleImport.Kind.UNITS.example());

		mvc.perform(multipart("/admin/import").file(units).param("kind", "units").with(csrf()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file has no errors.")));
	}

	private ResultActions post(String kind, String resource, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/admin/import").file(file(resource))
			.param("kind", kind)
			.param("dryRun", String.valueOf(dryRun))
			.with(csrf())
			.with(as(admin)));
	}

	/** A test file with its placeholder {u} made unique to this test. */
	private MockMultipartFile file(String resource) throws IOException {
		var text = new ClassPathResource("import/" + resource).getContentAsString(StandardCharsets.UTF_8);
		return new MockMultipartFile("file", resource, "text/csv",
				text.replace("{u}", u).getBytes(StandardCharsets.UTF_8));
	}

	private AccountUser user(Role... roles) {
		var person = persons.save(Person.create("importer." + u + "." + roles[0].name().toLowerCase(Locale.ROOT) + "@example.org",
				"Importer " + u, null, Set.of(roles), Instant.now()));
		return new AccountUser(person.id, person.email, person.fullName, Set.of(roles), null, true);
	}

	private static RequestPostProcessor as(AccountUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
