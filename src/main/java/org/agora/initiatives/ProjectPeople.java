package org.agora.initiatives;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.Text;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;

/** People named in a project's forms by email or handle: only active people of the organization, never a guest. */
@Component
class ProjectPeople {

	private final People people;

	ProjectPeople(People people) {
		this.people = people;
	}

	/** The person named, or a field error naming {@code field}. */
	PersonSummary resolve(String field, String typed) {
		String name = typed == null ? "" : Text.withoutNul(typed).strip();
		if (name.startsWith("@")) {
			name = name.substring(1);
		}
		if (name.isEmpty()) {
			throw new InvalidInputException(field, "projects.error.personRequired",
					"Name a person by email address or handle.");
		}
		Optional<PersonSummary> found = name.contains("@") ? people.findByEmail(name)
				: Optional.ofNullable(people.byHandles(List.of(name)).get(name.toLowerCase(Locale.ROOT)));
		return found.filter(ProjectPeople::inOrganization)
			.orElseThrow(() -> new InvalidInputException(field, "projects.error.personUnknown",
					"Nobody active in the organization is called '" + abbreviate(typed) + "'."));
	}

	Optional<PersonSummary> find(long id) {
		return people.find(id);
	}

	static boolean inOrganization(PersonSummary p) {
		return p.active() && p.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	private static String abbreviate(String raw) {
		String s = Text.withoutNul(raw).strip();
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
