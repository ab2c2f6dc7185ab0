package org.agora.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and updates org units or people from a CSV file. Every row is checked before anything is written; a file
 * with any error writes nothing, and a dry run only checks.
 */
@Service
class PeopleImport {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 20_000;

	// the same rules as the forms (OrgStructure, AdminUsers, Profiles)
	private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<Role> IMPORTABLE_ROLES = EnumSet.of(Role.EMPLOYEE, Role.COMMUNITY_MANAGER, Role.ADMIN,
			Role.GUEST);

	private static final Logger log = LoggerFactory.getLogger(PeopleImport.class);

	/** What a file holds: its columns, the required ones first, and an example. */
	enum Kind {

		UNITS("units.csv", List.of("code", "name", "kind"), List.of("parent_code"), """
				code,name,kind,parent_code
				OPS-WATER,"Water, Sewage and Drainage",DEPARTMENT,OPS
				OPS,Operations,DIVISION,
				OPS-WATER-LAB,מעבדת איכות מים,TEAM,OPS-WATER
				"""),

		PEOPLE("people.csv", List.of("email", "full_name"),
				List.of("job_title", "unit_code", "roles", "expertise", "languages"), """
						email,full_name,job_title,unit_code,roles,expertise,languages
						dana.levi@example.org,Dana Levi,Senior hydrologist,OPS-WATER,EMPLOYEE,hydrology;groundwater models,"Hebrew, English"
						yossi.cohen@example.org,יוסי כהן,"Lab manager, water quality",OPS-WATER-LAB,EMPLOYEE;COMMUNITY_MANAGER,water quality;lab safety,Hebrew
						""");

		final String fileName;

		final List<String> required;

		final List<String> optional;

		private final String example;

		Kind(String fileName, List<String> required, List<String> optional, String example) {
			this.fileName = fileName;
			this.required = required;
			this.optional = optional;
			this.example = example;
		}

		List<String> columns() {
			return Stream.concat(required.stream(), optional.stream()).toList();
		}

		/** The example as Excel likes it: UTF-8 with a byte-order mark, CRLF line ends. */
		byte[] example() {
			return ("\uFEFF" + example.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
		}

		/** The kind by its name in URLs, "units" or "people". */
		static Optional<Kind> named(String name) {
			return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(name)).findFirst();
		}
	}

	enum Action {
		CREATE, UPDATE, UNCHANGED, ERROR
	}

	/** Something wrong in the file or a row; field is a column name, or "file" or "row". */
	record Problem(String field, String messageKey, List<Object> args, String message) {
	}

	record Row(int row, String key, Action action, List<Problem> errors) {
	}

	record Summary(int rows, int created, int updated, int unchanged, int errors) {
	}

	/**
	 * The outcome of a check or an import. Rows are numbered as in a spreadsheet: the header is row 1. Warnings (such
	 * as unknown columns) do not stop an import; file errors and row errors do.
	 */
	record Report(Kind kind, boolean dryRun, boolean valid, boolean imported, Summary summary, List<Problem> fileErrors,
			List<Problem> warnings, List<Row> rows) {
	}

	private final OrgUnits units;

	private final Persons persons;

	private final OrgChart chart;

	private final People people;

	private final Directory directory;

	private final PeoplePolicy policy;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PeopleImport(OrgUnits units, Persons persons, OrgChart chart, People people, Directory directory,
			PeoplePolicy policy, ApplicationEventPublisher events, MessageSource messages, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.units = units;
		this.persons = persons;
		this.chart = chart;
		this.people = people;
		this.directory = directory;
		this.policy = policy;
		this.events = events;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Checks the file and, unless this is a dry run or something is wrong, applies it in one transaction. */
	Report run(AgoraPrincipal viewer, Kind kind, InputStream file, boolean dryRun) {
		if (!policy.mayManageOrganization(viewer)) {
			throw new AccessDeniedException("Only admins import units and people");
		}
		var fileErrors = new ArrayList<Problem>();
		var warnings = new ArrayList<Problem>();
		var table = read(kind, file, fileErrors, warnings);
		if (table == null) {
			return report(kind, dryRun, false, fileErrors, warnings, List.of());
		}
		return transactions.execute(status -> {
			var plan = kind == Kind.UNITS ? planUnits(table) : planPeople(table);
			boolean valid = fileErrors.isEmpty() && plan.lines().stream().allMatch(l -> l.errors.isEmpty());
			if (dryRun || !valid) {
				status.setRollbackOnly();
				return report(kind, dryRun, false, fileErrors, warnings, plan.lines());
			}
			try {
				plan.write().run();
			}
			catch (RuntimeException e) {
				status.setRollbackOnly();
				log.error("Import of {} failed while writing; nothing was saved", kind, e);
				fileErrors.add(problem("file", "import.error.writeFailed"));
				return report(kind, false, false, fileErrors, warnings, plan.lines());
			}
			var done = report(kind, false, true, fileErrors, warnings, plan.lines());
			log.info("Person {} imported {}: {}", viewer.personId(), kind, done.summary());
			return done;
		});
	}

	private Report report(Kind kind, boolean dryRun, boolean imported, List<Problem> fileErrors,
			List<Problem> warnings, List<? extends Line> lines) {
		var rows = lines.stream().map(Line::toRow).toList();
		Function<Action, Integer> count = a -> (int) rows.stream().filter(r -> r.action() == a).count();
		var summary = new Summary(rows.size(), count.apply(Action.CREATE), count.apply(Action.UPDATE),
				count.apply(Action.UNCHANGED), count.apply(Action.ERROR));
		boolean valid = fileErrors.isEmpty() && summary.errors() == 0;
		return new Report(kind, dryRun, valid, imported, summary, List.copyOf(fileErrors), List.copyOf(warnings), rows);
	}

	/** The file's non-blank data rows by column, or null when the file itself is unusable. */
	private Table read(Kind kind, InputStream file, List<Problem> errors, List<Problem> warnings) {
		byte[] bytes;
		try {
			bytes = file == null ? new byte[0] : file.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (bytes.length == 0) {
			errors.add(problem("file", "import.error.noFile"));
			return null;
		}
		if (bytes.length > MAX_BYTES) {
			errors.add(problem("file", "import.error.tooLarge", MAX_BYTES / (1024 * 1024)));
			return null;
		}
		List<Csv.Record> records;
		try {
			records = Csv.read(bytes, MAX_ROWS);
		}
		catch (Csv.Invalid e) {
			errors.add(problem("file", e.messageKey, e.args));
			return null;
		}
		var header = records.get(0).fields();
		var columns = new LinkedHashMap<String, Integer>();
		for (int i = 0; i < header.size(); i++) {
			var name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				continue;
			}
			if (!kind.columns().contains(name)) {
				warnings.add(problem(name, "import.warning.unknownColumn", name));
			}
			else if (columns.putIfAbsent(name, i) != null) {
				errors.add(problem(name, "import.error.duplicateColumn", name));
			}
		}
		kind.required.stream()
			.filter(c -> !columns.containsKey(c))
			.forEach(c -> errors.add(problem(c, "import.error.missingColumn", c)));
		var rows = records.stream().skip(1).filter(r -> !r.blank()).toList();
		if (rows.isEmpty() && errors.isEmpty()) {
			warnings.add(problem("file", "import.warning.noRows"));
		}
		return errors.isEmpty() ? new Table(header.size(), columns, rows) : null;
	}

	private Plan planUnits(Table table) {
		var tree = chart.tree();
		var codeOfId = new HashMap<Long, String>();
		tree.forEach(u -> codeOfId.put(u.id(), u.code()));
		var current = tree.stream().collect(Collectors.toMap(OrgChart.Unit::code, u -> u));
		var lines = new ArrayList<UnitLine>();
		var firstRowOf = new HashMap<String, Integer>();
		for (var record : table.rows()) {
			var line = new UnitLine(table, record, current, codeOfId);
			if (!line.failed("code")) {
				line.notTwice("code", firstRowOf.putIfAbsent(line.code, line.row));
			}
			lines.add(line);
		}
		// parents are checked once every row is known, since a parent may come after its children
		var parentOf = new HashMap<String, String>();
		tree.forEach(u -> parentOf.put(u.code(), codeOfId.get(u.parentId())));
		lines.forEach(l -> parentOf.put(l.code, l.parentCode));
		lines.forEach(line -> line.checkParent(parentOf).decide());
		return new Plan(lines, () -> writeUnits(lines, parentOf, current));
	}

	/** Writes parents before their children, so that every parent has an id when its children are saved. */
	private void writeUnits(List<UnitLine> lines, Map<String, String> parentOf, Map<String, OrgChart.Unit> current) {
		var depth = new HashMap<String, Integer>();
		lines.forEach(l -> depth(l.code, parentOf, depth));
		var idOf = new HashMap<String, Long>();
		current.forEach((code, unit) -> idOf.put(code, unit.id()));
		lines.stream().filter(Line::changes).sorted(Comparator.comparingInt(l -> depth.get(l.code))).forEach(line -> {
			Long parentId = line.parentCode == null ? null : idOf.get(line.parentCode);
			OrgUnit unit;
			if (line.current == null) {
				unit = new OrgUnit(line.code, line.name, line.kind, parentId, clock.instant());
			}
			else {
				unit = units.findById(line.current.id()).orElseThrow();
				unit.name = line.name;
				unit.kind = line.kind;
				unit.parentId = parentId;
			}
			var savedUnit = units.save(unit);
			idOf.put(line.code, savedUnit.id);
			events.publishEvent(new UnitChanged(savedUnit.id, savedUnit.parentId));
		});
	}

	/** How deep the unit sits in the tree the file leads to; the tree has no cycles by now. */
	private static void depth(String code, Map<String, String> parentOf, Map<String, Integer> depth) {
		var path = new ArrayList<String>();
		var at = code;
		while (at != null && !depth.containsKey(at)) {
			path.add(at);
			at = parentOf.get(at);
		}
		int d = at == null ? -1 : depth.get(at);
		for (int i = path.size() - 1; i >= 0; i--) {
			depth.put(path.get(i), ++d);
		}
	}

	private Plan planPeople(Table table) {
		var unitIds = chart.tree().stream().collect(Collectors.toMap(OrgChart.Unit::code, OrgChart.Unit::id));
		var current = currentPeople(
				table.rows().stream().map(r -> Person.normalizeEmail(table.cell(r, "email"))).distinct().toList());
		var lines = new ArrayList<PersonLine>();
		var firstRowOf = new HashMap<String, Integer>();
		for (var record : table.rows()) {
			var line = new PersonLine(table, record, current, unitIds);
			if (!line.failed("email")) {
				line.notTwice("email", firstRowOf.putIfAbsent(line.email, line.row));
			}
			line.decide();
			lines.add(line);
		}
		return new Plan(lines, () -> lines.stream().filter(Line::changes).forEach(this::writePerson));
	}

	private static Set<String> expertise(String cell) {
		return Arrays.stream(cell.split(";"))
			.map(Person.Expertise::normalize)
			.filter(t -> !t.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private void writePerson(PersonLine line) {
		var person = line.current == null
				? Person.create(line.email, line.fullName, line.unitId, line.roles, clock.instant())
				: persons.findById(line.current.id()).orElseThrow();
		person.fullName = line.fullName;
		person.jobTitle = line.jobTitle;
		person.unitId = line.unitId;
		person.languages = line.languages;
		line.roles.forEach(person::grant);
		person.replaceExpertise(line.expertise);
		var saved = persons.save(person);
		events.publishEvent(line.current == null ? new PersonJoined(saved.id, saved.unitId)
				: new PersonUpdated(saved.id, saved.unitId, saved.active));
	}

	/** What the database holds now about the people the file names, read in a few queries rather than per row. */
	private Map<String, Current> currentPeople(List<String> emails) {
		var result = new HashMap<String, Current>();
		for (int from = 0; from < emails.size(); from += 500) {
			var found = jdbc.sql("select id, email, full_name, job_title, unit_id, languages from people_person"
					+ " where email in (:emails)")
				.param("emails", emails.subList(from, Math.min(emails.size(), from + 500)))
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, Long.class), rs.getString(6) })
				.list();
			if (found.isEmpty()) {
				continue;
			}
			var ids = found.stream().map(r -> (Long) r[0]).toList();
			var roles = people.rolesOf(ids);
			var expertise = directory.expertiseOf(ids);
			for (var r : found) {
				long id = (Long) r[0];
				result.put((String) r[1], new Current(id, (String) r[2], (String) r[3], (Long) r[4], (String) r[5],
						roles.getOrDefault(id, Set.of()), expertise.getOrDefault(id, Set.of())));
			}
		}
		return result;
	}

	private static String emptyToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private Problem problem(String field, String key, Object... args) {
		return new Problem(field, key, List.of(args), messages.getMessage(key, args, key, Locale.ENGLISH));
	}

	private record Current(long id, String fullName, String jobTitle, Long unitId, String languages, Set<Role> roles,
			Set<String> expertise) {
	}

	private record Plan(List<? extends Line> lines, Runnable write) {
	}

	/** The checked file: how many columns its header has, where each known column is, and its data rows. */
	private record Table(int width, Map<String, Integer> columns, List<Csv.Record> rows) {

		boolean has(String column) {
			return columns.containsKey(column);
		}

		/** The stripped cell, empty when the row is short. */
		String cell(Csv.Record record, String column) {
			Integer at = columns.get(column);
			return at == null || at >= record.fields().size() ? "" : record.fields().get(at).strip();
		}

		void checkWidth(Csv.Record record, Line line) {
			var fields = record.fields();
			if (fields.subList(Math.min(width, fields.size()), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
				line.fail("row", "import.error.tooManyFields", fields.size(), width);
			}
		}
	}

	/** A data row while it is checked: what it says, what is wrong with it, and what it would do. */
	private abstract class Line {

		final int row;

		String key = "";

		final List<Problem> errors = new ArrayList<>();

		Action action;

		Line(Table table, Csv.Record record) {
			this.row = record.number();
			table.checkWidth(record, this);
		}

		void fail(String field, String messageKey, Object... args) {
			errors.add(problem(field, messageKey, args));
		}

		boolean failed(String field) {
			return errors.stream().anyMatch(p -> p.field().equals(field));
		}

		void notTwice(String field, Integer firstRow) {
			if (firstRow != null) {
				fail(field, "import.error.duplicate", firstRow);
			}
		}

		/** Whether the row names something that exists already. */
		abstract boolean exists();

		/** Whether the row would change what exists already. */
		abstract boolean differs();

		void decide() {
			action = !errors.isEmpty() ? Action.ERROR
					: !exists() ? Action.CREATE : differs() ? Action.UPDATE : Action.UNCHANGED;
		}

		boolean changes() {
			return action == Action.CREATE || action == Action.UPDATE;
		}

		Row toRow() {
			return new Row(row, key, action, List.copyOf(errors));
		}
	}

	private final class UnitLine extends Line {

		final String code;

		final String name;

		final UnitKind kind;

		final String parentCode;

		final OrgChart.Unit current;

		private final String currentParentCode;

		UnitLine(Table table, Csv.Record record, Map<String, OrgChart.Unit> units, Map<Long, String> codeOfId) {
			super(table, record);
			code = table.cell(record, "code");
			key = code;
			if (!UNIT_CODE.matcher(code).matches()) {
				fail("code", "unit.error.code");
			}
			current = units.get(code);
			currentParentCode = current == null ? null : codeOfId.get(current.parentId());
			name = table.cell(record, "name");
			if (name.isEmpty() || name.length() > 200) {
				fail("name", "unit.error.name");
			}
			kind = Arrays.stream(UnitKind.values())
				.filter(k -> k.name().equalsIgnoreCase(table.cell(record, "kind")))
				.findFirst()
				.orElse(null);
			if (kind == null) {
				fail("kind", "unit.error.kind");
			}
			parentCode = table.has("parent_code") ? emptyToNull(table.cell(record, "parent_code")) : currentParentCode;
		}

		/** Checks the parent against the tree the whole file leads to, given as code to parent code. */
		UnitLine checkParent(Map<String, String> parentOf) {
			if (parentCode != null && !parentOf.containsKey(parentCode)) {
				fail("parent_code", "import.error.parentUnknown", parentCode);
			}
			else if (parentCode != null && underItself(parentOf)) {
				fail("parent_code", "unit.error.cycle");
			}
			return this;
		}

		private boolean underItself(Map<String, String> parentOf) {
			var seen = new HashSet<String>();
			for (var at = parentCode; at != null && seen.add(at); at = parentOf.get(at)) {
				if (at.equals(code)) {
					return true;
				}
			}
			return false;
		}

		@Override
		boolean exists() {
			return current != null;
		}

		@Override
		boolean differs() {
			return !name.equals(current.name()) || kind != current.kind()
					|| !Objects.equals(parentCode, currentParentCode);
		}
	}

	/** A person row; a column the file leaves out keeps what the person has. */
	private final class PersonLine extends Line {

		final String email;

		final String fullName;

		final String jobTitle;

		final String languages;

		final Long unitId;

		final Set<Role> roles;

		final Set<String> expertise;

		final Current current;

		PersonLine(Table table, Csv.Record record, Map<String, Current> people, Map<String, Long> unitIds) {
			super(table, record);
			email = Person.normalizeEmail(table.cell(record, "email"));
			key = email;
			if (!EMAIL.matcher(email).matches() || email.length() > 254) {
				fail("email", "user.error.email");
			}
			current = people.get(email);
			fullName = table.cell(record, "full_name");
			if (fullName.isEmpty()) {
				fail("full_name", "profile.error.name");
			}
			else if (fullName.length() > 200) {
				fail("full_name", "profile.error.nameLength");
			}
			jobTitle = table.has("job_title") ? emptyToNull(table.cell(record, "job_title"))
					: current == null ? null : current.jobTitle();
			if (jobTitle != null && jobTitle.length() > 200) {
				fail("job_title", "profile.error.titleLength");
			}
			languages = table.has("languages") ? emptyToNull(table.cell(record, "languages"))
					: current == null ? null : current.languages();
			if (languages != null && languages.length() > 200) {
				fail("languages", "profile.error.languagesLength");
			}
			unitId = table.has("unit_code") ? unit(table.cell(record, "unit_code"), unitIds)
					: current == null ? null : current.unitId();
			roles = roles(table.has("roles") ? table.cell(record, "roles") : "");
			expertise = table.has("expertise") ? expertise(table.cell(record, "expertise"))
					: current == null ? Set.of() : current.expertise();
			if (expertise.size() > 20 || expertise.stream().anyMatch(t -> t.length() > 60)) {
				fail("expertise", "profile.error.expertise");
			}
		}

		private Long unit(String code, Map<String, Long> unitIds) {
			if (!code.isEmpty() && !unitIds.containsKey(code)) {
				fail("unit_code", "import.error.unitUnknown", code);
			}
			return code.isEmpty() ? null : unitIds.get(code);
		}

		/** The roles the row adds; a new person without any is an employee. */
		private Set<Role> roles(String cell) {
			var result = EnumSet.noneOf(Role.class);
			for (var name : cell.split(";")) {
				var normalized = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
				if (normalized.isEmpty()) {
					continue;
				}
				var role = Arrays.stream(Role.values()).filter(r -> r.name().equals(normalized)).findFirst();
				if (role.isEmpty()) {
					fail("roles", "import.error.role", name.strip());
				}
				else if (!IMPORTABLE_ROLES.contains(role.get())) {
					fail("roles", "user.error.leaderRole");
				}
				else {
					result.add(role.get());
				}
			}
			if (result.isEmpty() && current == null) {
				result.add(Role.EMPLOYEE);
			}
			return result;
		}

		@Override
		boolean exists() {
			return current != null;
		}

		@Override
		boolean differs() {
			return !fullName.equals(current.fullName()) || !Objects.equals(jobTitle, current.jobTitle())
					|| !Objects.equals(unitId, current.unitId()) || !Objects.equals(languages, current.languages())
					|| !expertise.equals(current.expertise()) || !current.roles().containsAll(roles);
		}
	}

	/**
	 * CSV as RFC 4180 has it: comma-separated fields, rows ending in CRLF or LF, quoted fields that may hold commas,
	 * line breaks and doubled quotes. The text is UTF-8, with or without a byte-order mark.
	 */
	static final class Csv {

		/** A row of the file, numbered from 1 as a spreadsheet numbers it. */
		record Record(int number, List<String> fields) {

			boolean blank() {
				return fields.stream().allMatch(String::isBlank);
			}
		}

		/** The file cannot be read as CSV; the message key and its arguments say why. */
		static final class Invalid extends RuntimeException {

			final String messageKey;

			final Object[] args;

			Invalid(String messageKey, Object... args) {
				super(messageKey + " " + Arrays.toString(args));
				this.messageKey = messageKey;
				this.args = args;
			}
		}

		private Csv() {
		}

		/** Every row of the file, the header first; more than maxRows non-blank rows after the header is an error. */
		static List<Record> read(byte[] bytes, int maxRows) {
			String text;
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
			}
			catch (CharacterCodingException e) {
				throw new Invalid("import.error.encoding");
			}
			var records = parse(text.startsWith("\uFEFF") ? text.substring(1) : text, maxRows);
			if (records.isEmpty()) {
				throw new Invalid("import.error.empty");
			}
			return records;
		}

		static List<Record> parse(String text, int maxRows) {
			var records = new ArrayList<Record>();
			var fields = new ArrayList<String>();
			int n = text.length();
			int i = 0;
			int dataRows = 0;
			while (i < n) {
				int row = records.size() + 1;
				if (text.charAt(i) == '"') {
					i = quoted(text, i, row, fields);
				}
				else {
					int start = i;
					while (i < n && ",\r\n".indexOf(text.charAt(i)) < 0) {
						i++;
					}
					fields.add(text.substring(start, i));
				}
				if (i < n && text.charAt(i) == ',') {
					i++;
					if (i == n) {
						fields.add("");
					}
					else {
						continue;
					}
				}
				else if (i < n) {
					i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
				}
				var record = new Record(row, List.copyOf(fields));
				if (row > 1 && !record.blank() && ++dataRows > maxRows) {
					throw new Invalid("import.error.tooManyRows", maxRows);
				}
				records.add(record);
				fields.clear();
			}
			return records;
		}

		/** Reads the quoted field that opens at start; returns where the text goes on after it. */
		private static int quoted(String text, int start, int row, List<String> fields) {
			var field = new StringBuilder();
			int n = text.length();
			int i = start + 1;
			while (true) {
				if (i >= n) {
					throw new Invalid("import.error.unclosedQuote", row);
				}
				char c = text.charAt(i++);
				if (c != '"') {
					field.append(c);
				}
				else if (i < n && text.charAt(i) == '"') {
					field.append('"');
					i++;
				}
				else {
					break;
				}
			}
			if (i < n && ",\r\n".indexOf(text.charAt(i)) < 0) {
				throw new Invalid("import.error.badQuote", row);
			}
			fields.add(field.toString());
			return i;
		}
	}
}
