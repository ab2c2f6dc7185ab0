package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agora.people.People;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The space rules in Java and in SQL agree for every kind of viewer and space; private spaces do not exist to
 * outsiders; handles find exactly one person.
 */
@SpringBootTest
class DiscussionsCorePolicyIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DiscussionsPolicy policy;

	@Autowired
	Spaces spaces;

	@Autowired
	ThreadStore threads;

	@Autowired
	People people;

	String run;

	long topic;

	long privateSpace;

	long archived;

	List<AgoraPrincipal> viewers = new ArrayList<>();

	AgoraPrincipal member;

	AgoraPrincipal moderator;

	AgoraPrincipal outsider;

	AgoraPrincipal guestMember;

	AgoraPrincipal guestOutsider;

	@BeforeEach
	void setUp() {
		run = UUID.randomUUID().toString().substring(0, 8);
		long by = person("creator", Role.COMMUNITY_MANAGER);
		topic = space("topic", SpaceKind.TOPIC, false, by);
		privateSpace = space("private", SpaceKind.PRIVATE, false, by);
		archived = space("archived", SpaceKind.TOPIC, true, by);
		member = viewer(person("member", Role.KNOWLEDGE_LEADER), Role.KNOWLEDGE_LEADER);
		moderator = viewer(person("moderator", Role.EMPLOYEE), Role.EMPLOYEE);
		outsider = viewer(person("outsider", Role.EMPLOYEE), Role.EMPLOYEE);
		guestMember = viewer(person("guest-member", Role.GUEST), Role.GUEST);
		guestOutsider = viewer(person("guest-outsider", Role.GUEST), Role.GUEST);
		join(privateSpace, member.personId(), SpaceRole.MEMBER, MembershipStatus.ACTIVE);
		join(privateSpace, moderator.personId(), SpaceRole.MODERATOR, MembershipStatus.ACTIVE);
		join(privateSpace, guestMember.personId(), SpaceRole.MEMBER, MembershipStatus.ACTIVE);
		join(privateSpace, outsider.personId(), SpaceRole.MEMBER, MembershipStatus.REQUESTED);
		join(topic, moderator.personId(), SpaceRole.MODERATOR, MembershipStatus.ACTIVE);
		viewers.addAll(List.of(member, moderator, outsider, guestMember, guestOutsider,
				viewer(by, Role.COMMUNITY_MANAGER), viewer(person("admin", Role.ADMIN), Role.ADMIN)));
	}

	@Test
	void javaAndSqlAgreeOnEverySpaceForEveryViewer() {
		for (var viewer : viewers) {
			var listed = spaces.visibleTo(viewer).stream().map(Space::id).toList();
			for (var space : spaces.all()) {
				assertThat(listed.contains(space.id())).as("%s sees %s", viewer.roles(), space.slug())
					.isEqualTo(policy.maySee(viewer, space));
			}
		}
	}

	@Test
	void privateSpacesExistOnlyForActiveMembers() {
		var space = spaces.find(privateSpace).orElseThrow();
		assertThat(policy.maySee(member, space)).isTrue();
		assertThat(policy.maySee(guestMember, space)).isTrue();
		assertThat(policy.maySee(outsider, space)).as("a request is not membership").isFalse();
		assertThat(policy.maySee(guestOutsider, space)).isFalse();
		assertThatThrownBy(() -> spaces.visible(outsider, privateSpace)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> spaces.visible(outsider, space.slug())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void guestsSeeNoOpenSpaceAndEmployeesSeeThemAll() {
		var open = spaces.find(topic).orElseThrow();
		assertThat(policy.maySee(guestOutsider, open)).isFalse();
		assertThat(policy.maySee(guestMember, open)).isFalse();
		assertThat(policy.maySee(outsider, open)).isTrue();
		assertThat(policy.mayPost(outsider, open)).isTrue();
		assertThat(policy.mayPost(outsider, spaces.find(archived).orElseThrow())).as("archived").isFalse();
	}

	@Test
	void moderatorsModerateTheirSpacesOnly() {
		assertThat(policy.mayModerate(moderator, spaces.find(topic).orElseThrow())).isTrue();
		assertThat(policy.mayModerate(moderator, spaces.find(archived).orElseThrow())).isFalse();
		assertThat(policy.mayModerate(member, spaces.find(privateSpace).orElseThrow())).isFalse();
	}

	@Test
	void hiddenAndLockedThreadsFollowTheRules() {
		long author = outsider.personId();
		long locked = thread(topic, author, true, false);
		long hidden = thread(topic, author, false, true);
		var space = spaces.find(topic).orElseThrow();
		var lockedThread = threads.find(locked).orElseThrow();
		assertThat(policy.mayReply(member, space, lockedThread)).isFalse();
		assertThat(policy.mayReply(moderator, space, lockedThread)).isTrue();
		var hiddenThread = threads.find(hidden).orElseThrow();
		assertThat(policy.maySee(member, space, hiddenThread)).isFalse();
		assertThat(policy.maySee(outsider, space, hiddenThread)).as("its author").isTrue();
		assertThat(policy.maySee(moderator, space, hiddenThread)).isTrue();
		assertThatThrownBy(() -> threads.visible(member, hidden)).isInstanceOf(NotFoundException.class);
		assertThat(threads.visible(moderator, hidden).space().id()).isEqualTo(topic);
		assertThat(policy.mayVote(outsider, space, lockedThread, author)).as("own post").isFalse();
	}

	@Test
	void aHandleNamesExactlyOneActivePerson() {
		long one = insertPerson("solo." + run + "@agora.example", Role.EMPLOYEE, true);
		insertPerson("twin." + run + "@agora.example", Role.EMPLOYEE, true);
		insertPerson("twin." + run + "@partner.example", Role.GUEST, true);
		insertPerson("gone." + run + "@agora.example", Role.EMPLOYEE, false);
		var found = people.byHandles(List.of("Solo." + run, "twin." + run, "gone." + run, "nobody." + run));
		assertThat(found).containsOnlyKeys("solo." + run);
		assertThat(found.get("solo." + run).id()).isEqualTo(one);
		assertThat(people.byHandles(List.of("%"))).as("like wildcards are text").isEmpty();
	}

	private long person(String name, Role role) {
		return insertPerson(name + "." + run + "@agora.example", role, true);
	}

	private long insertPerson(String email, Role role, boolean active) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into people_person (email, full_name, locale, active, created_at)
				values (:email, :name, 'en', :active, :now)""")
			.param("email", email)
			.param("name", email)
			.param("active", active)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		jdbc.sql("insert into people_person_role (person_id, role) values (:id, :role)")
			.param("id", id)
			.param("role", role.name())
			.update();
		return id;
	}

	private static AgoraPrincipal viewer(long id, Role role) {
		return new AccountUser(id, id + "@agora.example", "Viewer " + id, Set.of(role), "x", true);
	}

	private long space(String name, SpaceKind kind, boolean isArchived, long by) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_space (slug, name, kind, archived, created_by, created_at)
				values (:slug, :name, :kind, :archived, :by, :now)""")
			.param("slug", name + "-" + run)
			.param("name", name + " " + run)
			.param("kind", kind.name())
			.param("archived", isArchived)
			.param("by", by)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private void join(long space, long personId, SpaceRole role, MembershipStatus status) {
		jdbc.sql("""
				insert into discussions_space_member (space_id, person_id, role, status, created_at)
				values (:space, :person, :role, :status, :now)""")
			.param("space", space)
			.param("person", personId)
			.param("role", role.name())
			.param("status", status.name())
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	private long thread(long space, long author, boolean locked, boolean hidden) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_thread (space_id, kind, title, author_id, created_at, last_activity_at, locked, hidden)
				values (:space, 'DISCUSSION', 'A thread', :author, :now, :now, :locked, :hidden)""")
			.param("space", space)
			.param("author", author)
			.param("locked", locked)
			.param("hidden", hidden)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}
}
