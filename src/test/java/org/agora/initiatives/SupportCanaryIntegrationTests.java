package org.agora.initiatives;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.agora.Personas;
import org.agora.discussions.SpaceFixtures.TestPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A unique token written into every private part of a support plan (focus, meeting notes, an action, a help request
 * and its answer) reaches the leader, the coach and community managers, and nobody else: no page or API any other
 * persona can open, no search, no notification or email (the admins' outbox included), no event's stored text, no
 * log line. The outbox does not even name the leader or the coach.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SupportCanaryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupportEditor editor;

	@Autowired
	SupportJobs jobs;

	@Autowired
	UserDetailsService users;

	@Test
	void theTokenReachesOnlyTheLeaderTheCoachAndManagers(CapturedOutput output) throws Exception {
		var data = new SupportTestData(jdbc, editor);
		String token = "CANARY-" + UUID.randomUUID();
		// searches echo what was asked: they look for a word written beside the token, and must not answer the token
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		var leader = data.leader("Canary leader");
		var coach = data.manager("Canary coach");
		var manager = data.manager("Canary manager");
		editor.assignCoach(coach.principal(), leader.id(), new SupportForms.Coach(String.valueOf(coach.id()), "Focus " + token));
		long meeting = data.meeting(leader, coach, "Notes " + token + " " + word);
		long action = data.action(leader, coach, "Action " + token + " " + word, LocalDate.now().plusDays(1));
		long help = data.help(leader, "Help " + token + " " + word);
		data.answer(leader, coach, help, "Answer " + token + " " + word);
		long plan = jdbc.sql("select id from initiatives_support_plan where leader_id = :id")
			.param("id", leader.id())
			.query(Long.class)
			.single();
		jobs.remind(LocalDate.now());
		awaitNotifications(leader, coach);

		// those who may see it do: the test would fail if the token never reached a response
		for (var reader : List.of(leader, coach, manager)) {
			assertThat(body("/initiatives/support/" + leader.id(), reader.signedIn())).contains("Notes " + token,
					"Action " + token + " " + word, "Help " + token, "Answer " + token, "Focus " + token);
			assertThat(body("/api/v1/support-plans/" + leader.id(), reader.signedIn())).contains("Notes " + token + " " + word);
		}

		var others = List.of(data.leader("Canary other leader").signedIn(), data.employee("Canary employee").signedIn(),
				data.guest("Canary guest").signedIn(), data.admin("Canary admin").signedIn(),
				Personas.as(users, Personas.ADMIN), Personas.as(users, Personas.EMPLOYEE),
				Personas.as(users, Personas.GUEST), Personas.as(users, Personas.LEADER));
		var ids = List.of(leader.id(), coach.id(), plan, meeting, action, help);
		var paths = paths(ids, word);
		List<String> leaks = new ArrayList<>();
		for (var other : others) {
			for (String path : paths) {
				if (body(path, other).contains(token)) {
					leaks.add(path);
				}
			}
		}
		assertThat(leaks).as("responses carrying the token").isEmpty();

		assertThat(jdbc.sql("select count(*) from notifications_notification where args like :t or link like :t")
			.param("t", "%" + token + "%").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from platform_mail where subject like :t or body_text like :t or body_html like :t")
			.param("t", "%" + token + "%").query(Integer.class).single()).isZero();
		// the outbox, which admins read, names neither the leader nor the coach and points at no plan
		for (String name : List.of(leader.name(), coach.name(), "/initiatives/support/" + leader.id())) {
			assertThat(jdbc.sql("""
					select count(*) from platform_mail
					where subject like :t or body_text like :t or body_html like :t or unsubscribe_url like :t""")
				.param("t", "%" + name + "%").query(Integer.class).single()).as("mail naming " + name).isZero();
		}
		assertThat(jdbc.sql("select count(*) from platform_mail where recipient in (:leader, :coach)")
			.param("leader", leader.email()).param("coach", coach.email()).query(Integer.class).single())
			.as("the emails were sent, discreetly").isGreaterThanOrEqualTo(3);
		// while the notification in Agora, seen only by its recipient, names the person
		assertThat(jdbc.sql("select args from notifications_notification where person_id = :coach and kind = 'support.helpRequested'")
			.param("coach", coach.id()).query(String.class).list()).anySatisfy(a -> assertThat(a).contains(leader.name()));
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :t")
			.param("t", "%" + token + "%").query(Integer.class).single()).isZero();
		assertThat(output.getAll()).doesNotContain(token);
	}

	/**
	 * Every GET route of the route table, with each id of the plan's things in its placeholders, and searches for a
	 * word of the private texts.
	 */
	private static Set<String> paths(List<Long> ids, String word) throws Exception {
		Set<String> paths = new LinkedHashSet<>();
		var table = new ClassPathResource("route-access.txt").getContentAsString(StandardCharsets.UTF_8);
		table.lines().map(String::strip).filter(l -> l.startsWith("GET ")).map(l -> l.split("\\s+")[1])
			.filter(p -> !p.contains("rebuild") && !p.contains("/actuator"))
			.forEach(pattern -> {
				String path = pattern.replaceAll("\\{\\*[^}]+}", "x").replace("**", "x");
				if (!path.contains("{")) {
					paths.add(path);
					return;
				}
				for (long id : ids) {
					paths.add(path.replaceAll("\\{[^}]+}", String.valueOf(id)));
				}
			});
		String q = "?q=" + word;
		paths.addAll(List.of("/search" + q, "/api/v1/search" + q, "/search/suggest" + q, "/knowledge" + q,
				"/discussions/search" + q, "/notifications", "/api/v1/notifications", "/admin/mail",
				"/api/v1/calendar/feed", "/"));
		return paths;
	}

	private String body(String path, RequestPostProcessor who) throws Exception {
		try {
			var response = mvc.perform(get(path).with(who)).andReturn().getResponse();
			return response.getContentAsString(StandardCharsets.UTF_8) + " " + response.getHeaderNames()
				.stream().map(response::getHeader).toList();
		}
		catch (jakarta.servlet.ServletException e) {
			return String.valueOf(e.getMessage());
		}
	}

	/** Notifications are sent after the commit, on another thread; the checks wait for them. */
	private void awaitNotifications(TestPerson leader, TestPerson coach) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			int told = jdbc.sql("""
					select count(distinct kind) from notifications_notification where person_id in (:leader, :coach)
					and kind like 'support.%'""")
				.param("leader", leader.id())
				.param("coach", coach.id())
				.query(Integer.class)
				.single();
			if (told >= 4) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the support notifications were not sent");
	}
}
