package org.agora.recognition;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.agora.calendar.EventAttended;
import org.agora.calendar.EventType;
import org.agora.discussions.PostHidden;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.initiatives.InitiativeLaunched;
import org.agora.initiatives.ProjectCreated;
import org.agora.initiatives.ProjectMemberJoined;
import org.agora.knowledgemap.RetentionActionCompleted;
import org.agora.learning.CourseCompleted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.agora.recognition.RecognitionTestData.accepted;
import static org.agora.recognition.RecognitionTestData.answer;
import static org.agora.recognition.RecognitionTestData.id;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automatic badges at their boundaries: nine accepted answers are not ten, three quarters in a row are not four
 * (nor four with a gap), four joint projects are not five; awards taken back do not count; each badge is held once
 * and goes on the timeline once, with the person's unit.
 */
@SpringBootTest
class BadgeRulesIntegrationTests {

	@Autowired
	PointsListeners proxiedPoints;

	@Autowired
	BadgeRules proxiedRules;

	@Autowired
	Badges badges;

	@Autowired
	JdbcClient jdbc;

	PointsListeners points;

	BadgeRules rules;

	RecognitionTestData data;

	TestPerson person;

	TestPerson asker;

	final Instant noon = Instant.parse("2025-01-15T10:00:00Z");

	@BeforeEach
	void setUp() {
		points = RecognitionTestData.direct(proxiedPoints);
		rules = RecognitionTestData.direct(proxiedRules);
		data = new RecognitionTestData(jdbc);
		person = data.employee("Badge person");
		asker = data.employee("Badge asker");
	}

	@Test
	void tenAcceptedAnswersEarnTheBadgeNineDoNotAndOneTakenBackDoesNotCount() {
		long unit = data.unit("Badge unit");
		data.inUnit(person, unit);
		for (int i = 0; i < 9; i++) {
			points.on(accepted(id(), person, asker, null, noon.plus(i, ChronoUnit.DAYS)));
		}
		long hiddenLater = id();
		points.on(accepted(hiddenLater, person, asker, null, noon.plus(9, ChronoUnit.DAYS)));
		assertThat(data.badges(person)).contains(BadgeRules.TEN_ACCEPTED);
		// another person: an accepted answer that was hidden, then nine more: nine that hold
		var other = data.employee("Nine accepted");
		long hidden = id();
		points.on(accepted(hidden, other, asker, null, noon));
		points.on(new PostHidden(hidden, id(), id(), other.id(), false, asker.id(), "spam", noon.plusSeconds(60)));
		for (int i = 1; i <= 9; i++) {
			points.on(accepted(id(), other, asker, null, noon.plus(i, ChronoUnit.DAYS)));
		}
		assertThat(data.badges(other)).doesNotContain(BadgeRules.TEN_ACCEPTED);
		var tenth = accepted(id(), other, asker, null, noon.plus(11, ChronoUnit.DAYS));
		points.on(tenth);
		points.on(tenth);
		assertThat(data.badges(other)).containsOnlyOnce(BadgeRules.TEN_ACCEPTED);
		assertThat(badges.of(other.id())).filteredOn(h -> h.badge().slug().equals(BadgeRules.TEN_ACCEPTED))
			.singleElement()
			.satisfies(h -> assertThat(h.reasonCount()).isEqualTo(10))
			.satisfies(h -> assertThat(h.citation()).isNull());

		long badgeId = badges.get(BadgeRules.TEN_ACCEPTED).id();
		assertThat(data.timeline(person)).containsOnlyOnce("BADGE badge-" + badgeId + "-" + person.id()
				+ " ten-accepted /recognition/badges/ten-accepted");
		assertThat(jdbc.sql("select unit_id from recognition_achievement where achievement_key = :k")
			.param("k", "badge-" + badgeId + "-" + person.id()).query(Long.class).single()).isEqualTo(unit);
	}

	@Test
	void threeQuartersInARowAreNotRegularAndTheFourthIs() {
		attend(person, "2025-02-10T10:00:00Z", "2025-05-10T10:00:00Z", "2025-08-10T10:00:00Z");
		assertThat(data.badges(person)).doesNotContain(BadgeRules.REGULAR);
		attend(person, "2025-11-10T10:00:00Z");
		assertThat(data.badges(person)).contains(BadgeRules.REGULAR);
		assertThat(badges.of(person.id())).filteredOn(h -> h.badge().slug().equals(BadgeRules.REGULAR))
			.singleElement()
			.satisfies(h -> assertThat(h.reasonCount()).isEqualTo(4));
	}

	@Test
	void fourQuartersWithAGapAreNotRegular() {
		attend(person, "2025-02-10T10:00:00Z", "2025-05-10T10:00:00Z", "2025-11-10T10:00:00Z",
				"2026-02-10T10:00:00Z");
		assertThat(data.badges(person)).doesNotContain(BadgeRules.REGULAR);
	}

	@Test
	void quartersAreCountedInTheOrganizationsTimeZone() {
		// 22:30 UTC on the 30th of June is already the 1st of July in Jerusalem: the third quarter there
		attend(person, "2025-02-10T10:00:00Z", "2025-05-10T10:00:00Z", "2025-06-30T22:30:00Z",
				"2025-10-10T10:00:00Z");
		assertThat(data.badges(person)).contains(BadgeRules.REGULAR);
	}

	@Test
	void fiveJointProjectsMakeAMentorFourDoNotAndTheirOwnProjectDoesNotCount() {
		for (int i = 0; i < 4; i++) {
			rules.on(new ProjectMemberJoined(id(), person.id(), asker.id(), "Joint " + i));
		}
		long own = id();
		rules.on(new ProjectCreated(own, person.id(), "Their own", "/initiatives/projects/" + own, noon));
		rules.on(new ProjectMemberJoined(own, person.id(), person.id(), "Their own"));
		// someone else joining a project of theirs is no help of theirs
		rules.on(new ProjectMemberJoined(own, asker.id(), person.id(), "Their own"));
		assertThat(data.badges(person)).doesNotContain(BadgeRules.MENTOR);

		var fifth = new ProjectMemberJoined(id(), person.id(), asker.id(), "Joint 5");
		rules.on(fifth);
		rules.on(fifth);
		assertThat(data.badges(person)).containsOnlyOnce(BadgeRules.MENTOR);
		assertThat(badges.of(person.id())).filteredOn(h -> h.badge().slug().equals(BadgeRules.MENTOR))
			.singleElement()
			.satisfies(h -> assertThat(h.reasonCount()).isEqualTo(5));
	}

	@Test
	void aFirstAnswerACourseALaunchAndARetentionActionEachEarnTheirBadgeOnce() {
		points.on(answer(id(), person, person, false, noon));
		assertThat(data.badges(person)).as("answering your own question").isEmpty();
		var first = answer(id(), person, asker, false, noon);
		var course = new CourseCompleted(person.id(), id(), id(), "CERT-" + RecognitionTestData.unique());
		var launch = new InitiativeLaunched(id(), id(), person.id(), asker.id(), "Launch", "/initiatives/1", noon);
		var action = new RetentionActionCompleted(id(), id(), id(), person.id(), asker.id(), noon);
		for (int delivery = 0; delivery < 2; delivery++) {
			points.on(first);
			points.on(course);
			points.on(launch);
			points.on(action);
		}
		assertThat(data.badges(person)).containsExactly(BadgeRules.COURSE_GRADUATE, BadgeRules.FIRST_ANSWER,
				BadgeRules.INITIATIVE_LAUNCHER, BadgeRules.KNOWLEDGE_KEEPER);
		assertThat(data.timeline(person)).hasSize(4).allSatisfy(item -> assertThat(item).startsWith("BADGE badge-"));
	}

	@Test
	void guestsEarnNoBadge() {
		var guest = data.fixtures.guest("Badge guest " + RecognitionTestData.unique());
		for (int i = 0; i < 5; i++) {
			rules.on(new ProjectMemberJoined(id(), guest.id(), asker.id(), "Joint " + i));
		}
		assertThat(data.badges(guest)).isEmpty();
	}

	private void attend(TestPerson who, String... instants) {
		for (String at : List.of(instants)) {
			points.on(new EventAttended(id(), who.id(), EventType.WORKSHOP, Instant.parse(at), asker.id()));
		}
	}
}
