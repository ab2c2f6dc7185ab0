package org.agora.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agora.people.People;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo articles of {@code knowledge/demo/NN-<slug>.md} straight to the tables, dated back from the clock's
 * now: earlier versions (each a paragraph shorter), review-by dates (a negative number of days makes an article
 * stale), and ratings from people who neither own nor contribute to the article. People are named by the demo's
 * parts as in the demo discussions: manager, leader, employee, and L1..L6, E1..E6 for other leaders and employees.
 */
@Component
class KnowledgeDemoWriter {

	static final String LOCATION = "classpath*:knowledge/demo/*.md";

	/** A demo article as its file says. */
	record Spec(String file, String title, ArticleType type, String language, String owner, List<String> contributors,
			String reviewer, String space, String tags, String summary, ArticleStatus status, int publishedDaysAgo,
			int reviewByDays, int helpful, int notHelpful, int edits, String body) {
	}

	private final JdbcClient jdbc;

	private final People people;

	private final KnowledgeDates dates;

	KnowledgeDemoWriter(JdbcClient jdbc, People people, KnowledgeDates dates) {
		this.jdbc = jdbc;
		this.people = people;
		this.dates = dates;
	}

	List<Spec> read() {
		List<Spec> specs = new ArrayList<>();
		try {
			var files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				String name = "knowledge/demo/" + file.getFilename();
				specs.add(spec(name, HeaderedMarkdown.parse(name, file.getContentAsString(StandardCharsets.UTF_8))));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return specs;
	}

	static Spec spec(String name, HeaderedMarkdown file) {
		try {
			return new Spec(name, file.required(name, "title"), ArticleType.valueOf(file.required(name, "type")),
					file.optional("language") == null ? "en" : file.optional("language"), file.required(name, "owner"),
					list(file.optional("contributors")), file.optional("reviewer"), file.optional("space"),
					file.optional("tags"), file.optional("summary"),
					ArticleStatus.valueOf(file.required(name, "status").toUpperCase(Locale.ROOT)),
					number(file, "publishedDaysAgo"), number(file, "reviewByDays"), number(file, "helpful"),
					number(file, "notHelpful"), number(file, "edits"), file.body());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(name + ": " + e.getMessage(), e);
		}
	}

	/** Writes the articles; returns how many. Nothing is written without the demo people. */
	@Transactional
	int write(List<Spec> specs) {
		var cast = cast();
		if (cast.isEmpty()) {
			return 0;
		}
		var raters = raters();
		int written = 0;
		for (var spec : specs) {
			if (cast.containsKey(spec.owner())) {
				write(spec, cast, raters);
				written++;
			}
		}
		return written;
	}

	private void write(Spec spec, Map<String, Long> cast, List<Long> raters) {
		Instant now = dates.now();
		LocalDate today = dates.today();
		long owner = cast.get(spec.owner());
		var contributors = spec.contributors().stream().filter(cast::containsKey).map(cast::get)
			.filter(c -> c != owner).distinct().toList();
		Long reviewer = spec.reviewer() == null ? null : cast.get(spec.reviewer());
		boolean published = spec.status().open();
		Instant publishedAt = published ? now.minus(Duration.ofDays(spec.publishedDaysAgo())) : null;
		Instant createdAt = (publishedAt != null ? publishedAt : now).minus(Duration.ofDays(7 + spec.edits()));
		var tags = ArticleRules.tags(spec.tags());
		String[] paragraphs = spec.body().split("\n\n");
		int versions = 1 + Math.max(0, spec.edits());
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into knowledge_article (type, status, language, title, summary, body, owner_id, reviewer_id,
				  space_id, version, created_at, updated_at, published_at, review_by)
				values (:type, :status, :language, :title, :summary, :body, :owner, :reviewer, :space, :version,
				  :created, :updated, :published, :reviewBy)""")
			.param("type", spec.type().name())
			.param("status", spec.status().name())
			.param("language", spec.language())
			.param("title", spec.title())
			.param("summary", spec.summary())
			.param("body", spec.body())
			.param("owner", owner)
			.param("reviewer", reviewer)
			.param("space", space(spec.space()))
			.param("version", versions)
			.param("created", Timestamp.from(createdAt))
			.param("updated", Timestamp.from(createdAt.plus(Duration.ofDays(versions))))
			.param("published", publishedAt == null ? null : Timestamp.from(publishedAt))
			.param("reviewBy", published && spec.type() != ArticleType.TEMPLATE
					? Date.valueOf(today.plusDays(spec.reviewByDays())) : null)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		var writers = new ArrayList<Long>();
		writers.add(owner);
		writers.addAll(contributors);
		for (int n = 1; n <= versions; n++) {
			// each earlier version is a paragraph shorter, so the history shows the article growing
			int kept = Math.max(1, paragraphs.length - (versions - n));
			jdbc.sql("""
					insert into knowledge_article_version (article_id, number, type, title, summary, body, tags,
					  written_by, written_at) values (:id, :n, :type, :title, :summary, :body, :tags, :by, :at)""")
				.param("id", id)
				.param("n", n)
				.param("type", spec.type().name())
				.param("title", spec.title())
				.param("summary", spec.summary())
				.param("body", String.join("\n\n", Arrays.copyOf(paragraphs, kept)))
				.param("tags", String.join(",", tags))
				.param("by", writers.get((n - 1) % writers.size()))
				.param("at", Timestamp.from(createdAt.plus(Duration.ofDays(n - 1))))
				.update();
		}
		for (String tag : tags) {
			jdbc.sql("insert into knowledge_article_tag (article_id, tag) values (:id, :tag)").param("id", id)
				.param("tag", tag).update();
		}
		for (long c : contributors) {
			jdbc.sql("insert into knowledge_contributor (article_id, person_id) values (:id, :p)").param("id", id)
				.param("p", c).update();
		}
		if (spec.status() == ArticleStatus.PUBLISHED) {
			rate(id, spec, raters.stream().filter(r -> r != owner && !contributors.contains(r)).toList(), now);
		}
	}

	private void rate(long id, Spec spec, List<Long> raters, Instant now) {
		int votes = Math.min(raters.size(), spec.helpful() + spec.notHelpful());
		for (int i = 0; i < votes; i++) {
			jdbc.sql("""
					insert into knowledge_rating (article_id, person_id, helpful, rated_at)
					values (:id, :person, :helpful, :at)""")
				.param("id", id)
				.param("person", raters.get(i))
				.param("helpful", i < spec.helpful())
				.param("at", Timestamp.from(now.minus(Duration.ofDays(1 + i))))
				.update();
		}
	}

	/** The demo's parts, as the demo discussions cast them; empty without the named demo accounts. */
	private Map<String, Long> cast() {
		var manager = people.findByEmail("manager@agora.example").orElse(null);
		var leader = people.findByEmail("leader@agora.example").orElse(null);
		var employee = people.findByEmail("employee@agora.example").orElse(null);
		if (manager == null || leader == null || employee == null) {
			return Map.of();
		}
		var leaders = jdbc.sql("""
				select id from people_person where active and leader_status = 'ACTIVE' and id <> :excluded order by id""")
			.param("excluded", leader.id())
			.query(Long.class)
			.list();
		var employees = jdbc.sql("""
				select p.id from people_person p where p.active and p.leader_status is null and p.id <> :excluded
				and exists (select 1 from people_person_role r where r.person_id = p.id and r.role = 'EMPLOYEE')
				and not exists (select 1 from people_person_role r where r.person_id = p.id and r.role <> 'EMPLOYEE')
				order by p.id""")
			.param("excluded", employee.id())
			.query(Long.class)
			.list();
		Map<String, Long> cast = new HashMap<>();
		cast.put("manager", manager.id());
		cast.put("leader", leader.id());
		cast.put("employee", employee.id());
		for (int i = 1; i <= 6; i++) {
			cast.put("L" + i, leaders.isEmpty() ? leader.id() : leaders.get((i * 3) % leaders.size()));
			cast.put("E" + i, employees.isEmpty() ? employee.id() : employees.get((i * 5) % employees.size()));
		}
		return cast;
	}

	/** Active people of the organization, in a fixed order, to rate articles. */
	private List<Long> raters() {
		return jdbc.sql("""
				select p.id from people_person p where p.active and exists (select 1 from people_person_role r
				  where r.person_id = p.id and r.role <> 'GUEST') order by p.id limit 200""")
			.query(Long.class)
			.list();
	}

	private Long space(String slug) {
		if (slug == null) {
			return null;
		}
		return jdbc.sql("select id from discussions_space where slug = :slug and kind <> 'PRIVATE'")
			.param("slug", slug)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private static List<String> list(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static int number(HeaderedMarkdown file, String key) {
		String value = file.optional(key);
		return value == null ? 0 : Integer.parseInt(value);
	}
}
