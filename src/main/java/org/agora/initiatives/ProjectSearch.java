package org.agora.initiatives;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.agora.platform.search.SearchAccess;
import org.agora.platform.search.SearchBatches;
import org.agora.platform.search.SearchDocument;
import org.agora.platform.search.SearchSource;
import org.agora.platform.security.AgoraPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Joint projects as the search index holds them: title, goal and scope. They are visible to the whole organization
 * ({@link InitiativesPolicy#maySeeProjects}); their tasks, updates and files are read on the project's page.
 */
@Component
class ProjectSearch implements SearchSource {

	static final String TYPE = "project";

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final InitiativesPolicy policy;

	ProjectSearch(JdbcClient jdbc, InitiativesPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void all(Consumer<List<SearchDocument>> batches) {
		SearchBatches.walk(jdbc,
				"select id from initiatives_project where id > :after order by id fetch first :n rows only", BATCH,
				this::find, batches);
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from initiatives_project").query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return SearchBatches.inChunks(ids, BATCH, chunk -> jdbc
			.sql("select " + Projects.COLUMNS + " from initiatives_project p where p.id in (:ids) order by p.id")
			.param("ids", chunk)
			.query((rs, n) -> document(Projects.project(rs)))
			.list());
	}

	private static SearchDocument document(Project project) {
		String body = Stream.of(project.goal(), project.scope())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		return new SearchDocument(TYPE, project.id(), project.title(), List.of(), body, project.path(),
				project.status().name().toLowerCase(Locale.ROOT), null, null, project.createdAt(),
				Set.of(SearchAccess.ORGANIZATION));
	}

	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		return policy.maySeeProjects(viewer) ? new HashSet<>(ids) : Set.of();
	}
}
