package org.agora.discussions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo discussions are consistent with themselves: counters match the rows, accepted answers belong to their
 * questions, and the leaders' circle stays closed to the employee.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiscussionsDemoIntegrationTests {

	private static final String DEMO = "select id from discussions_thread where space_id in (select id from discussions_space"
			+ " where slug in ('lobby', 'ai-and-km', 'change-management', 'knowledge-retention', 'digital-km-platforms',"
			+ " 'leaders-circle', 'joint-forum-northern-water')) and created_at < :cutoff";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Spaces spaces;

	@Autowired
	ThreadStore threads;

	@Autowired
	DiscussionsPolicy policy;

	@Autowired
	UserDetailsService users;

	@Test
	void theDemoHasItsSpacesAndALivelyMixOfThreads() {
		assertThat(spaces.findBySlug("leaders-circle")).get().extracting(Space::kind).isEqualTo(SpaceKind.PRIVATE);
		assertThat(spaces.findBySlug("joint-forum-northern-water")).isPresent();
		assertThat(count("select count(*) from discussions_thread where id in (" + DEMO + ")")).isGreaterThan(20);
		assertThat(count("select count(*) from discussions_thread where kind = 'QUESTION' and accepted_post_id is not null"
				+ " and id in (" + DEMO + ")")).isGreaterThanOrEqualTo(8);
		assertThat(count("select count(*) from discussions_thread where kind = 'QUESTION' and reply_count = 0"
				+ " and id in (" + DEMO + ")")).isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from discussions_thread where pinned and id in (" + DEMO + ")")).isPositive();
		assertThat(count("select count(*) from discussions_thread where locked and id in (" + DEMO + ")")).isPositive();
		assertThat(count("select count(*) from discussions_thread where duplicate_of is not null and closed and id in ("
				+ DEMO + ")")).isPositive();
		assertThat(count("select count(*) from discussions_flag f join discussions_post p on p.id = f.post_id"
				+ " where f.status = 'OPEN' and p.thread_id in (" + DEMO + ")")).isGreaterThanOrEqualTo(2);
		assertThat(count("select count(*) from discussions_mention m join discussions_post p on p.id = m.post_id"
				+ " where p.thread_id in (" + DEMO + ")")).isPositive();
		assertThat(count("select count(*) from discussions_thread where title like '%ידע%' and id in (" + DEMO + ")"))
			.isPositive();
	}

	@Test
	void unansweredQuestionsAreSpreadAndOneWaitsMoreThanTwoDays() {
		var waiting = jdbc.sql("select created_at from discussions_thread where kind = 'QUESTION' and reply_count = 0"
				+ " and not closed and id in (" + DEMO + ")")
			.param("cutoff", cutoff())
			.query(java.sql.Timestamp.class)
			.list();
		assertThat(waiting).anySatisfy(
				at -> assertThat(at.toInstant()).isBefore(Instant.now().minus(Duration.ofHours(48))));
		var within = jdbc.sql("select created_at, first_answer_at from discussions_thread where kind = 'QUESTION'"
				+ " and first_answer_at is not null and id in (" + DEMO + ")")
			.param("cutoff", cutoff())
			.query((rs, n) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
			.list();
		assertThat(within).allSatisfy(d -> assertThat(d).isPositive())
			.anySatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofHours(1)))
			.anySatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofHours(70)));
	}

	@Test
	void countersMatchTheRows() {
		assertThat(list("""
				select t.id from discussions_thread t where t.id in (%s) and t.reply_count <> (select count(*)
				from discussions_post p where p.thread_id = t.id and not p.opening and not p.hidden)""")).isEmpty();
		assertThat(list("""
				select t.id from discussions_thread t where t.id in (%s) and t.last_activity_at <> (select max(p.created_at)
				from discussions_post p where p.thread_id = t.id)""")).isEmpty();
		assertThat(list("""
				select t.id from discussions_thread t where t.id in (%s) and coalesce(t.first_answer_at, t.created_at) <>
				coalesce((select min(p.created_at) from discussions_post p where p.thread_id = t.id and not p.opening),
				t.created_at)""")).isEmpty();
		assertThat(list("""
				select p.id from discussions_post p where p.thread_id in (%s) and p.like_count <> (select count(*)
				from discussions_like l where l.post_id = p.id)""")).isEmpty();
		assertThat(list("""
				select p.id from discussions_post p where p.thread_id in (%s) and p.score <> (select coalesce(sum(v.vote), 0)
				from discussions_vote v where v.post_id = p.id)""")).isEmpty();
		assertThat(list("""
				select p.id from discussions_post p where p.thread_id in (%s) and exists (select 1 from discussions_vote v
				where v.post_id = p.id and v.person_id = p.author_id)""")).as("nobody votes on their own post").isEmpty();
		assertThat(list("""
				select t.id from discussions_thread t where t.id in (%s) and t.accepted_post_id is not null and not exists
				(select 1 from discussions_post p where p.id = t.accepted_post_id and p.thread_id = t.id and not p.opening)"""))
			.as("every accepted answer is an answer of its own question")
			.isEmpty();
		assertThat(list("""
				select t.id from discussions_thread t where t.id in (%s) and (select count(*) from discussions_post p
				where p.thread_id = t.id and p.opening) <> 1""")).isEmpty();
	}

	@Test
	void noTwoPeopleWhoPostInTheDemoShareAName() {
		assertThat(jdbc.sql("""
				select a.full_name from discussions_post p join people_person a on a.id = p.author_id
				where p.thread_id in (%s) group by a.full_name having count(distinct a.id) > 1""".formatted(DEMO))
			.param("cutoff", cutoff())
			.query(String.class)
			.list()).isEmpty();
	}

	@Test
	void theLeadersCircleIsInvisibleToTheEmployee() throws Exception {
		var employee = Personas.user(users, Personas.EMPLOYEE);
		var circle = spaces.findBySlug("leaders-circle").orElseThrow();
		assertThat(policy.maySee(employee, circle)).isFalse();
		var circleThreads = threads.list("select " + ThreadStore.COLUMNS + " from discussions_thread t where t.space_id = :s",
				java.util.Map.of("s", circle.id()));
		assertThat(circleThreads).isNotEmpty();
		var signedIn = Personas.as(users, Personas.EMPLOYEE);
		String overview = mvc.perform(get("/discussions").with(signedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(overview).contains("AI and KM").doesNotContain("Leaders&#39; circle", "Leaders' circle");
		for (var thread : circleThreads) {
			assertThat(overview).doesNotContain(thread.title());
			mvc.perform(get(thread.path()).with(signedIn)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/discussions/s/leaders-circle").with(signedIn)).andExpect(status().isNotFound());
	}

	private int count(String sql) {
		return jdbc.sql(sql).param("cutoff", cutoff()).query(Integer.class).single();
	}

	private List<Long> list(String sql) {
		return jdbc.sql(sql.formatted(DEMO)).param("cutoff", cutoff()).query(Long.class).list();
	}

	/** The demo's threads are all older than a day; other tests' threads in the lobby are new. */
	private static java.sql.Timestamp cutoff() {
		return java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1)));
	}
}
