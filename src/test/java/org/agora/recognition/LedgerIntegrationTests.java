package org.agora.recognition;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.web.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The ledger: each event awards once, caps hold per day, removal takes points back and restoring gives them again. */
@SpringBootTest
class LedgerIntegrationTests {

	@Autowired
	Ledger ledger;

	@Autowired
	Rules rules;

	@Autowired
	JdbcClient jdbc;

	SpaceFixtures fixtures;

	TestPerson person;

	// noon in the organization's zone, away from midnight, so that the day the awards fall on is the one meant
	final Instant noon = Instant.parse("2026-06-10T09:00:00Z");

	@BeforeEach
	void setUp() {
		fixtures = new SpaceFixtures(jdbc);
		person = fixtures.employee("Ledger person " + UUID.randomUUID().toString().substring(0, 8));
	}

	private Ledger.Award award(PointRule rule, String subject, long id, Instant at) {
		return new Ledger.Award(person.id(), rule, rule.name() + ":" + subject + ":" + id, subject, id, false, at);
	}

	@Test
	void theSameEventDeliveredTwiceAwardsOnce() {
		var award = award(PointRule.ANSWER_POSTED, Subjects.ANSWER, 1, noon);
		assertThat(ledger.award(award)).isEqualTo(5);
		assertThat(ledger.award(award)).isEqualTo(-1);
		assertThat(ledger.total(person.id())).isEqualTo(5);
	}

	@Test
	void aDailyCapHoldsForTheDayAndTheNextDayStartsAfresh() {
		// kudos received: 5 each, 25 a day
		for (int i = 1; i <= 5; i++) {
			assertThat(ledger.award(award(PointRule.KUDOS_RECEIVED, Subjects.KUDOS, i, noon.plusSeconds(i))))
				.isEqualTo(5);
		}
		assertThat(ledger.award(award(PointRule.KUDOS_RECEIVED, Subjects.KUDOS, 6, noon.plusSeconds(6)))).isZero();
		assertThat(ledger.total(person.id())).isEqualTo(25);
		// the capped award is kept, so its second delivery is still recognized
		assertThat(ledger.award(award(PointRule.KUDOS_RECEIVED, Subjects.KUDOS, 6, noon.plusSeconds(6))))
			.isEqualTo(-1);
		assertThat(ledger.award(award(PointRule.KUDOS_RECEIVED, Subjects.KUDOS, 7, noon.plus(1, ChronoUnit.DAYS))))
			.isEqualTo(5);
		// another rule has its own cap
		assertThat(ledger.award(award(PointRule.ANSWER_POSTED, Subjects.ANSWER, 8, noon))).isEqualTo(5);
	}

	@Test
	void aPartlyCappedAwardEarnsWhatIsLeftOfTheCap() {
		// event hosted: 25 each, 75 a day
		ledger.award(award(PointRule.EVENT_HOSTED, Subjects.EVENT, 1, noon));
		ledger.award(award(PointRule.EVENT_HOSTED, Subjects.EVENT, 2, noon));
		assertThat(ledger.award(award(PointRule.EVENT_HOSTED, Subjects.EVENT, 3, noon))).isEqualTo(25);
		assertThat(ledger.award(award(PointRule.EVENT_HOSTED, Subjects.EVENT, 4, noon))).isZero();
		assertThat(jdbc.sql("select count(*) from recognition_entry where person_id = :p and capped")
			.param("p", person.id()).query(Integer.class).single()).isOne();
	}

	@Test
	void removingTheContentTakesItsPointsBackOnceAndRestoringGivesThemAgain() {
		ledger.award(award(PointRule.ANSWER_POSTED, Subjects.ANSWER, 42, noon));
		ledger.award(award(PointRule.ANSWER_ACCEPTED, Subjects.ANSWER, 42, noon));
		assertThat(ledger.total(person.id())).isEqualTo(20);

		ledger.reverse(null, Subjects.ANSWER, 42, noon.plusSeconds(60));
		ledger.reverse(null, Subjects.ANSWER, 42, noon.plusSeconds(61));
		assertThat(ledger.total(person.id())).isZero();

		ledger.restore(null, Subjects.ANSWER, 42, noon.plusSeconds(120));
		ledger.restore(null, Subjects.ANSWER, 42, noon.plusSeconds(121));
		assertThat(ledger.total(person.id())).isEqualTo(20);

		// one rule's points alone
		ledger.reverse(PointRule.ANSWER_ACCEPTED, Subjects.ANSWER, 42, noon.plusSeconds(180));
		assertThat(ledger.total(person.id())).isEqualTo(5);
		// the ledger only grows
		assertThat(jdbc.sql("select count(*) from recognition_entry where person_id = :p").param("p", person.id())
			.query(Integer.class).single()).isEqualTo(7);
	}

	@Test
	void aRuleChangeAppliesFromThenOnAndIsRecorded() {
		var manager = fixtures.manager("Rules manager " + UUID.randomUUID().toString().substring(0, 8));
		var before = rules.all();
		ledger.award(award(PointRule.LESSON_COMPLETED, Subjects.LESSON, 1, noon));
		try {
			Map<PointRule, Rules.Values> wanted = new EnumMap<>(before);
			wanted.put(PointRule.LESSON_COMPLETED, new Rules.Values(4, 20));
			rules.change(manager.principal(), wanted);
			ledger.award(award(PointRule.LESSON_COMPLETED, Subjects.LESSON, 2, noon));
			assertThat(ledger.entriesOf(person.id(), 10)).extracting(Ledger.Entry::points).containsExactly(4, 2);
			assertThat(rules.trail(5)).first().satisfies(c -> {
				assertThat(c.rule()).isEqualTo(PointRule.LESSON_COMPLETED);
				assertThat(c.oldPoints()).isEqualTo(2);
				assertThat(c.newPoints()).isEqualTo(4);
				assertThat(c.changedBy()).isEqualTo(manager.id());
			});
		}
		finally {
			rules.change(manager.principal(), before);
		}
	}

	@Test
	void rulesOutsideTheirRangeOrChangedByAnyoneButACommunityManagerAreRefused() {
		var manager = fixtures.manager("Rules manager " + UUID.randomUUID().toString().substring(0, 8));
		Map<PointRule, Rules.Values> wanted = new EnumMap<>(rules.all());
		wanted.put(PointRule.ANSWER_POSTED, new Rules.Values(-1, 50));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> rules.change(manager.principal(), wanted))
			.satisfies(e -> assertThat(e.field()).isEqualTo("ANSWER_POSTED.points"));
		wanted.put(PointRule.ANSWER_POSTED, new Rules.Values(5, PointRule.MAX_CAP + 1));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> rules.change(manager.principal(), wanted))
			.satisfies(e -> assertThat(e.field()).isEqualTo("ANSWER_POSTED.cap"));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> rules.change(person.principal(), rules.all()));
		assertThat(rules.of(PointRule.ANSWER_POSTED)).isEqualTo(new Rules.Values(5, 50));
	}

	@Test
	void theSeededRulesAreTheDefaults() {
		for (PointRule rule : PointRule.values()) {
			var stored = jdbc.sql("select points, daily_cap from recognition_rule where rule_key = :k")
				.param("k", rule.name())
				.query((rs, n) -> new Rules.Values(rs.getInt(1), rs.getInt(2)))
				.single();
			assertThat(stored).as(rule.name()).isEqualTo(new Rules.Values(rule.points, rule.dailyCap));
		}
	}
}
