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
 * Initiatives as the search index holds them: title, goal and audience, faceted by unit and kind. They are the
 * organization's, so everyone in it may find them ({@link InitiativesPolicy#maySeeInitiatives}).
 */
@Component
class InitiativeSearch implements SearchSource {

	static final String TYPE = "initiative";

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final InitiativesPolicy policy;

	InitiativeSearch(JdbcClient jdbc, InitiativesPolicy policy) {
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
				"select id from initiatives_initiative where id > :after order by id fetch first :n rows only", BATCH,
				this::find, batches);
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from initiatives_initiative").query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return SearchBatches.inChunks(ids, BATCH, chunk -> jdbc.sql("select " + Initiatives.COLUMNS
				+ ", u.name as unit_name from initiatives_initiative i join people_unit u on u.id = i.unit_id"
				+ " where i.id in (:ids) order by i.id")
			.param("ids", chunk)
			.query((rs, n) -> document(Initiatives.row(rs, n), rs.getString("unit_name")))
			.list());
	}

	private static SearchDocument document(Initiative initiative, String unitName) {
		String body = Stream.of(initiative.goal(), initiative.audience())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		var date = initiative.launchedAt() != null ? initiative.launchedAt() : initiative.createdAt();
		return new SearchDocument(TYPE, initiative.id(), initiative.title(), List.of(), body, initiative.path(),
				initiative.kind().name().toLowerCase(Locale.ROOT), null,
				new SearchDocument.Facet(initiative.unitId(), unitName), date, Set.of(SearchAccess.ORGANIZATION));
	}

	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		return policy.maySeeInitiatives(viewer) ? new HashSet<>(ids) : Set.of();
	}

}
