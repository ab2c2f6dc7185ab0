package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.Personas;
import org.agora.people.People;
import org.agora.platform.OrganizationClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo community's recognition, derived from its activity: points in every quarter of the past year under the
 * live listeners' keys, badges earned by their rules and awarded by the community manager, public and private kudos,
 * a timeline of several kinds with nothing private on it, one person out of the leaderboards, and nothing written
 * twice. The automatic badges come from their migration (V9_1_2).
 */
@SpringBootTest
class RecognitionDemoIntegrationTests {

	@Autowired
	RecognitionDemo demo;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationClock clock;

	@Autowired
	ApplicationContext context;


	@Test
	void theDemoCommunityGetsAYearOfRecognitionConsistentWithItsActivityWrittenOnce() {
		var manager = people.findByEmail(Personas.MANAGER).orElseThrow();
		var leader = people.findByEmail(Personas.LEADER).orElseThrow();
		var employee = people.findByEmail(Personas.EMPLOYEE).orElseThrow();
		var cast = new RecognitionDemo.Cast(manager, leader, employee);
		demo.write(cast);
		var community = community();
		assertThat(community).contains(manager.id(), leader.id(), employee.id());

		// points in each quarter of the past year, dated when what earned them happened
		var quarter = clock.today().withDayOfMonth(1).withMonth((clock.today().getMonthValue() - 1) / 3 * 3 + 1);
		for (int q = 0; q < 4; q++) {
			LocalDate from = quarter.minusMonths(3L * q);
			assertThat(points(community, from, from.plusMonths(3))).as("points from %s", from).isPositive();
		}
		var keys = jdbc.sql("select source_key from recognition_entry").query(String.class).list();
		for (var prefix : List.of("answer-posted:", "answer-accepted:", "article-published:", "article-helpful:",
				"event-attended:", "event-hosted:", "lesson-completed:", "course-completed:", "initiative-launched:",
				"initiative-completed:", "retention-action-completed:", "kudos:")) {
			assertThat(keys).as(prefix).anyMatch(k -> k.startsWith(prefix));
		}
		// an answer in a private space earns in private; nobody earns for answering their own question; guests earn
		// nothing
		assertThat(jdbc.sql("""
				select count(*) from recognition_entry e
				join discussions_post p on e.source_key = 'answer-posted:' || cast(p.id as varchar(20))
				join discussions_thread t on t.id = p.thread_id
				join discussions_space s on s.id = t.space_id
				where s.kind = 'PRIVATE' and not e.private_source""").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from recognition_entry e
				join discussions_post p on e.source_key = 'answer-posted:' || cast(p.id as varchar(20))
				join discussions_thread t on t.id = p.thread_id
				where p.author_id = t.author_id""").query(Integer.class).single()).isZero();
		var guest = people.findByEmail(Personas.GUEST).orElseThrow();
		assertThat(jdbc.sql("select count(*) from recognition_entry where person_id = :p").param("p", guest.id())
			.query(Integer.class).single()).isZero();

		// badges: automatic ones by their rules, with the count that earned them, and the community manager's
		assertThat(jdbc.sql("""
				select count(*) from recognition_badge_award a join recognition_badge b on b.id = a.badge_id
				where b.automatic and a.reason_count > 0 and a.person_id in (:community)""")
			.param("community", community).query(Integer.class).single()).isGreaterThanOrEqualTo(4);
		var manual = jdbc.sql("""
				select a.person_id, a.citation from recognition_badge_award a join recognition_badge b on b.id = a.badge_id
				where not b.automatic and b.created_by = :manager and a.awarded_by = :manager
				  and a.person_id in (:community)""")
			.param("manager", manager.id()).param("community", community)
			.query((rs, n) -> rs.getString(2)).list();
		assertThat(manual).isNotEmpty().allSatisfy(citation -> assertThat(citation).matches("(?s).*[A-Za-z].*")
			.matches("(?s).*[\\u0590-\\u05FF].*"));
		assertThat(jdbc.sql("""
				select count(*) from recognition_badge_award a join people_person p on p.id = a.person_id
				where a.person_id in (:community) and p.email not like 'sp-%'
				and a.awarded_at < :started and not exists (select 1 from recognition_achievement i where i.kind = 'BADGE'
				  and i.achievement_key = 'badge-' || cast(a.badge_id as varchar(20)) || '-' || cast(a.person_id as varchar(20)))""")
			.param("community", community)
			// what the demo awarded, not the badges other tests give the demo's people today
			.param("started", Timestamp.from(Instant.ofEpochMilli(context.getStartupDate()))).query(Integer.class).single()).isZero();

		// kudos over the past year, public and private, in both languages, each earning its points
		record Kudos(long id, long from, long to, String message, boolean isPublic, Instant at) {
		}
		var kudos = jdbc.sql("""
				select k.id, k.from_id, k.to_id, k.message, k.public, k.created_at from recognition_kudos k
				join people_person f on f.id = k.from_id join people_person t on t.id = k.to_id
				where k.from_id in (:community) and k.to_id in (:community)
				  and f.email not like 'sp-%' and t.email not like 'sp-%'""")
			.param("community", community)
			.query((rs, n) -> new Kudos(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
					rs.getTimestamp(6).toInstant()))
			.list();
		// about 25 at start-up; the test's own write may add some for what other tests did meanwhile
		assertThat(kudos).hasSizeGreaterThanOrEqualTo(20);
		assertThat(kudos.stream().filter(Kudos::isPublic).count()).isGreaterThan(kudos.size() / 2);
		assertThat(kudos).anyMatch(k -> !k.isPublic());
		assertThat(kudos).allSatisfy(k -> {
			assertThat(k.from()).isNotEqualTo(k.to());
			assertThat(k.message()).hasSizeLessThanOrEqualTo(RecognitionDemoContent.MESSAGE_MAX);
			assertThat(k.at()).isAfter(clock.now().minusSeconds(366L * 24 * 3600)).isBefore(clock.now());
			assertThat(jdbc.sql("""
					select count(*) from recognition_entry where source_key = :key and person_id = :to
					and rule_key = 'KUDOS_RECEIVED' and private_source = :private""")
				.param("key", "kudos:" + k.id()).param("to", k.to()).param("private", !k.isPublic())
				.query(Integer.class).single()).isOne();
		});
		assertThat(kudos).anyMatch(k -> k.message().matches("(?s).*[\\u0590-\\u05FF].*"))
			.anyMatch(k -> !k.message().matches("(?s).*[\\u0590-\\u05FF].*"));

		// the timeline: several kinds, each public kudos on it and no private one, reactions from others
		var kinds = jdbc.sql("select distinct kind from recognition_achievement where person_id in (:community)")
			.param("community", community).query(String.class).list();
		assertThat(kinds).contains("GRADUATION", "INITIATIVE_COMPLETED", "BADGE", "KUDOS");
		assertThat(jdbc.sql("""
				select count(*) from recognition_achievement a join recognition_kudos k on k.id = a.subject_id
				where a.kind = 'KUDOS' and not k.public""").query(Integer.class).single()).isZero();
		for (var k : kudos) {
			assertThat(jdbc.sql("select count(*) from recognition_achievement where achievement_key = :key")
				.param("key", "kudos-" + k.id()).query(Integer.class).single()).isEqualTo(k.isPublic() ? 1 : 0);
		}
		var reactions = jdbc.sql("""
				select r.person_id, a.person_id, a.other_person_id from recognition_reaction r
				join recognition_achievement a on a.id = r.achievement_id
				join people_person p on p.id = r.person_id
				where r.person_id in (:community) and p.email not like 'sp-%' and r.reacted_at < :started""")
			.param("community", community)
			// the demo's reactions, not those other tests make today
			.param("started", Timestamp.from(Instant.ofEpochMilli(context.getStartupDate())))
			.query((rs, n) -> new Long[] { rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class) })
			.list();
		assertThat(reactions).isNotEmpty()
			.allSatisfy(r -> assertThat(r[0]).isNotEqualTo(r[1]).isNotEqualTo(r[2]));

		// one person of the community, not a sign-in account, is out of the leaderboards; the leader is near the top
		var optedOut = jdbc.sql("""
				select p.person_id from recognition_profile p join people_person pp on pp.id = p.person_id
				where p.leaderboard_opt_out and p.person_id in (:community) and pp.email not in (:personas)
				  and pp.email not like 'sp-%'""")
			.param("community", community).param("personas", RecognitionDemo.PERSONAS)
			.query(Long.class).list();
		// the demo's one, not those other tests opt out
		assertThat(optedOut).hasSize(1);
		var thisQuarter = totals(community, quarter, quarter.plusMonths(3));
		thisQuarter.keySet().removeAll(optedOut);
		assertThat(thisQuarter.keySet().stream().limit(3)).contains(leader.id());

		// what the live listeners count on from here (accepted answers for milestones, projects for the mentor badge)
		// starts from the demo's history
		assertThat(jdbc.sql("select count(*) from recognition_accepted_answer").query(Integer.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from recognition_project_member").query(Integer.class).single())
			.isPositive();

		// a second run finds everything written
		var before = counts();
		assertThat(demo.write(cast).total()).isZero();
		assertThat(counts()).isEqualTo(before);
	}

	/** The demo community's people: those there before this context started, as tests add theirs after. */
	/**
	 * The demo's people: they joined at least a day before the demo's today, while the people other tests make join
	 * now (in a run of many tests, possibly before this test's own context started).
	 */
	private Set<Long> community() {
		return new HashSet<>(jdbc.sql("select id from people_person where created_at < :joined")
			.param("joined", Timestamp.from(Instant.ofEpochMilli(context.getStartupDate()).minus(Duration.ofHours(12))))
			.query(Long.class)
			.list());
	}

	private int points(Set<Long> community, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select coalesce(sum(points), 0) from recognition_entry
				where person_id in (:community) and occurred_at >= :from and occurred_at < :to""")
			.param("community", community)
			.param("from", Timestamp.from(clock.start(from)))
			.param("to", Timestamp.from(clock.start(to)))
			.query(Integer.class)
			.single();
	}

	/** Each person's points in the period, highest first. */
	private Map<Long, Integer> totals(Set<Long> community, LocalDate from, LocalDate to) {
		Map<Long, Integer> totals = new LinkedHashMap<>();
		jdbc.sql("""
				select person_id, sum(points) from recognition_entry
				where person_id in (:community) and occurred_at >= :from and occurred_at < :to
				group by person_id order by sum(points) desc, person_id""")
			.param("community", community)
			.param("from", Timestamp.from(clock.start(from)))
			.param("to", Timestamp.from(clock.start(to)))
			.query((rs, n) -> totals.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return totals;
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (var table : List.of("recognition_entry", "recognition_badge", "recognition_badge_award",
				"recognition_kudos", "recognition_achievement", "recognition_reaction", "recognition_profile")) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
		}
		counts.put("opted out", jdbc.sql("select count(*) from recognition_profile where leaderboard_opt_out")
			.query(Integer.class).single());
		return counts;
	}
}
