package org.agora.platform.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One thing as the index holds it. Text is plain (Markdown already turned into words); the index analyses English and
 * Hebrew alike.
 *
 * @param type the source's type, e.g. {@code article}
 * @param id the thing's id within its type
 * @param title what a hit shows as its link, weighted above tags and body
 * @param tags its tags, weighted above the body and offered as a facet
 * @param body the rest of its text
 * @param path where the thing is shown, e.g. {@code /knowledge/a/12-after-action-reviews}
 * @param kind its kind within the type (an article's type, a thread's "question" or "discussion"), or null
 * @param space the space or group it belongs to, or null
 * @param unit the organizational unit it belongs to, or null
 * @param date the time it is dated by (published, posted, held), or null
 * @param access the keys any one of which lets a person find it; empty means nobody
 * @param titles the title in other languages, by language tag ({@code he}), for things written in two: found like the
 * title, and shown to people who read Agora in that language
 */
public record SearchDocument(String type, long id, String title, List<String> tags, String body, String path,
		String kind, Facet space, Facet unit, Instant date, Set<String> access, Map<String, String> titles) {

	public SearchDocument {
		tags = tags == null ? List.of() : List.copyOf(tags);
		access = access == null ? Set.of() : Set.copyOf(access);
		body = body == null ? "" : body;
		titles = titles == null ? Map.of() : Map.copyOf(titles);
	}

	/** A thing written in one language. */
	public SearchDocument(String type, long id, String title, List<String> tags, String body, String path, String kind,
			Facet space, Facet unit, Instant date, Set<String> access) {
		this(type, id, title, tags, body, path, kind, space, unit, date, access, Map.of());
	}

	/** A facet value: the id filters, the name is shown. */
	public record Facet(long id, String name) {
	}
}
