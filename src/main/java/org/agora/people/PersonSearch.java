package org.agora.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People as the search index holds them: every active person's profile, findable by whoever may browse the directory.
 * A deactivated person leaves the index; admins still reach their page through the directory's own filters.
 */
@Component
class PersonSearch implements SearchSource {

	static final String TYPE = "person";

	private static final int BATCH = 500;

	/** The directory is the organization's: guests from partner communities never see it. */
	private static final Set<String> ACCESS = Set.of(SearchAccess.ORGANIZATION);

	private final JdbcClient jdbc;

	private final Directory directory;

	private final PeoplePolicy policy;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	PersonSearch(JdbcClient jdbc, Directory directory, PeoplePolicy policy, MarkdownRenderer markdown,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.policy = policy;
		this.markdown = markdown;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void all(Consumer<List<SearchDocument>> batches) {
		SearchBatches.walk(jdbc, "select id from people_person where active and id > :after order by id fetch first :n rows only",
				BATCH, this::find, batches);
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from people_person where active").query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var rows = jdbc.sql("""
				select p.id, p.full_name, p.job_title, p.languages, p.bio, p.leader_status, p.unit_id, u.name
				from people_person p left join people_unit u on u.id = p.unit_id
				where p.active and p.id in (:ids) order by p.id""")
			.param("ids", List.copyOf(ids))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getString(8)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var expertise = directory.expertiseOf(rows.stream().map(Row::id).toList());
		var documents = new ArrayList<SearchDocument>(rows.size());
		for (var row : rows) {
			documents.add(document(row, expertise.getOrDefault(row.id(), Set.of())));
		}
		return documents;
	}

	/** The directory's rule: members of the organization open active people's pages; admins open everyone's. */
	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		if (ids.isEmpty() || !policy.mayBrowseDirectory(viewer)) {
			return Set.of();
		}
		return new LinkedHashSet<>(jdbc.sql("select id from people_person where id in (:ids) and (active or :all)")
			.param("ids", List.copyOf(ids))
			.param("all", policy.mayManageOrganization(viewer))
			.query(Long.class)
			.list());
	}

	private SearchDocument document(Row row, Set<String> expertise) {
		String body = Stream.of(row.jobTitle(), row.unitName(), row.languages(), markdown.toPlainText(row.bio()))
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		var unit = row.unitId() == null ? null : new SearchDocument.Facet(row.unitId(), row.unitName());
		return new SearchDocument(TYPE, row.id(), row.fullName(), List.copyOf(expertise), body, "/people/" + row.id(),
				kind(row.leaderStatus()), null, unit, null, ACCESS);
	}

	/** Leaders and alumni are a kind of their own; being nominated is not shown to colleagues, so it is no kind. */
	private static String kind(String leaderStatus) {
		if (LeaderStatus.ACTIVE.name().equals(leaderStatus)) {
			return "leader";
		}
		return LeaderStatus.ALUMNI.name().equals(leaderStatus) ? "alumni" : null;
	}

	@EventListener
	void on(PersonJoined event) {
		changed(List.of(event.personId()));
	}

	@EventListener
	void on(PersonUpdated event) {
		changed(List.of(event.personId()));
	}

	@EventListener
	void on(LeaderAppointed event) {
		changed(List.of(event.personId()));
	}

	@EventListener
	void on(LeaderRetired event) {
		changed(List.of(event.personId()));
	}

	/** A unit's new name is part of the profiles of the people in it. */
	@EventListener
	void on(UnitChanged event) {
		changed(jdbc.sql("select id from people_person where active and unit_id = :unit")
			.param("unit", event.unitId())
			.query(Long.class)
			.list());
	}

	private void changed(List<Long> ids) {
		if (!ids.isEmpty()) {
			events.publishEvent(SearchableChanged.of(TYPE, ids));
		}
	}

	private record Row(long id, String fullName, String jobTitle, String languages, String bio, String leaderStatus,
			Long unitId, String unitName) {
	}
}
