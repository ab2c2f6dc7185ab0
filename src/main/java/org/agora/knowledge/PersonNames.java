package org.agora.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * People named in a form by handle (the part of the email address before the {@code @}) or by email address, and the
 * names of people by id. Only active people of the organization can be named: guests never write or review articles.
 */
@Component
class PersonNames {

	static final int MAX_CONTRIBUTORS = 10;

	private final People people;

	PersonNames(People people) {
		this.people = people;
	}

	/** The people named in the text, each once; a field error naming {@code field} for anyone not found. */
	List<PersonSummary> resolve(String field, String typed) {
		return resolve(field, typed, Set.of());
	}

	/**
	 * The same, where the people of {@code kept} may stay named though they have left the organization since: an
	 * article whose contributor left is still saved, and only people added now must be active.
	 */
	List<PersonSummary> resolve(String field, String typed, Set<Long> kept) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		Map<Long, PersonSummary> found = new LinkedHashMap<>();
		for (String raw : typed.split("[,;\\s]+")) {
			String name = raw.strip();
			if (name.startsWith("@")) {
				name = name.substring(1);
			}
			if (name.isEmpty()) {
				continue;
			}
			var person = name.contains("@") ? people.findByEmail(name)
					: java.util.Optional.ofNullable(people.byHandles(List.of(name)).get(name.toLowerCase(java.util.Locale.ROOT)));
			var known = person
				.filter(p -> kept.contains(p.id()) || p.active() && p.roles().stream().anyMatch(r -> r != Role.GUEST))
				.orElseThrow(() -> new InvalidInputException(field, "knowledge.error." + field + "Unknown",
						"Nobody in the organization is called '" + abbreviate(raw) + "'."));
			found.put(known.id(), known);
		}
		if (found.size() > MAX_CONTRIBUTORS) {
			throw new InvalidInputException(field, "knowledge.error.tooManyContributors",
					"An article has at most 10 contributors.");
		}
		return new ArrayList<>(found.values());
	}

	/** Full names by id; a missing person is left out. */
	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			people.findAll(ids).values().forEach(p -> names.put(p.id(), p.fullName()));
		}
		return names;
	}

	/** How to name the people in a form again: their handles, or email when a handle is ambiguous. */
	String handles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return "";
		}
		return String.join(", ", people.findAll(ids).values().stream().map(PersonSummary::email).toList());
	}

	private static String abbreviate(String raw) {
		String s = raw.strip();
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
