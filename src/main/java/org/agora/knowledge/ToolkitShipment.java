package org.agora.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.agora.platform.search.SearchableChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ships the leaders' toolkit. At start-up, in every profile, each template under {@code knowledge/toolkit/}
 * ({@code <slug>.en.md}, and {@code <slug>.he.md} beside it) that this installation has not received yet is written
 * as published templates, one per language, and its slug is recorded; a recorded slug is never written again, so what
 * the community managers edit or archive stays theirs. A template added in a later release ships then. Malformed
 * files stop start-up with the file named.
 */
@Component
@Order(10)
class ToolkitShipment implements ApplicationRunner {

	static final String LOCATION = "classpath*:knowledge/toolkit/*.md";

	private static final Pattern NAME = Pattern.compile("([a-z0-9-]+)\\.(en|he)\\.md");

	private static final Logger log = LoggerFactory.getLogger(ToolkitShipment.class);

	private final JdbcClient jdbc;

	private final ArticleWriter writer;

	private final KnowledgeDates dates;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	ToolkitShipment(JdbcClient jdbc, ArticleWriter writer, KnowledgeDates dates, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.dates = dates;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		int shipped = ship(read());
		if (shipped > 0) {
			log.info("Toolkit templates shipped: {}", shipped);
		}
	}

	/** The toolkit's files by slug, then language. */
	Map<String, Map<String, HeaderedMarkdown>> read() {
		Map<String, Map<String, HeaderedMarkdown>> bySlug = new TreeMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				var name = NAME.matcher(file.getFilename() == null ? "" : file.getFilename());
				if (!name.matches()) {
					throw new IllegalStateException("knowledge/toolkit/" + file.getFilename()
							+ ": a toolkit file is named <slug>.en.md or <slug>.he.md");
				}
				String text = file.getContentAsString(StandardCharsets.UTF_8);
				bySlug.computeIfAbsent(name.group(1), s -> new TreeMap<>())
					.put(name.group(2), HeaderedMarkdown.parse("knowledge/toolkit/" + file.getFilename(), text));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		bySlug.forEach((slug, languages) -> {
			if (!languages.containsKey("en")) {
				throw new IllegalStateException("knowledge/toolkit/" + slug + ".en.md: every template has English");
			}
			languages.forEach((language, file) -> {
				String name = "knowledge/toolkit/" + slug + "." + language + ".md";
				file.required(name, "title");
				if (file.body().isBlank()) {
					throw new IllegalStateException(name + ": the body is empty");
				}
			});
		});
		return bySlug;
	}

	/** Writes the templates not shipped before; returns how many slugs were shipped now. */
	int ship(Map<String, Map<String, HeaderedMarkdown>> toolkit) {
		int shipped = 0;
		for (var entry : toolkit.entrySet()) {
			try {
				Boolean wrote = transactions.execute(tx -> shipOne(entry.getKey(), entry.getValue()));
				shipped += Boolean.TRUE.equals(wrote) ? 1 : 0;
			}
			catch (DuplicateKeyException e) {
				// another node shipped it at the same moment
			}
		}
		return shipped;
	}

	private boolean shipOne(String slug, Map<String, HeaderedMarkdown> languages) {
		boolean known = jdbc.sql("select count(*) from knowledge_toolkit_shipment where slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single() > 0;
		if (known) {
			return false;
		}
		var now = dates.now();
		jdbc.sql("insert into knowledge_toolkit_shipment (slug, shipped_at) values (:slug, :now)")
			.param("slug", slug)
			.param("now", Timestamp.from(now))
			.update();
		languages.forEach((language, file) -> {
			String name = "knowledge/toolkit/" + slug + "." + language + ".md";
			var text = new ArticleWriter.Text(ArticleType.TEMPLATE, ArticleRules.title(file.required(name, "title")),
					ArticleRules.summary(file.optional("summary")), ArticleRules.body(file.body()),
					ArticleRules.tags(file.optional("tags")));
			long id = writer.insert(text, new ArticleWriter.Placement(ArticleStatus.PUBLISHED, language, null, null,
					null, null, slug, null), null, now);
			events.publishEvent(SearchableChanged.of(KnowledgeSearchSource.TYPE, id));
		});
		return true;
	}
}
