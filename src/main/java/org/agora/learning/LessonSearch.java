package org.agora.learning;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchBatches;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.agora.platform.search.SearchableChanged;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lessons as the search index holds them: every lesson a course shows (archived lessons and modules are not found),
 * in English and Hebrew. Who reads them is {@link LearningPolicy#mayRead}: managers, knowledge leaders, and whoever
 * is invited to an open cohort or enrolled in any; the last hold a reader's key of each course ({@link #keys}), so an
 * invitation or enrolment changes no document.
 */
@Component
class LessonSearch implements SearchSource {

	static final String TYPE = "lesson";

	private static final int BATCH = 500;

	private static final String SHOWN = """
			from learning_lesson l join learning_module m on m.id = l.module_id
			where not l.archived and not m.archived""";

	private final JdbcClient jdbc;

	private final LearningPolicy policy;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	LessonSearch(JdbcClient jdbc, LearningPolicy policy, MarkdownRenderer markdown, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.markdown = markdown;
		this.events = events;
	}

	private record Row(long id, String kind, String titleEn, String titleHe, String bodyEn, String bodyHe,
			String moduleEn, String moduleHe, long courseId) {
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void all(Consumer<List<SearchDocument>> batches) {
		SearchBatches.walk(jdbc, "select l.id " + SHOWN + " and l.id > :after order by l.id fetch first :n rows only",
				BATCH, this::find, batches);
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) " + SHOWN).query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return SearchBatches.inChunks(ids, BATCH, chunk -> jdbc.sql("""
					select l.id, l.kind, l.title_en, l.title_he, l.body_en, l.body_he, m.title_en, m.title_he, m.course_id
					""" + SHOWN + " and l.id in (:ids) order by l.id")
			.param("ids", chunk)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9)))
			.list()
			.stream()
			.map(this::document)
			.toList());
	}

	private SearchDocument document(Row row) {
		String title = row.titleEn() == null || row.titleEn().isBlank() ? row.titleHe() : row.titleEn();
		String body = Stream.of(markdown.toPlainText(row.bodyEn()), markdown.toPlainText(row.bodyHe()), row.moduleHe())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		var titles = row.titleHe() == null || row.titleHe().isBlank() || row.titleHe().equals(title) ? Map.<String, String>of()
				: Map.of("he", row.titleHe());
		var tags = row.moduleEn() == null || row.moduleEn().isBlank() ? List.<String>of() : List.of(row.moduleEn());
		return new SearchDocument(TYPE, row.id(), title, tags, body, "/learning/lessons/" + row.id(),
				row.kind().toLowerCase(Locale.ROOT), null, null, null, Set.of(SearchAccess.MANAGERS,
						SearchAccess.role(Role.KNOWLEDGE_LEADER), reader(row.courseId())), titles);
	}

	/** Invited and enrolled people read every course, as the policy says: a reader's key of each. */
	@Override
	public Set<String> keys(AgoraPrincipal viewer) {
		if (viewer == null || viewer.isManager() || viewer.has(Role.KNOWLEDGE_LEADER) || !policy.mayRead(viewer)) {
			return Set.of();
		}
		return jdbc.sql("select id from learning_course")
			.query(Long.class)
			.list()
			.stream()
			.map(LessonSearch::reader)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The lesson page's rule: a reader of courses, and a lesson the course still shows. */
	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		if (ids.isEmpty() || !policy.mayRead(viewer)) {
			return Set.of();
		}
		return new LinkedHashSet<>(jdbc.sql("select l.id " + SHOWN + " and l.id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(Long.class)
			.list());
	}

	private static String reader(long courseId) {
		return SearchAccess.scoped("learning", "course", courseId);
	}

	/** Any change to a course may add, change, move or archive lessons: all of its lessons are read again. */
	@EventListener
	void on(CourseContentChanged event) {
		var ids = jdbc.sql("""
				select l.id from learning_lesson l join learning_module m on m.id = l.module_id
				where m.course_id = :course""")
			.param("course", event.courseId())
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			events.publishEvent(SearchableChanged.of(TYPE, ids));
		}
	}
}
