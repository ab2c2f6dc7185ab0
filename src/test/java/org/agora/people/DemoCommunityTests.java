package org.agora.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agora.people.DemoCommunity.Member;
import org.agora.people.DemoCommunity.Plan;
import org.agora.people.DemoCommunity.Proposal;
import org.agora.people.DemoCommunity.Unit;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoCommunityTests {

	private final Plan plan = DemoCommunity.plan(1);

	private final Map<String, Member> byEmail = plan.people()
		.stream()
		.collect(Collectors.toMap(Member::email, Function.identity()));

	@Test
	void theSameSizeAlwaysGivesTheSameCommunity() {
		assertThat(DemoCommunity.plan(1)).isEqualTo(plan);
		assertThat(DemoCommunity.plan(3)).isEqualTo(DemoCommunity.plan(3));
	}

	@Test
	void unitsFormATreeOfDivisionsDepartmentsAndTeams() {
		Map<String, Unit> units = plan.units().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
		assertThat(units).hasSizeGreaterThanOrEqualTo(8).hasSize(plan.units().size());
		for (var unit : plan.units()) {
			switch (unit.kind()) {
				case DIVISION -> assertThat(unit.parentCode()).isNull();
				case DEPARTMENT -> assertThat(units.get(unit.parentCode()).kind()).isEqualTo(UnitKind.DIVISION);
				case TEAM -> assertThat(units.get(unit.parentCode()).kind()).isEqualTo(UnitKind.DEPARTMENT);
			}
		}
		assertThat(plan.units()).filteredOn(u -> u.kind() == UnitKind.TEAM).isNotEmpty();
	}

	@Test
	void everyoneHasANameAUniqueEmailAndOneToFourExpertiseTags() {
		assertThat(plan.people()).hasSize(150);
		assertThat(byEmail).hasSize(150);
		assertThat(plan.people()).allSatisfy(person -> {
			assertThat(person.email()).matches("[a-z0-9.-]+@(agora|partner)\\.example");
			assertThat(person.fullName()).contains(" ");
			assertThat(person.jobTitle()).isNotBlank();
			assertThat(person.languages()).containsAnyOf("Hebrew", "English");
			assertThat(person.expertise()).hasSizeBetween(1, 4).doesNotHaveDuplicates();
		});
		assertThat(plan.people()).filteredOn(p -> p.bio() != null).hasSizeBetween(30, 120);
	}

	@Test
	void everyoneButTheGuestIsAnEmployeeWithOneCommunityManagerAndOneAdmin() {
		assertThat(plan.people()).filteredOn(p -> !p.roles().contains(Role.EMPLOYEE))
			.extracting(Member::email)
			.containsExactly("guest@partner.example");
		assertThat(holders(Role.COMMUNITY_MANAGER)).containsExactly("manager@agora.example");
		assertThat(holders(Role.ADMIN)).containsExactly("admin@agora.example");
	}

	@Test
	void theFiveDemoAccountsAreTheOnlyOnesThatSignIn() {
		assertThat(plan.people()).filteredOn(Member::signsIn)
			.extracting(Member::email)
			.containsExactlyInAnyOrder("admin@agora.example", "manager@agora.example", "leader@agora.example",
					"employee@agora.example", "guest@partner.example");
		assertThat(byEmail.get("admin@agora.example").roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EMPLOYEE);
		assertThat(byEmail.get("manager@agora.example").roles()).containsExactlyInAnyOrder(Role.COMMUNITY_MANAGER,
				Role.EMPLOYEE);
		assertThat(byEmail.get("leader@agora.example").roles()).containsExactlyInAnyOrder(Role.KNOWLEDGE_LEADER,
				Role.EMPLOYEE);
		assertThat(byEmail.get("leader@agora.example").leaderStatus()).isEqualTo(LeaderStatus.ACTIVE);
		assertThat(byEmail.get("employee@agora.example").roles()).containsExactly(Role.EMPLOYEE);
		assertThat(byEmail.get("employee@agora.example").leaderStatus()).isNull();
		assertThat(byEmail.get("guest@partner.example").roles()).containsExactly(Role.GUEST);
		assertThat(byEmail.get("guest@partner.example").unitCode()).isNull();
	}

	@Test
	void twentyFiveActiveLeadersEachAppointedByTheManagerForATerm() {
		var leaders = plan.people().stream().filter(p -> p.leaderStatus() == LeaderStatus.ACTIVE).toList();
		assertThat(leaders).hasSize(25).allSatisfy(leader -> assertThat(leader.roles()).contains(Role.KNOWLEDGE_LEADER));
		assertThat(holders(Role.KNOWLEDGE_LEADER)).hasSize(25);
		Map<String, Proposal> nominations = nominationsByNominee();
		assertThat(leaders).allSatisfy(leader -> {
			var nomination = nominations.get(leader.email());
			assertThat(nomination.status()).isEqualTo(NominationStatus.ACCEPTED);
			assertThat(nomination.decidedByEmail()).isEqualTo("manager@agora.example");
			assertThat(nomination.assessments()).containsOnlyKeys("excellence", "sharing", "time", "manager-consent");
			assertThat(nomination.nominatorEmail()).isNotEqualTo(leader.email());
			var term = nomination.term();
			assertThat(term.startDate()).isBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 31));
			assertThat(term.termMonths()).isEqualTo(24);
			assertThat(term.hoursPerMonth()).isBetween(4, 12);
			assertThat(term.cohortLabel()).matches("Cohort 202[56] [AB]");
			assertThat(term.endedOn()).isNull();
		});
	}

	@Test
	void atLeastThreeUnitsHaveNoActiveLeaderWhileMostDo() {
		assertThat(uncoveredUnits()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(coveredUnits()).hasSizeGreaterThan(plan.units().size() / 2);
	}

	@Test
	void twoAlumniWhoseTermsHaveEnded() {
		var alumni = plan.people().stream().filter(p -> p.leaderStatus() == LeaderStatus.ALUMNI).toList();
		assertThat(alumni).hasSize(2).allSatisfy(alumnus -> {
			assertThat(alumnus.roles()).doesNotContain(Role.KNOWLEDGE_LEADER);
			assertThat(nominationsByNominee().get(alumnus.email()).term().endedOn()).isNotNull();
		});
	}

	@Test
	void pendingNominationsIncludeOneForAUnitWithoutALeader() {
		var pending = plan.nominations().stream().filter(n -> n.status() == NominationStatus.PENDING).toList();
		assertThat(pending).hasSizeGreaterThanOrEqualTo(4).allSatisfy(nomination -> {
			assertThat(byEmail.get(nomination.nomineeEmail()).leaderStatus()).isEqualTo(LeaderStatus.NOMINEE);
			assertThat(nomination.nominatorEmail()).isNotEqualTo(nomination.nomineeEmail());
			assertThat(nomination.reason()).isNotBlank().doesNotContain("{");
			assertThat(nomination.decidedAt()).isNull();
		});
		assertThat(pending).anySatisfy(nomination -> assertThat(uncoveredUnits())
			.contains(byEmail.get(nomination.nomineeEmail()).unitCode()));
	}

	@Test
	void oneDeclinedNominationSaysWhy() {
		assertThat(plan.nominations()).filteredOn(n -> n.status() == NominationStatus.DECLINED)
			.singleElement()
			.satisfies(nomination -> {
				assertThat(nomination.decisionNote()).isNotBlank();
				assertThat(nomination.decidedAt()).isAfter(nomination.createdAt());
				assertThat(byEmail.get(nomination.nomineeEmail()).leaderStatus()).isNull();
			});
	}

	@Test
	void nothingHappensBeforeTheLaunchOrAfterTheReferenceInstant() {
		assertThat(plan.people()).allSatisfy(p -> assertThat(p.createdAt())
			.isBetween(DemoCommunity.LAUNCH, DemoCommunity.REFERENCE));
		assertThat(plan.nominations()).allSatisfy(n -> {
			assertThat(n.createdAt()).isBetween(DemoCommunity.LAUNCH, DemoCommunity.REFERENCE);
			assertThat(byEmail.get(n.nominatorEmail()).createdAt()).isBefore(n.createdAt());
			if (n.decidedAt() != null) {
				assertThat(n.decidedAt()).isAfter(n.createdAt()).isBefore(DemoCommunity.REFERENCE);
			}
		});
	}

	@Test
	void sizeHundredHasFifteenThousandPeopleWithUniqueEmails() {
		var large = DemoCommunity.plan(100);
		assertThat(large.people()).hasSize(15_000);
		assertThat(large.people().stream().map(Member::email).distinct()).hasSize(15_000);
		assertThat(large.people()).filteredOn(p -> p.leaderStatus() == LeaderStatus.ACTIVE).hasSize(2_500);
		assertThat(large.units().stream().map(Unit::code).distinct()).hasSize(large.units().size());
	}

	@Test
	void sizeMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> DemoCommunity.plan(0));
	}

	private Set<String> holders(Role role) {
		return plan.people()
			.stream()
			.filter(p -> p.roles().contains(role))
			.map(Member::email)
			.collect(Collectors.toSet());
	}

	private Map<String, Proposal> nominationsByNominee() {
		return plan.nominations().stream().collect(Collectors.toMap(Proposal::nomineeEmail, Function.identity()));
	}

	private Set<String> coveredUnits() {
		return plan.people()
			.stream()
			.filter(p -> p.leaderStatus() == LeaderStatus.ACTIVE)
			.map(Member::unitCode)
			.collect(Collectors.toSet());
	}

	private Set<String> uncoveredUnits() {
		var covered = coveredUnits();
		return plan.units()
			.stream()
			.map(Unit::code)
			.filter(code -> !covered.contains(code))
			.collect(Collectors.toSet());
	}

	/** The test profile starts on an empty in-memory database with the demo enabled. */
	@Nested
	@SpringBootTest
	class AfterStartUp {

		@Autowired
		UserDetailsService users;

		@Autowired
		PasswordEncoder encoder;

		@Test
		void theCommunityManagerSignsInWithTheDemoPassword() {
			var manager = users.loadUserByUsername("manager@agora.example");
			assertThat(encoder.matches(DemoCommunity.PASSWORD, manager.getPassword())).isTrue();
			assertThat(manager.getAuthorities()).extracting(Object::toString)
				.contains(Role.COMMUNITY_MANAGER.authority());
		}
	}
}
