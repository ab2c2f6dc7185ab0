package org.agora.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.agora.people.PeopleImport.Action;
import org.agora.people.PeopleImport.Kind;
import org.agora.people.PeopleImport.Problem;
import org.agora.people.PeopleImport.Report;
import org.agora.people.PeopleImport.Row;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The import's rules, through the service that both the page and the API call. */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleImportRulesIntegrationTests {

	private static final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	PeopleImport imports;

	@Autowired
	OrgUnits units;

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	private String u;

	private AccountUser admin;

	@BeforeEach
	void uniqueNamesAndAnAdmin() {
		u = "r" + Long.toString(System.nanoTime(), 36) + sequence.incrementAndGet();
		admin = user(Role.ADMIN);
	}

	@Test
	void parentsMayComeAfterTheirChildren() {
		var report = units(false, """
				code,name,kind,parent_code
				{u}-C,Child,TEAM,{u}-B
				{u}-B,Middle,DEPARTMENT,{u}-A
				{u}-A,Top,DIVISION,
				""");

		assertThat(report.imported()).isTrue();
		assertThat(report.rows()).extracting(Row::action).containsOnly(Action.CREATE);
		var a = units.findByCode(u + "-A").orElseThrow();
		var b = units.findByCode(u + "-B").orElseThrow();
		assertThat(b.parentId).isEqualTo(a.id);
		assertThat(units.findByCode(u + "-C").orElseThrow().parentId).isEqualTo(b.id);
	}

	@Test
	void refusesCyclesTheFileWouldCreateIncludingThroughAnExistingUnit() {
		units(false, "code,name,kind,parent_code\n{u}-OLD,Old,DIVISION,\n");

		var report = units(false, """
				code,name,kind,parent_code
				{u}-A,A,TEAM,{u}-B
				{u}-B,B,TEAM,{u}-A
				{u}-SELF,Self,TEAM,{u}-SELF
				{u}-NEW,New,DEPARTMENT,{u}-OLD
				{u}-OLD,Old,DIVISION,{u}-NEW
				{u}-FINE,Fine,TEAM,{u}-OLD
				""");

		assertThat(report.imported()).isFalse();
		assertThat(errors(report)).containsExactly(tuple(2, "parent_code", "unit.error.cycle"),
				tuple(3, "parent_code", "unit.error.cycle"), tuple(4, "parent_code", "unit.error.cycle"),
				tuple(5, "parent_code", "unit.error.cycle"), tuple(6, "parent_code", "unit.error.cycle"));
		assertThat(report.rows().get(5).action()).isEqualTo(Action.CREATE);
		assertThat(units.findByCode(u + "-FINE")).isEmpty();
		assertThat(units.findByCode(u + "-OLD").orElseThrow().parentId).isNull();
	}

	@Test
	void checksEveryFieldOfEveryUnitRow() {
		var report = units(true, """
				code,name,kind,parent_code
				{u}-A,A,TEAM,
				{u}-A,Again,TEAM,
				bad code!,B,TEAM,
				{u}-C,,WING,{u}-NOWHERE
				""");

		assertThat(report.valid()).isFalse();
		assertThat(errors(report)).containsExactly(tuple(3, "code", "import.error.duplicate"),
				tuple(4, "code", "unit.error.code"), tuple(5, "name", "unit.error.name"),
				tuple(5, "kind", "unit.error.kind"), tuple(5, "parent_code", "import.error.parentUnknown"));
		assertThat(report.rows().get(1).errors().get(0).message()).isEqualTo("The same value is on row 2 already.");
		assertThat(report.summary()).isEqualTo(new PeopleImport.Summary(4, 1, 0, 0, 3));
	}

	@Test
	void namesAMissingColumnAndReportsUnknownOnes() {
		var missing = imports.run(admin, Kind.PEOPLE, csv("email,name\na@example.org,A\n"), true);
		var unknown = units(true, "code,name,kind,colour\n{u}-A,A,TEAM,blue\n");

		assertThat(missing.fileErrors()).extracting(Problem::field, Problem::message)
			.containsExactly(tuple("full_name", "The header lacks the required column \"full_name\"."));
		assertThat(missing.warnings()).extracting(Problem::field).containsExactly("name");
		assertThat(unknown.valid()).isTrue();
		assertThat(unknown.warnings()).extracting(Problem::message)
			.containsExactly("The column \"colour\" is not known and is ignored.");
	}

	@Test
	void checksEveryFieldOfEveryPersonRow() {
		units(false, "code,name,kind\n{u}-U,Unit,TEAM\n");

		var report = people(true, """
				email,full_name,job_title,unit_code,roles,expertise
				ok.{u}@example.org,Ok,,{u}-U,GUEST,
				OK.{u}@example.org,Again,,,,
				not-an-email,Someone,,,,
				x.{u}@example.org,,,{u}-NOWHERE,WIZARD;KNOWLEDGE_LEADER,
				y.{u}@example.org,Y,%s,,,%s
				""".formatted("t".repeat(201), "a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;q;r;s;t;u"));

		assertThat(errors(report)).containsExactly(tuple(3, "email", "import.error.duplicate"),
				tuple(4, "email", "user.error.email"), tuple(5, "full_name", "profile.error.name"),
				tuple(5, "unit_code", "import.error.unitUnknown"), tuple(5, "roles", "import.error.role"),
				tuple(5, "roles", "user.error.leaderRole"), tuple(6, "job_title", "profile.error.titleLength"),
				tuple(6, "expertise", "profile.error.expertise"));
		assertThat(report.rows().get(0).action()).isEqualTo(Action.CREATE);
	}

	@Test
	void anExistingPersonKeepsTheRolesAndFieldsTheFileLeavesOut() {
		var person = persons.save(Person.create("kept." + u + "@example.org", "Kept", null,
				Set.of(Role.ADMIN, Role.KNOWLEDGE_LEADER), Instant.now()));
		person.jobTitle = "Engineer";
		person.replaceExpertise(Set.of("pumps"));
		persons.save(person);

		var unchanged = people(false, "email,full_name\nkept.{u}@example.org,Kept\n");
		var updated = people(false, "email,full_name,roles\nkept.{u}@example.org,Kept Renamed,guest\n");

		assertThat(unchanged.rows()).extracting(Row::action).containsExactly(Action.UNCHANGED);
		assertThat(updated.rows()).extracting(Row::action).containsExactly(Action.UPDATE);
		var after = persons.findById(person.id).orElseThrow();
		assertThat(after.fullName).isEqualTo("Kept Renamed");
		assertThat(after.jobTitle).isEqualTo("Engineer");
		assertThat(after.expertiseTags()).containsExactly("pumps");
		assertThat(after.roleSet()).containsExactlyInAnyOrder(Role.ADMIN, Role.KNOWLEDGE_LEADER, Role.GUEST);
	}

	@Test
	void capsTheFileAtFiveMegabytesAndTwentyThousandRows() {
		var big = new byte[PeopleImport.MAX_BYTES + 1];
		var rows = new StringBuilder("code,name,kind\n");
		for (int i = 0; i <= PeopleImport.MAX_ROWS; i++) {
			rows.append("C").append(i).append(",Unit,TEAM\n");
		}

		var tooBig = imports.run(admin, Kind.UNITS, new ByteArrayInputStream(big), true);
		var tooLong = units(true, rows.toString());

		assertThat(tooBig.fileErrors()).extracting(Problem::message)
			.containsExactly("The file is larger than 5 MB. Split it into smaller files.");
		assertThat(tooLong.fileErrors()).extracting(Problem::message)
			.containsExactly("The file has more than 20,000 rows. Split it into smaller files.");
	}

	@Test
	void rollsBackEveryRowWhenAWriteFails() {
		// a constraint the import does not know about makes the second insert fail after the first succeeded
		var constraint = "import_test_" + u;
		jdbc.sql("alter table people_unit add constraint " + constraint + " check (name <> 'Boom " + u + "')").update();
		try {
			var report = units(false, "code,name,kind\n{u}-FIRST,First,TEAM\n{u}-SECOND,Boom {u},TEAM\n");

			assertThat(report.imported()).isFalse();
			assertThat(report.fileErrors()).extracting(Problem::messageKey).containsExactly("import.error.writeFailed");
			assertThat(units.findByCode(u + "-FIRST")).isEmpty();
		}
		finally {
			jdbc.sql("alter table people_unit drop constraint " + constraint).update();
		}
	}

	@Test
	void onlyAdminsMayImport() {
		var employee = user(Role.EMPLOYEE);

		assertThatThrownBy(() -> units(employee, false, "code,name,kind\n{u}-A,A,TEAM\n"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(units.findByCode(u + "-A")).isEmpty();
	}

	private Report units(boolean dryRun, String text) {
		return units(admin, dryRun, text);
	}

	private Report units(AccountUser viewer, boolean dryRun, String text) {
		return imports.run(viewer, Kind.UNITS, csv(text), dryRun);
	}

	private Report people(boolean dryRun, String text) {
		return imports.run(admin, Kind.PEOPLE, csv(text), dryRun);
	}

	private ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.replace("{u}", u).getBytes(StandardCharsets.UTF_8));
	}

	/** Each row error as (row, field, message key). */
	private static List<Tuple> errors(Report report) {
		return report.rows()
			.stream()
			.flatMap(r -> r.errors().stream().map(p -> tuple(r.row(), p.field(), p.messageKey())))
			.toList();
	}

	private AccountUser user(Role role) {
		var person = persons.save(Person.create(role.name().toLowerCase(Locale.ROOT) + "." + u + "@example.org", "Tester " + u,
				null, Set.of(role), Instant.now()));
		return new AccountUser(person.id, person.email, person.fullName, Set.of(role), null, true);
	}
}
