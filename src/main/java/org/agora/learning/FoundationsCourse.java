package org.agora.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Ships the default course, Knowledge Leaders Foundations. At start-up, in every profile, it writes the course from
 * the YAML files under {@code learning/foundations/} when no course has its slug yet, and does nothing otherwise: once
 * written, the course belongs to the community managers who edit it, so it is never written over. Malformed content
 * stops start-up with a message naming the file and the field.
 */
@Component
@Order(0)
class FoundationsCourse implements ApplicationRunner {

	static final String SLUG = "knowledge-leaders-foundations";

	static final String LOCATION = "classpath:learning/foundations/";

	static final String COURSE_FILE = "course.yml";

	private static final Logger log = LoggerFactory.getLogger(FoundationsCourse.class);

	record Content(Bilingual title, Bilingual summary, List<Module> modules) {

		List<Lesson> lessons() {
			return modules.stream().flatMap(m -> m.lessons().stream()).toList();
		}
	}

	record Module(String file, int position, Bilingual title, Bilingual objectives, List<Lesson> lessons) {
	}

	/** A lesson; {@code quiz} is set for a quiz lesson only, {@code exercise} for an exercise lesson only. */
	record Lesson(LessonKind kind, Bilingual title, Bilingual body, Integer minutes, boolean required, List<Link> links,
			Quiz quiz, Exercise exercise) {
	}

	record Link(String title, String url) {
	}

	record Quiz(int passPercent, int maxAttempts, List<Question> questions) {
	}

	record Question(Bilingual text, boolean multiple, List<Option> options) {
	}

	record Option(Bilingual text, boolean correct) {
	}

	record Exercise(boolean allowsFile) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FoundationsCourse(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (seeded()) {
			log.debug("The course {} exists; the shipped content is not loaded again", SLUG);
			return;
		}
		var content = read(new PathMatchingResourcePatternResolver(getClass().getClassLoader()));
		try {
			transactions.executeWithoutResult(tx -> {
				if (!seeded()) {
					write(content);
					log.info("Course {} written: {} modules, {} lessons", SLUG, content.modules().size(),
							content.lessons().size());
				}
			});
		}
		catch (DuplicateKeyException e) {
			log.info("Another node wrote the course {} at the same time; this one leaves it alone", SLUG);
		}
	}

	private boolean seeded() {
		return jdbc.sql("select count(*) from learning_course where slug = :slug").param("slug", SLUG)
			.query(Long.class)
			.single() > 0;
	}

	/** Reads and checks the course file and every module file, modules in position order. */
	static Content read(ResourcePatternResolver resolver) {
		try {
			String courseYaml = load(COURSE_FILE, resolver.getResource(LOCATION + COURSE_FILE));
			var course = Fields.of(COURSE_FILE, parse(COURSE_FILE, courseYaml));
			course.only("title", "summary");
			var modules = new ArrayList<Module>();
			for (Resource file : resolver.getResources(LOCATION + "*.yml")) {
				String name = Objects.requireNonNull(file.getFilename());
				if (!name.equals(COURSE_FILE)) {
					modules.add(module(name, load(name, file)));
				}
			}
			if (modules.isEmpty()) {
				throw new IllegalStateException("Malformed course content: no module files in " + LOCATION);
			}
			modules.sort(Comparator.comparingInt(Module::position));
			for (int i = 0; i < modules.size(); i++) {
				if (modules.get(i).position() != i + 1) {
					throw new IllegalStateException("Malformed course content in " + modules.get(i).file()
							+ " at position: modules must be numbered 1.." + modules.size() + " without gaps or repeats");
				}
			}
			return new Content(course.bilingual("title", 200), course.bilingual("summary", Integer.MAX_VALUE),
					List.copyOf(modules));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the course content in " + LOCATION, e);
		}
	}

	/** Parses and checks one module file. */
	static Module module(String file, String yaml) {
		var module = Fields.of(file, parse(file, yaml));
		module.only("position", "title", "objectives", "lessons");
		var lessons = module.list("lessons").stream().map(FoundationsCourse::lesson).toList();
		return new Module(file, module.integer("position", 1, 1000), module.bilingual("title", 200),
				module.bilingual("objectives", Integer.MAX_VALUE), lessons);
	}

	private static Lesson lesson(Fields lesson) {
		lesson.only("kind", "title", "minutes", "required", "body", "links", "quiz", "exercise");
		String kindName = lesson.text("kind", 20);
		LessonKind kind = Arrays.stream(LessonKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
			.orElseThrow(() -> lesson.problem("kind",
					"unknown kind '" + kindName + "', expected one of " + Arrays.toString(LessonKind.values())));
		Quiz quiz = null;
		Exercise exercise = null;
		if (kind == LessonKind.QUIZ) {
			quiz = quiz(lesson.child("quiz"));
		}
		else if (lesson.has("quiz")) {
			throw lesson.problem("quiz", "only a QUIZ lesson has a quiz");
		}
		if (kind == LessonKind.EXERCISE) {
			var fields = lesson.child("exercise");
			fields.only("allowsFile");
			exercise = new Exercise(fields.flag("allowsFile", true));
		}
		else if (lesson.has("exercise")) {
			throw lesson.problem("exercise", "only an EXERCISE lesson has an exercise");
		}
		var links = lesson.has("links") ? lesson.list("links").stream().map(FoundationsCourse::link).toList()
				: List.<Link>of();
		Integer minutes = lesson.has("minutes") ? lesson.integer("minutes", 1, 600) : null;
		return new Lesson(kind, lesson.bilingual("title", 200), lesson.bilingual("body", Integer.MAX_VALUE), minutes,
				lesson.flag("required", true), links, quiz, exercise);
	}

	private static Link link(Fields link) {
		link.only("title", "url");
		String url = link.text("url", 1000);
		if (!url.startsWith("https://")) {
			throw link.problem("url", "a link must start with https://");
		}
		return new Link(link.text("title", 200), url);
	}

	private static Quiz quiz(Fields quiz) {
		quiz.only("passPercent", "maxAttempts", "questions");
		var questions = quiz.list("questions").stream().map(FoundationsCourse::question).toList();
		return new Quiz(quiz.integer("passPercent", 1, 100), quiz.integer("maxAttempts", 1, 100), questions);
	}

	private static Question question(Fields question) {
		question.only("text", "multiple", "options");
		boolean multiple = question.flag("multiple", false);
		var options = question.list("options").stream().map(option -> {
			option.only("en", "he", "correct");
			return new Option(option.bilingualHere(500), option.flag("correct", false));
		}).toList();
		long correct = options.stream().filter(Option::correct).count();
		if (options.size() < 2) {
			throw question.problem("options", "a question needs at least two options");
		}
		if (!multiple && correct != 1) {
			throw question.problem("options", "a single-choice question needs exactly one correct option, it has " + correct);
		}
		if (multiple && correct < 2) {
			throw question.problem("options", "a multiple-choice question needs at least two correct options, it has " + correct);
		}
		return new Question(question.bilingual("text", 1000), multiple, options);
	}

	private static String load(String file, Resource resource) throws IOException {
		if (!resource.exists()) {
			throw new IllegalStateException("Malformed course content: " + file + " is missing from " + LOCATION);
		}
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Object parse(String file, String yaml) {
		try {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		}
		catch (YAMLException e) {
			throw new IllegalStateException("Malformed course content in " + file + ": not valid YAML: " + e.getMessage(), e);
		}
	}

	private void write(Content content) {
		var now = Timestamp.from(clock.instant());
		long course = insert(jdbc.sql("""
				insert into learning_course (slug, title_en, title_he, summary_en, summary_he, created_at, updated_at)
				values (:slug, :titleEn, :titleHe, :summaryEn, :summaryHe, :now, :now)""")
			.param("slug", SLUG)
			.params(bilingual("title", content.title()))
			.params(bilingual("summary", content.summary()))
			.param("now", now));
		for (var module : content.modules()) {
			long moduleId = insert(jdbc.sql("""
					insert into learning_module (course_id, position, title_en, title_he, objectives_en, objectives_he)
					values (:course, :position, :titleEn, :titleHe, :objectivesEn, :objectivesHe)""")
				.param("course", course)
				.param("position", module.position())
				.params(bilingual("title", module.title()))
				.params(bilingual("objectives", module.objectives())));
			for (int i = 0; i < module.lessons().size(); i++) {
				write(moduleId, i + 1, module.lessons().get(i));
			}
		}
	}

	private void write(long moduleId, int position, Lesson lesson) {
		long lessonId = insert(jdbc.sql("""
				insert into learning_lesson (module_id, position, kind, title_en, title_he, body_en, body_he, required, minutes)
				values (:module, :position, :kind, :titleEn, :titleHe, :bodyEn, :bodyHe, :required, :minutes)""")
			.param("module", moduleId)
			.param("position", position)
			.param("kind", lesson.kind().name())
			.params(bilingual("title", lesson.title()))
			.params(bilingual("body", lesson.body()))
			.param("required", lesson.required())
			.param("minutes", lesson.minutes(), Types.INTEGER));
		for (int i = 0; i < lesson.links().size(); i++) {
			jdbc.sql("insert into learning_lesson_link (lesson_id, position, title, url) values (:lesson, :position, :title, :url)")
				.param("lesson", lessonId)
				.param("position", i + 1)
				.param("title", lesson.links().get(i).title())
				.param("url", lesson.links().get(i).url())
				.update();
		}
		if (lesson.quiz() != null) {
			write(lessonId, lesson.quiz());
		}
		if (lesson.exercise() != null) {
			jdbc.sql("insert into learning_exercise (lesson_id, allows_file) values (:lesson, :allowsFile)")
				.param("lesson", lessonId)
				.param("allowsFile", lesson.exercise().allowsFile())
				.update();
		}
	}

	private void write(long lessonId, Quiz quiz) {
		long quizId = insert(jdbc.sql("""
				insert into learning_quiz (lesson_id, pass_percent, max_attempts) values (:lesson, :passPercent, :maxAttempts)""")
			.param("lesson", lessonId)
			.param("passPercent", quiz.passPercent())
			.param("maxAttempts", quiz.maxAttempts()));
		for (int q = 0; q < quiz.questions().size(); q++) {
			var question = quiz.questions().get(q);
			long questionId = insert(jdbc.sql("""
					insert into learning_question (quiz_id, position, text_en, text_he, multiple)
					values (:quiz, :position, :textEn, :textHe, :multiple)""")
				.param("quiz", quizId)
				.param("position", q + 1)
				.params(bilingual("text", question.text()))
				.param("multiple", question.multiple()));
			for (int o = 0; o < question.options().size(); o++) {
				var option = question.options().get(o);
				jdbc.sql("""
						insert into learning_option (question_id, position, text_en, text_he, correct)
						values (:question, :position, :textEn, :textHe, :correct)""")
					.param("question", questionId)
					.param("position", o + 1)
					.params(bilingual("text", option.text()))
					.param("correct", option.correct())
					.update();
			}
		}
	}

	private static Map<String, Object> bilingual(String name, Bilingual text) {
		return Map.of(name + "En", text.en(), name + "He", text.he());
	}

	private static long insert(JdbcClient.StatementSpec statement) {
		var key = new GeneratedKeyHolder();
		statement.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Long.class));
	}

	/** One mapping of a content file, with its place in the file, so that every problem names file and field. */
	private record Fields(String file, String path, Map<?, ?> map) {

		static Fields of(String file, Object value) {
			if (!(value instanceof Map<?, ?> map)) {
				throw new IllegalStateException("Malformed course content in " + file + ": expected a mapping of fields");
			}
			return new Fields(file, "", map);
		}

		boolean has(String key) {
			return map.get(key) != null;
		}

		void only(String... keys) {
			var known = Set.of(keys);
			for (Object key : map.keySet()) {
				if (!known.contains(String.valueOf(key))) {
					throw problem(String.valueOf(key), "unknown field, expected one of " + known);
				}
			}
		}

		String text(String key, int maxLength) {
			Object value = map.get(key);
			if (!(value instanceof String text) || text.isBlank()) {
				throw problem(key, value == null ? "missing" : "expected text (quote it if it reads as a number or yes/no)");
			}
			if (text.length() > maxLength) {
				throw problem(key, "longer than " + maxLength + " characters");
			}
			return text.strip();
		}

		/** A field holding {@code en} and {@code he} texts; the Hebrew must be written in Hebrew letters. */
		Bilingual bilingual(String key, int maxLength) {
			return child(key).bilingualHere(maxLength);
		}

		Bilingual bilingualHere(int maxLength) {
			String he = text("he", maxLength);
			if (he.codePoints().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HEBREW)) {
				throw problem("he", "the Hebrew text has no Hebrew letters");
			}
			return new Bilingual(text("en", maxLength), he);
		}

		int integer(String key, int min, int max) {
			if (!(map.get(key) instanceof Integer value) || value < min || value > max) {
				throw problem(key, map.get(key) == null ? "missing" : "expected a whole number from " + min + " to " + max);
			}
			return value;
		}

		boolean flag(String key, boolean fallback) {
			Object value = map.get(key);
			if (value == null) {
				return fallback;
			}
			if (!(value instanceof Boolean flag)) {
				throw problem(key, "expected true or false");
			}
			return flag;
		}

		Fields child(String key) {
			if (!(map.get(key) instanceof Map<?, ?> child)) {
				throw problem(key, map.get(key) == null ? "missing" : "expected a mapping of fields");
			}
			return new Fields(file, where(key), child);
		}

		List<Fields> list(String key) {
			if (!(map.get(key) instanceof List<?> items) || items.isEmpty()) {
				throw problem(key, map.get(key) == null ? "missing" : "expected a list with at least one item");
			}
			var fields = new ArrayList<Fields>();
			for (int i = 0; i < items.size(); i++) {
				String at = where(key) + "[" + (i + 1) + "]";
				if (!(items.get(i) instanceof Map<?, ?> item)) {
					throw new IllegalStateException("Malformed course content in " + file + " at " + at + ": expected a mapping");
				}
				fields.add(new Fields(file, at, item));
			}
			return fields;
		}

		IllegalStateException problem(String key, String message) {
			return new IllegalStateException("Malformed course content in " + file + " at " + where(key) + ": " + message);
		}

		private String where(String key) {
			return path.isEmpty() ? key : path + "." + key;
		}
	}
}
