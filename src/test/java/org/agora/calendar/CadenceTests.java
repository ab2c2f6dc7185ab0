package org.agora.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cadence arithmetic: quarters read in the organization's zone, what counts, and rules of 0. */
class CadenceTests {

	static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");

	static final Cadence.Rules ONE_AND_ONE = new Cadence.Rules(1, 1);

	@Test
	void anEventLateOnTheLastNightOfMarchInJerusalemBelongsToTheFirstQuarter() {
		var event = at("2027-03-31T23:30");

		assertThat(event).isEqualTo(Instant.parse("2027-03-31T20:30:00Z"));
		assertThat(Quarter.of(event, JERUSALEM)).isEqualTo(new Quarter(2027, 1));
	}

	@Test
	void anEventEarlyOnTheFirstOfAprilInJerusalemBelongsToTheSecondQuarterThoughItIsStillMarchInUtc() {
		var event = at("2027-04-01T01:00");

		assertThat(event).isEqualTo(Instant.parse("2027-03-31T22:00:00Z"));
		assertThat(Quarter.of(event, ZoneId.of("UTC"))).isEqualTo(new Quarter(2027, 1));
		assertThat(Quarter.of(event, JERUSALEM)).isEqualTo(new Quarter(2027, 2));

		var year = Cadence.assess(2027, ONE_AND_ONE, List.of(community(event)), JERUSALEM);
		assertThat(year.quarters()).extracting(Cadence.QuarterStanding::events).containsExactly(0, 1, 0, 0);
	}

	@Test
	void newYearsEveInJerusalemBelongsToTheFourthQuarterAndNewYearsNightToTheNextYear() {
		var lastNight = at("2027-12-31T23:59");
		var firstNight = at("2028-01-01T00:30");

		var events = List.of(community(lastNight), community(firstNight), external(firstNight));
		var y2027 = Cadence.assess(2027, ONE_AND_ONE, events, JERUSALEM);
		var y2028 = Cadence.assess(2028, ONE_AND_ONE, events, JERUSALEM);

		assertThat(y2027.quarters()).extracting(Cadence.QuarterStanding::events).containsExactly(0, 0, 0, 1);
		assertThat(y2027.external()).isZero();
		assertThat(y2027.externalMet()).isFalse();
		assertThat(y2028.quarters()).extracting(Cadence.QuarterStanding::events).containsExactly(2, 0, 0, 0);
		assertThat(y2028.external()).isEqualTo(1);
		assertThat(y2028.externalMet()).isTrue();
	}

	@Test
	void quarterStartsAndEndsAreMidnightInTheZone() {
		var q4 = new Quarter(2027, 4);

		assertThat(q4.start(JERUSALEM)).isEqualTo(Instant.parse("2027-09-30T21:00:00Z"));
		assertThat(q4.end(JERUSALEM)).isEqualTo(Instant.parse("2027-12-31T22:00:00Z"));
		assertThat(q4.next()).isEqualTo(new Quarter(2028, 1));
	}

	@Test
	void cancelledEventsAndEventsForInvitedPeopleOnlyDoNotCountAsCommunityEvents() {
		var start = at("2027-05-10T18:00");
		var events = List.of(
				new Cadence.Counted(start, EventType.LECTURE, Audience.LEADERS, EventStatus.CANCELLED),
				new Cadence.Counted(start, EventType.WORKSHOP, Audience.INVITED, EventStatus.SCHEDULED));

		var q2 = Cadence.assess(new Quarter(2027, 2), ONE_AND_ONE, events, JERUSALEM);

		assertThat(q2.events()).isZero();
		assertThat(q2.met()).isFalse();
	}

	@Test
	void leadersAndEmployeesEventsCountAndEnoughMeetTheRule() {
		var events = List.of(community(at("2027-07-01T00:00")),
				new Cadence.Counted(at("2027-09-30T23:59"), EventType.CELEBRATION, Audience.EMPLOYEES,
						EventStatus.SCHEDULED));

		var q3 = Cadence.assess(new Quarter(2027, 3), new Cadence.Rules(2, 1), events, JERUSALEM);
		var q3Harder = Cadence.assess(new Quarter(2027, 3), new Cadence.Rules(3, 1), events, JERUSALEM);

		assertThat(q3.events()).isEqualTo(2);
		assertThat(q3.met()).isTrue();
		assertThat(q3Harder.met()).isFalse();
	}

	@Test
	void externalEventsCountWhateverTheirAudienceButNotWhenCancelled() {
		var start = at("2027-06-01T09:00");
		var events = List.of(
				new Cadence.Counted(start, EventType.JOINT_EVENT, Audience.INVITED, EventStatus.SCHEDULED),
				new Cadence.Counted(start, EventType.STUDY_TOUR, Audience.LEADERS, EventStatus.CANCELLED),
				new Cadence.Counted(start, EventType.LECTURE, Audience.LEADERS, EventStatus.SCHEDULED));

		var year = Cadence.assess(2027, new Cadence.Rules(1, 2), events, JERUSALEM);

		assertThat(year.external()).isEqualTo(1);
		assertThat(year.externalRequired()).isEqualTo(2);
		assertThat(year.externalMet()).isFalse();
		assertThat(year.quarters().get(1).events()).isEqualTo(1);
	}

	@Test
	void rulesOfZeroAreMetByAnEmptyYear() {
		var year = Cadence.assess(2027, new Cadence.Rules(0, 0), List.of(), JERUSALEM);

		assertThat(year.quarters()).allMatch(Cadence.QuarterStanding::met);
		assertThat(year.externalMet()).isTrue();
	}

	@Test
	void anEmptyYearMissesRulesOfOne() {
		var year = Cadence.assess(2027, ONE_AND_ONE, List.of(), JERUSALEM);

		assertThat(year.quarters()).noneMatch(Cadence.QuarterStanding::met);
		assertThat(year.externalMet()).isFalse();
	}

	@Test
	void theFormTakesWholeNumbersWithinTheirRangesOnly() {
		assertThat(Cadence.check(new Cadence.CadenceForm("0", "0")).any()).isFalse();
		assertThat(Cadence.check(new Cadence.CadenceForm(" 20 ", "12")).any()).isFalse();

		var errors = Cadence.check(new Cadence.CadenceForm("21", "1.5"));
		assertThat(errors.get("eventsPerQuarter")).isEqualTo("calviews.cadence.error.eventsPerQuarter");
		assertThat(errors.get("externalPerYear")).isEqualTo("calviews.cadence.error.externalPerYear");
		assertThat(Cadence.check(new Cadence.CadenceForm("-1", "13")).has("eventsPerQuarter")).isTrue();
		assertThat(Cadence.check(new Cadence.CadenceForm("", "x")).has("externalPerYear")).isTrue();
	}

	private static Instant at(String jerusalemTime) {
		return LocalDateTime.parse(jerusalemTime).atZone(JERUSALEM).toInstant();
	}

	private static Cadence.Counted community(Instant startsAt) {
		return new Cadence.Counted(startsAt, EventType.LECTURE, Audience.LEADERS, EventStatus.SCHEDULED);
	}

	private static Cadence.Counted external(Instant startsAt) {
		return new Cadence.Counted(startsAt, EventType.STUDY_TOUR, Audience.EMPLOYEES, EventStatus.SCHEDULED);
	}
}
