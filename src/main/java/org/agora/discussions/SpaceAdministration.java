package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community managers create topic and private spaces, change their name, description and archiving, and name their
 * moderators. The one lobby is made at start-up ({@link SpaceLobby}), never here.
 */
@Service
@Transactional
class SpaceAdministration {

	/** What a manager types to create a space; the slug may be left empty to come from the name. */
	record NewSpace(String name, String slug, String description, String kind) {
	}

	/** What a manager changes of a space; version is the one they loaded. */
	record SpaceSettings(String name, String description, boolean archived, int version) {
	}

	static final int MAX_DESCRIPTION = 2000;

	private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final People people;

	private final ModerationLog log;

	private final Clock clock;

	private final DiscussionSearchChanges search;

	SpaceAdministration(JdbcClient jdbc, Spaces spaces, DiscussionsPolicy policy, People people, ModerationLog log,
			Clock clock, DiscussionSearchChanges search) {
		this.search = search;
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.policy = policy;
		this.people = people;
		this.log = log;
		this.clock = clock;
	}

	/** Creates a topic or private space; a private space gets its creator as its first moderator. */
	Space create(AgoraPrincipal viewer, NewSpace form) {
		requireManager(viewer);
		String name = name(form.name());
		String slug = form.slug() == null || form.slug().isBlank() ? ThreadPaths.slug(name)
				: form.slug().strip().toLowerCase(Locale.ROOT);
		if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
			throw new InvalidInputException("slug", "dspaces.form.slugInvalid",
					"The address has letters, digits and single hyphens, up to 80");
		}
		if (spaces.findBySlug(slug).isPresent() || "new".equals(slug) || "spaces".equals(slug)) {
			throw new InvalidInputException("slug", "dspaces.form.slugTaken", "Another space has this address");
		}
		SpaceKind kind;
		try {
			kind = SpaceKind.valueOf(form.kind() == null ? "" : form.kind().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			kind = null;
		}
		if (kind == null || kind == SpaceKind.LOBBY) {
			throw new InvalidInputException("kind", "dspaces.form.kindInvalid", "A new space is a topic or private space");
		}
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_space (slug, name, description, kind, archived, created_by, created_at)
				values (:slug, :name, :description, :kind, false, :by, :now)""")
			.param("slug", slug)
			.param("name", name)
			.param("description", description(form.description()))
			.param("kind", kind.name())
			.param("by", viewer.personId())
			.param("now", Timestamp.from(clock.instant()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		if (kind == SpaceKind.PRIVATE) {
			jdbc.sql("""
					insert into discussions_space_member (space_id, person_id, role, status, created_at, decided_at)
					values (:space, :person, 'MODERATOR', 'ACTIVE', :now, :now)""")
				.param("space", id)
				.param("person", viewer.personId())
				.param("now", Timestamp.from(clock.instant()))
				.update();
		}
		log.record(id, null, null, viewer.personId(), "SPACE_CREATED", name);
		return spaces.find(id).orElseThrow();
	}

	/** Changes a space's settings, refusing a change made on an older version than the stored one. */
	Space update(AgoraPrincipal viewer, String slug, SpaceSettings form) {
		var space = managed(viewer, slug);
		String name = name(form.name());
		int changed = jdbc.sql("""
				update discussions_space set name = :name, description = :description, archived = :archived,
				  version = version + 1 where id = :id and version = :version""")
			.param("name", name)
			.param("description", description(form.description()))
			.param("archived", form.archived())
			.param("id", space.id())
			.param("version", form.version())
			.update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("The space was changed by someone else");
		}
		if (!name.equals(space.name())) {
			search.spaceRenamed(space.id());
		}
		if (form.archived() != space.archived()) {
			log.record(space.id(), null, null, viewer.personId(), form.archived() ? "SPACE_ARCHIVED" : "SPACE_REOPENED",
					null);
		}
		return spaces.find(space.id()).orElseThrow();
	}

	/** Names an active person a moderator of the space; a guest only of a private space. */
	void addModerator(AgoraPrincipal viewer, String slug, String email) {
		var space = managed(viewer, slug);
		PersonSummary person = (email == null || !email.contains("@") ? java.util.Optional.<PersonSummary>empty()
				: people.findByEmail(email.strip()))
			.filter(PersonSummary::active)
			.orElseThrow(() -> new InvalidInputException("email", "dspaces.members.unknownEmail",
					"No active person has this email address"));
		boolean guestOnly = person.roles().stream().allMatch(r -> r == Role.GUEST);
		if (guestOnly && !space.isPrivate()) {
			throw new InvalidInputException("email", "dspaces.moderators.guest",
					"A guest may moderate a private space only");
		}
		var now = Timestamp.from(clock.instant());
		if (policy.membership(person.id(), space.id()).isPresent()) {
			jdbc.sql("""
					update discussions_space_member set role = 'MODERATOR', status = 'ACTIVE', decided_at = :now
					where space_id = :space and person_id = :person""")
				.param("now", now)
				.param("space", space.id())
				.param("person", person.id())
				.update();
		}
		else {
			jdbc.sql("""
					insert into discussions_space_member (space_id, person_id, role, status, invited_by, created_at, decided_at)
					values (:space, :person, 'MODERATOR', 'ACTIVE', :by, :now, :now)""")
				.param("space", space.id())
				.param("person", person.id())
				.param("by", viewer.personId())
				.param("now", now)
				.update();
		}
		log.record(space.id(), null, null, viewer.personId(), "MODERATOR_ADDED", person.fullName());
	}

	/** Ends a moderator's role; in a private space they stay a member. */
	void removeModerator(AgoraPrincipal viewer, String slug, long personId) {
		var space = managed(viewer, slug);
		var current = policy.membership(personId, space.id())
			.filter(m -> m.role() == SpaceRole.MODERATOR)
			.orElseThrow(() -> new NotFoundException("Moderator"));
		if (space.isPrivate() && current.active()) {
			jdbc.sql("update discussions_space_member set role = 'MEMBER' where space_id = :space and person_id = :person")
				.param("space", space.id())
				.param("person", personId)
				.update();
		}
		else {
			jdbc.sql("delete from discussions_space_member where space_id = :space and person_id = :person")
				.param("space", space.id())
				.param("person", personId)
				.update();
		}
		log.record(space.id(), null, null, viewer.personId(), "MODERATOR_REMOVED",
				people.find(personId).map(PersonSummary::fullName).orElse(null));
	}

	private Space managed(AgoraPrincipal viewer, String slug) {
		var space = spaces.visible(viewer, slug);
		requireManager(viewer);
		return space;
	}

	private void requireManager(AgoraPrincipal viewer) {
		if (!policy.mayManageSpaces(viewer)) {
			throw new AccessDeniedException("Only community managers and admins manage spaces");
		}
	}

	private static String name(String typed) {
		String name = typed == null ? "" : typed.strip();
		if (name.codePointCount(0, name.length()) < 2 || name.length() > 120) {
			throw new InvalidInputException("name", "dspaces.form.nameLength", "A space's name has 2 to 120 characters");
		}
		return name;
	}

	private static String description(String typed) {
		String description = typed == null ? "" : typed.strip();
		if (description.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("description", "dspaces.form.descriptionLength",
					"A description has at most 2000 characters");
		}
		return description.isEmpty() ? null : description;
	}
}
