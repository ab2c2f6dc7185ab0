package org.agora.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.ProfileSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's recognition on their profile: the badges they hold, and the latest kudos they received that the viewer
 * may see (public ones, and a private one only to its giver and to the person), with a link to thank them.
 */
@Component
@Transactional(readOnly = true)
class RecognitionProfileSection implements ProfileSection {

	static final int KUDOS = 5;

	private final Kudos kudos;

	private final People people;

	private final RecognitionPolicy policy;

	private final JdbcClient jdbc;

	RecognitionProfileSection(Kudos kudos, People people, RecognitionPolicy policy, JdbcClient jdbc) {
		this.kudos = kudos;
		this.people = people;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	@Override
	public List<Section> sections(AgoraPrincipal viewer, long personId, Locale locale) {
		if (!policy.maySee(viewer)) {
			return List.of();
		}
		var sections = new ArrayList<Section>();
		var badges = badges(personId, locale);
		if (!badges.isEmpty()) {
			sections.add(new Section("profile-badges", "recognition.profile.badges", badges, null, 40));
		}
		var received = kudos.list(viewer, personId, false, null, KUDOS)
			.stream()
			.map(k -> new Item(k.isPublic() ? "recognition.profile.kudos.item" : "recognition.profile.kudos.private",
					List.of(k.fromName(), k.message()), "/people/" + k.fromId(), k.createdAt()))
			.toList();
		var action = people.find(personId).filter(p -> mayBeThanked(viewer, p))
			.map(p -> new Item("recognition.profile.kudos.thank", List.of(p.fullName()),
					"/recognition?to=" + p.id() + "#kudos-form", null))
			.orElse(null);
		if (!received.isEmpty() || action != null) {
			sections.add(new Section("profile-kudos", "recognition.profile.kudos", received, action, 41));
		}
		return sections;
	}

	private boolean mayBeThanked(AgoraPrincipal viewer, PersonSummary person) {
		return policy.mayGiveKudos(viewer) && person.id() != viewer.personId() && person.active()
				&& person.roles().stream().anyMatch(r -> r != Role.GUEST);
	}

	/** The badges the person holds, newest first, named in the viewer's language. */
	private List<Item> badges(long personId, Locale locale) {
		boolean hebrew = "he".equals(locale.getLanguage()) || "iw".equals(locale.getLanguage());
		return jdbc.sql("""
				select b.slug, b.name_en, b.name_he, a.awarded_at from recognition_badge_award a
				join recognition_badge b on b.id = a.badge_id
				where a.person_id = :p order by a.awarded_at desc, a.id desc""")
			.param("p", personId)
			.query((rs, n) -> new Item("recognition.profile.badges.item",
					List.of(hebrew ? rs.getString(3) : rs.getString(2)), "/recognition/badges/" + rs.getString(1),
					rs.getTimestamp(4).toInstant()))
			.list();
	}
}
