package org.agora.calendar;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Events as the search index holds them, cancelled ones too (their page still shows them). The keys follow
 * {@link CalendarPolicy}: managers, the organizers, the roles of the event's audience, and whoever is invited or
 * holds a registration. Invitations and registrations are on the viewer's side ({@link #keys}), so they change no
 * document.
 */
@Component
class EventSearch implements SearchSource {

	static final String TYPE = "event";

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final EventStore store;

	private final CalendarPolicy policy;

	private final MarkdownRenderer markdown;

	private final ApplicationEventPublisher events;

	EventSearch(JdbcClient jdbc, EventStore store, CalendarPolicy policy, MarkdownRenderer markdown,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.store = store;
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
		SearchBatches.walk(jdbc, "select id from calendar_event where id > :after order by id fetch first :n rows only",
				BATCH, this::find, batches);
	}

	@Override
	public long count() {
		return jdbc.sql("select count(*) from calendar_event").query(Long.class).single();
	}

	@Override
	public List<SearchDocument> find(Collection<Long> ids) {
		return SearchBatches.inChunks(ids, BATCH, chunk -> store
			.list("select " + EventStore.COLUMNS + " from calendar_event e where e.id in (:ids) order by e.id",
					Map.of("ids", chunk))
			.stream()
			.map(this::document)
			.toList());
	}

	private SearchDocument document(CalendarEvent event) {
		String body = Stream.of(markdown.toPlainText(event.description()), event.location(), event.partnerOrganization())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n"));
		return new SearchDocument(TYPE, event.id(), event.title(), event.tags(), body, event.path(),
				event.type().name().toLowerCase(Locale.ROOT), null, null, event.startsAt(), access(event));
	}

	private static Set<String> access(CalendarEvent event) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(SearchAccess.MANAGERS);
		keys.add(attendee(event.id()));
		event.organizerIds().forEach(id -> keys.add(SearchAccess.person(id)));
		switch (event.audience()) {
			case LEADERS -> keys.add(SearchAccess.role(Role.KNOWLEDGE_LEADER));
			case EMPLOYEES -> {
				keys.add(SearchAccess.role(Role.KNOWLEDGE_LEADER));
				keys.add(SearchAccess.role(Role.EMPLOYEE));
			}
			case INVITED -> {
			}
		}
		return keys;
	}

	/** The key of the events the viewer is invited to or registered for (a cancelled registration is none). */
	@Override
	public Set<String> keys(AgoraPrincipal viewer) {
		if (viewer == null || viewer.isManager()) {
			return Set.of();
		}
		return jdbc.sql("""
				select event_id from calendar_invitation where person_id = :viewer
				union select event_id from calendar_registration where person_id = :viewer and status <> 'CANCELLED'""")
			.param("viewer", viewer.personId())
			.query(Long.class)
			.list()
			.stream()
			.map(EventSearch::attendee)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The event page's rule, in the policy's SQL form: one query for any number of events. */
	@Override
	public Set<Long> visible(AgoraPrincipal viewer, Collection<Long> ids) {
		if (viewer == null || ids.isEmpty()) {
			return Set.of();
		}
		var filter = policy.visible(viewer);
		var params = new HashMap<String, Object>(filter.params());
		params.put("ids", List.copyOf(ids));
		return new LinkedHashSet<>(jdbc.sql("select e.id from calendar_event e where e.id in (:ids) and (" + filter.where()
				+ ")").params(params).query(Long.class).list());
	}

	private static String attendee(long eventId) {
		return SearchAccess.scoped("calendar", "event", eventId);
	}

	@EventListener
	void on(EventScheduled event) {
		events.publishEvent(SearchableChanged.of(TYPE, event.eventId()));
	}

	@EventListener
	void on(EventChanged event) {
		events.publishEvent(SearchableChanged.of(TYPE, event.eventId()));
	}

	@EventListener
	void on(EventCancelled event) {
		events.publishEvent(SearchableChanged.of(TYPE, event.eventId()));
	}
}
