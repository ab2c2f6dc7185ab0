package org.agora.people;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NominationTests {

	static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

	@Test
	void aDecidedNominationCannotBeDecidedAgain() {
		var nomination = Nomination.propose(1, 2, "Shares everything she learns", NOW);
		nomination.accept(3, Map.of("excellence", true), "Welcome", NOW);

		assertThatIllegalStateException().isThrownBy(() -> nomination.decline(3, Map.of(), null, NOW));
		assertThat(nomination.status).isEqualTo(NominationStatus.ACCEPTED);
	}

	@Test
	void acceptingRecordsTheCriteriaAndTheManager() {
		var nomination = Nomination.propose(1, 2, "  Runs the team's lessons-learned sessions  ", NOW);
		nomination.accept(3, Map.of("excellence", true, "time", false), " ", NOW);

		assertThat(nomination.reason).isEqualTo("Runs the team's lessons-learned sessions");
		assertThat(nomination.decidedBy).isEqualTo(3);
		assertThat(nomination.decisionNote).isNull();
		assertThat(nomination.met("excellence")).isTrue();
		assertThat(nomination.met("time")).isFalse();
	}

	@Test
	void aLeaderCannotBeAppointedTwiceButAlumniCanReturn() {
		var person = Person.create("Dana@Example.org ", "Dana Cohen", null, Set.of(Role.EMPLOYEE), NOW);
		person.markNominee();
		person.becomeLeader();

		assertThat(person.email).isEqualTo("dana@example.org");
		assertThat(person.roleSet()).contains(Role.KNOWLEDGE_LEADER);
		assertThatIllegalStateException().isThrownBy(person::becomeLeader);

		person.retireAsLeader();
		assertThat(person.leaderStatus).isEqualTo(LeaderStatus.ALUMNI);
		assertThat(person.roleSet()).doesNotContain(Role.KNOWLEDGE_LEADER);
		person.becomeLeader();
		assertThat(person.leaderStatus).isEqualTo(LeaderStatus.ACTIVE);
	}

	@Test
	void expertiseTagsAreNormalized() {
		var person = Person.create("a@b.org", "A", null, Set.of(Role.EMPLOYEE), NOW);
		person.replaceExpertise(Set.of("  Lessons   Learned ", "SCADA", " "));

		assertThat(person.expertiseTags()).containsExactly("lessons learned", "scada");
	}
}
