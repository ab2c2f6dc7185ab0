package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.agora.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Units, people in them and their points, for the leaderboard and report tests: each test builds a unit tree of its
 * own and reads the boards filtered to it, so the demo community's points never get in the way.
 */
final class BoardFixtures {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	final SpaceFixtures people;

	BoardFixtures(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.people = new SpaceFixtures(jdbc);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A subject id no other test uses: reversing a subject takes back every award made for it. */
	static long subject() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000L);
	}

	long unit(String name, Long parent) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into people_unit (code, name, kind, parent_id, created_at)
				values (:code, :name, 'TEAM', :parent, current_timestamp)""")
			.param("code", "rb-" + unique())
			.param("name", name + " " + unique())
			.param("parent", parent)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	TestPerson member(String name, long unit) {
		return member(name, unit, Role.EMPLOYEE);
	}

	TestPerson member(String name, Long unit, Role... roles) {
		var person = people.person(name + " " + unique(), "en", roles);
		jdbc.sql("update people_person set unit_id = :unit where id = :id").param("unit", unit)
			.param("id", person.id()).update();
		return person;
	}

	void deactivate(TestPerson person) {
		jdbc.sql("update people_person set active = false where id = :id").param("id", person.id()).update();
	}

	/** Awards the person by the rule at the instant, for a subject of its own; the points it earned. */
	int award(TestPerson person, PointRule rule, Instant at) {
		return award(person, rule, at, false, subject());
	}

	int award(TestPerson person, PointRule rule, Instant at, boolean privateSource, long subjectId) {
		return ledger.award(new Ledger.Award(person.id(), rule, "test-board:" + UUID.randomUUID(),
				kind(rule), subjectId, privateSource, at));
	}

	/** Awards the person by the rule n times, a second apart from the instant on; the points they earned. */
	int awards(TestPerson person, PointRule rule, int n, Instant first) {
		int earned = 0;
		for (int i = 0; i < n; i++) {
			earned += award(person, rule, first.plusSeconds(i));
		}
		return earned;
	}

	void badge(String slug, TestPerson person, Instant at) {
		jdbc.sql("""
				insert into recognition_badge (slug, automatic, name_en, name_he, description_en, description_he,
				  created_at)
				values (:slug, false, :en, :he, 'For testing', 'לבדיקה', current_timestamp)
				on conflict do nothing""")
			.param("slug", slug).param("en", "Badge " + slug).param("he", "תג " + slug)
			.update();
		jdbc.sql("""
				insert into recognition_badge_award (badge_id, person_id, citation, awarded_at)
				select id, :person, 'Well done', :at from recognition_badge where slug = :slug""")
			.param("person", person.id()).param("at", Timestamp.from(at)).param("slug", slug)
			.update();
	}

	static String kind(PointRule rule) {
		return switch (rule) {
			case ANSWER_POSTED, ANSWER_ACCEPTED -> Subjects.ANSWER;
			case ARTICLE_PUBLISHED, ARTICLE_HELPFUL -> Subjects.ARTICLE;
			case EVENT_ATTENDED, EVENT_HOSTED -> Subjects.EVENT;
			case LESSON_COMPLETED -> Subjects.LESSON;
			case COURSE_COMPLETED -> Subjects.COURSE;
			case INITIATIVE_LAUNCHED, INITIATIVE_COMPLETED -> Subjects.INITIATIVE;
			case RETENTION_ACTION_COMPLETED -> Subjects.RETENTION_ACTION;
			case KUDOS_RECEIVED -> Subjects.KUDOS;
		};
	}
}
