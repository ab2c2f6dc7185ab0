package org.agora.recognition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.agora.discussions.AnswerAccepted;
import org.agora.discussions.AnswerPosted;
import org.agora.discussions.SpaceFixtures;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

/**
 * People and events of the recognition tests. Subjects get ids far above any real row's, so that their source keys
 * never meet those of the demo data or of another test.
 */
final class RecognitionTestData {

	private final JdbcClient jdbc;

	final SpaceFixtures fixtures;

	RecognitionTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.fixtures = new SpaceFixtures(jdbc);
	}

	/** The listeners themselves, without their proxy: called at once, in the test's thread. */
	static <T> T direct(T listener) {
		return AopTestUtils.getUltimateTargetObject(listener);
	}

	static long id() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000L);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	TestPerson employee(String name) {
		return fixtures.employee(name + " " + unique());
	}

	TestPerson manager(String name) {
		return fixtures.manager(name + " " + unique());
	}

	/** A person of a unit made for the test. */
	TestPerson inUnit(TestPerson person, long unitId) {
		jdbc.sql("update people_person set unit_id = :u where id = :p").param("u", unitId).param("p", person.id())
			.update();
		return person;
	}

	long unit(String name) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		String unique = unique();
		jdbc.sql("insert into people_unit (code, name, kind, created_at) values (:code, :name, 'DEPARTMENT', :now)")
			.param("code", "rec-" + unique)
			.param("name", name + " " + unique)
			.param("now", java.sql.Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	static AnswerPosted answer(long postId, TestPerson author, TestPerson asker, boolean privateSpace, Instant at) {
		return new AnswerPosted(postId, id(), id(), privateSpace, author.id(), asker.id(), false, List.of(), at);
	}

	static AnswerAccepted accepted(long postId, TestPerson author, TestPerson asker, Long previous, Instant at) {
		return new AnswerAccepted(postId, id(), id(), false, author.id(), asker.id(), previous, asker.id(), at);
	}

	/** The points of the person's entries by the rule, reversals and restores included. */
	int points(TestPerson person, PointRule rule) {
		return jdbc.sql("select coalesce(sum(points), 0) from recognition_entry where person_id = :p and rule_key = :r")
			.param("p", person.id()).param("r", rule.name()).query(Integer.class).single();
	}

	int entries(TestPerson person) {
		return jdbc.sql("select count(*) from recognition_entry where person_id = :p").param("p", person.id())
			.query(Integer.class).single();
	}

	/** The slugs of the badges the person holds. */
	List<String> badges(TestPerson person) {
		return jdbc.sql("""
				select b.slug from recognition_badge_award a join recognition_badge b on b.id = a.badge_id
				where a.person_id = :p order by b.slug""")
			.param("p", person.id()).query(String.class).list();
	}

	/** The timeline's items about the person: kind, key, title and path. */
	List<String> timeline(TestPerson person) {
		return jdbc.sql("""
				select kind || ' ' || achievement_key || ' ' || coalesce(title, '') || ' ' || coalesce(path, '')
				from recognition_achievement where person_id = :p order by id""")
			.param("p", person.id()).query(String.class).list();
	}
}
