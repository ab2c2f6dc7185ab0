package org.agora.discussions;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a private space. Moderators invite people and decide on requests that come through the space's join
 * link; invitees accept or decline; members leave. Every decision is written to the moderation log in the same
 * transaction.
 */
@Service
@Transactional
class Memberships {

	/** A person's row in a space, with their name and email. */
	record Member(long personId, String name, String email, SpaceRole role, MembershipStatus status, boolean guest) {
	}

	/** An invitation waiting for the viewer: only the space's name and address, nothing of its content. */
	record Invitation(long spaceId, String spaceName, String spaceSlug, String invitedBy) {
	}

	/** What the join link shows: the space's name and where the viewer stands. */
	record JoinView(String token, String spaceName, String spaceSlug, MembershipStatus status, boolean archived) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final DiscussionsPolicy policy;

	private final People people;

	private final ModerationLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Memberships(JdbcClient jdbc, Spaces spaces, DiscussionsPolicy policy, People people, ModerationLog log,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.policy = policy;
		this.people = people;
		this.log = log;
		this.events = events;
		this.clock = clock;
	}

	/** The members of a space the viewer sees; moderators also get pending requests and invitations. */
	@Transactional(readOnly = true)
	List<Member> of(AgoraPrincipal viewer, Space space) {
		boolean moderator = policy.mayModerate(viewer, space);
		return jdbc.sql("""
				select m.person_id, p.full_name, p.email, m.role, m.status,
				  (select count(*) from people_person_role r where r.person_id = p.id and r.role <> 'GUEST') as org_roles
				from discussions_space_member m join people_person p on p.id = m.person_id
				where m.space_id = :space and (m.status = 'ACTIVE' or :moderator)
				order by case m.role when 'MODERATOR' then 0 else 1 end, p.full_name""")
			.param("space", space.id())
			.param("moderator", moderator)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
					SpaceRole.valueOf(rs.getString(4)), MembershipStatus.valueOf(rs.getString(5)), rs.getInt(6) == 0))
			.list();
	}

	/** Invites an active person by email to a private space the viewer moderates. */
	void invite(AgoraPrincipal viewer, String slug, String email) {
		var space = moderated(viewer, slug);
		if (!space.isPrivate()) {
			throw new InvalidInputException("email", "dspaces.members.onlyPrivate",
					"Only private spaces have members to invite");
		}
		PersonSummary person = findActive(email);
		var current = policy.membership(person.id(), space.id());
		if (current.isPresent()) {
			if (current.get().status() == MembershipStatus.REQUESTED) {
				admit(viewer, space, person.id(), "MEMBER_APPROVED");
				return;
			}
			throw new InvalidInputException("email",
					current.get().active() ? "dspaces.members.alreadyMember" : "dspaces.members.alreadyInvited",
					"The person is already a member or invited");
		}
		jdbc.sql("""
				insert into discussions_space_member (space_id, person_id, role, status, invited_by, created_at)
				values (:space, :person, 'MEMBER', 'INVITED', :by, :now)""")
			.param("space", space.id())
			.param("person", person.id())
			.param("by", viewer.personId())
			.param("now", Timestamp.from(now()))
			.update();
		log.record(space.id(), null, null, viewer.personId(), "MEMBER_INVITED", person.fullName());
		events.publishEvent(new SpaceInvitationSent(space.id(), space.name(), space.slug(), person.id(),
				viewer.personId(), now()));
	}

	/** The invitations waiting for the viewer's answer. */
	@Transactional(readOnly = true)
	List<Invitation> invitationsFor(AgoraPrincipal viewer) {
		return jdbc.sql("""
				select s.id, s.name, s.slug, p.full_name from discussions_space_member m
				join discussions_space s on s.id = m.space_id left join people_person p on p.id = m.invited_by
				where m.person_id = :me and m.status = 'INVITED' and not s.archived order by m.created_at""")
			.param("me", viewer.personId())
			.query((rs, n) -> new Invitation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** The viewer accepts an invitation; without one, the space does not exist for them. */
	void accept(AgoraPrincipal viewer, String slug) {
		var space = invitedTo(viewer, slug);
		admit(viewer, space, viewer.personId(), "INVITATION_ACCEPTED");
	}

	void decline(AgoraPrincipal viewer, String slug) {
		var space = invitedTo(viewer, slug);
		delete(space.id(), viewer.personId());
		log.record(space.id(), null, null, viewer.personId(), "INVITATION_DECLINED", null);
	}

	/** The space's join link token, made on first use; moderators only. */
	String joinToken(AgoraPrincipal viewer, Space space) {
		if (!space.isPrivate() || !policy.mayModerate(viewer, space)) {
			return null;
		}
		String token = jdbc.sql("select join_token from discussions_space where id = :id")
			.param("id", space.id())
			.query(String.class)
			.optional()
			.orElse(null);
		return token != null ? token : newToken(space);
	}

	/** Replaces the join link; the old one stops working at once. */
	void regenerateToken(AgoraPrincipal viewer, String slug) {
		var space = moderated(viewer, slug);
		if (!space.isPrivate()) {
			throw new NotFoundException("Join link");
		}
		newToken(space);
		log.record(space.id(), null, null, viewer.personId(), "JOIN_LINK_RENEWED", null);
	}

	/** What the join link shows the viewer: the space's name only. */
	@Transactional(readOnly = true)
	JoinView byToken(AgoraPrincipal viewer, String token) {
		var space = spaceOfToken(token);
		var status = policy.membership(viewer.personId(), space.id()).map(DiscussionsPolicy.Membership::status)
			.orElse(null);
		return new JoinView(token, space.name(), space.slug(), status, space.archived());
	}

	/** Asks to join through the link; an invitation waiting for the viewer is accepted instead. */
	void request(AgoraPrincipal viewer, String token) {
		var space = spaceOfToken(token);
		if (space.archived()) {
			throw new InvalidInputException("token", "dspaces.join.archived", "The space is archived");
		}
		var current = policy.membership(viewer.personId(), space.id());
		if (current.isPresent()) {
			if (current.get().status() == MembershipStatus.INVITED) {
				admit(viewer, space, viewer.personId(), "INVITATION_ACCEPTED");
			}
			return;
		}
		jdbc.sql("""
				insert into discussions_space_member (space_id, person_id, role, status, created_at)
				values (:space, :person, 'MEMBER', 'REQUESTED', :now)""")
			.param("space", space.id())
			.param("person", viewer.personId())
			.param("now", Timestamp.from(now()))
			.update();
		log.record(space.id(), null, null, viewer.personId(), "JOIN_REQUESTED", null);
		events.publishEvent(new SpaceJoinRequested(space.id(), space.name(), space.slug(), viewer.personId(),
				deciders(space.id()), now()));
	}

	void approve(AgoraPrincipal viewer, String slug, long personId) {
		var space = moderated(viewer, slug);
		requireStatus(space, personId, MembershipStatus.REQUESTED);
		admit(viewer, space, personId, "MEMBER_APPROVED");
	}

	void deny(AgoraPrincipal viewer, String slug, long personId) {
		var space = moderated(viewer, slug);
		requireStatus(space, personId, MembershipStatus.REQUESTED);
		delete(space.id(), personId);
		log.record(space.id(), null, null, viewer.personId(), "MEMBER_DENIED", nameOf(personId));
	}

	/** Removes a member or withdraws an invitation; moderators are named and removed by the managers. */
	void remove(AgoraPrincipal viewer, String slug, long personId) {
		var space = moderated(viewer, slug);
		var current = policy.membership(personId, space.id()).orElseThrow(() -> new NotFoundException("Member"));
		if (current.role() == SpaceRole.MODERATOR) {
			throw new InvalidInputException("member", "dspaces.members.isModerator",
					"A moderator is removed from the space's settings");
		}
		delete(space.id(), personId);
		log.record(space.id(), null, null, viewer.personId(), "MEMBER_REMOVED", nameOf(personId));
	}

	/** The viewer leaves a space they belong to. */
	void leave(AgoraPrincipal viewer, String slug) {
		var space = spaces.visible(viewer, slug);
		if (policy.membership(viewer.personId(), space.id()).isEmpty()) {
			throw new InvalidInputException("member", "dspaces.members.notMember", "You are not a member");
		}
		delete(space.id(), viewer.personId());
		log.record(space.id(), null, null, viewer.personId(), "MEMBER_LEFT", null);
	}

	private void admit(AgoraPrincipal viewer, Space space, long personId, String action) {
		jdbc.sql("""
				update discussions_space_member set status = 'ACTIVE', decided_at = :now
				where space_id = :space and person_id = :person""")
			.param("now", Timestamp.from(now()))
			.param("space", space.id())
			.param("person", personId)
			.update();
		log.record(space.id(), null, null, viewer.personId(), action, nameOf(personId));
		events.publishEvent(new SpaceJoined(space.id(), space.name(), space.slug(), personId, viewer.personId(), now()));
	}

	private Space moderated(AgoraPrincipal viewer, String slug) {
		var space = spaces.visible(viewer, slug);
		if (!policy.mayModerate(viewer, space)) {
			throw new AccessDeniedException("Only the space's moderators decide on its members");
		}
		return space;
	}

	private Space invitedTo(AgoraPrincipal viewer, String slug) {
		return spaces.findBySlug(slug)
			.filter(s -> policy.membership(viewer.personId(), s.id())
				.map(m -> m.status() == MembershipStatus.INVITED)
				.orElse(false))
			.orElseThrow(() -> new NotFoundException("Invitation"));
	}

	private void requireStatus(Space space, long personId, MembershipStatus status) {
		if (policy.membership(personId, space.id()).map(m -> m.status() != status).orElse(true)) {
			throw new NotFoundException("Request");
		}
	}

	private Space spaceOfToken(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			throw new NotFoundException("Join link");
		}
		return jdbc.sql("select " + Spaces.COLUMNS + " from discussions_space s where s.join_token = :token")
			.param("token", token)
			.query(Spaces::row)
			.optional()
			.filter(Space::isPrivate)
			.orElseThrow(() -> new NotFoundException("Join link"));
	}

	private String newToken(Space space) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("update discussions_space set join_token = :token where id = :id")
			.param("token", token)
			.param("id", space.id())
			.update();
		return token;
	}

	private List<Long> deciders(long spaceId) {
		var moderators = jdbc.sql("""
				select m.person_id from discussions_space_member m join people_person p on p.id = m.person_id
				where m.space_id = :space and m.role = 'MODERATOR' and m.status = 'ACTIVE' and p.active""")
			.param("space", spaceId)
			.query(Long.class)
			.list();
		return moderators.isEmpty() ? people.withRole(Role.COMMUNITY_MANAGER).stream().map(PersonSummary::id).toList()
				: moderators;
	}

	private void delete(long spaceId, long personId) {
		jdbc.sql("delete from discussions_space_member where space_id = :space and person_id = :person")
			.param("space", spaceId)
			.param("person", personId)
			.update();
	}

	private PersonSummary findActive(String email) {
		Optional<PersonSummary> person = email == null || email.isBlank() || !email.contains("@") ? Optional.empty()
				: people.findByEmail(email.strip());
		return person.filter(PersonSummary::active)
			.orElseThrow(() -> new InvalidInputException("email", "dspaces.members.unknownEmail",
					"No active person has this email address"));
	}

	private String nameOf(long personId) {
		return people.find(personId).map(PersonSummary::fullName).orElse(null);
	}

	private Instant now() {
		return clock.instant();
	}
}
