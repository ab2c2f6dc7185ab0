package org.agora.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agora.Personas;
import org.agora.platform.security.AccountUser;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Two community managers deciding the same nomination at once: one decision wins, nothing is half-written. */
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentDecisionIntegrationTests {

	@Autowired
	LeaderProgramme programme;

	@Autowired
	AdminUsers admin;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyOneOfTwoSimultaneousDecisionsIsRecorded() throws Exception {
		AccountUser manager = Personas.user(users, Personas.MANAGER);
		AccountUser employee = Personas.user(users, Personas.EMPLOYEE);
		var nominee = admin.create(Personas.user(users, Personas.ADMIN), new AdminUsers.NewPerson(
				"race-" + UUID.randomUUID() + "@agora.example", "Race Nominee", null, java.util.Set.of(Role.EMPLOYEE)));
		long nomination = programme.nominate(employee, new LeaderProgramme.NominateCommand(nominee.id, "Great mentor")).id;

		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		var outcomes = new ArrayList<Future<Boolean>>();
		for (boolean accept : new boolean[] { true, false }) {
			Callable<Boolean> decide = () -> {
				start.await();
				try {
					programme.decide(manager, nomination, new LeaderProgramme.DecisionCommand(accept, Map.of(), null,
							LocalDate.of(2026, 12, 1), 24, null, 8));
					return true;
				}
				catch (RuntimeException e) {
					return false;
				}
			};
			outcomes.add(pool.submit(decide));
		}
		start.countDown();
		long succeeded = 0;
		for (var outcome : outcomes) {
			succeeded += outcome.get() ? 1 : 0;
		}
		pool.shutdown();

		assertThat(succeeded).isEqualTo(1);
		String status = jdbc.sql("select status from people_nomination where id = :id").param("id", nomination)
			.query(String.class).single();
		long terms = jdbc.sql("select count(*) from people_leader_term where nomination_id = :id").param("id", nomination)
			.query(Long.class).single();
		String leaderStatus = jdbc.sql("select leader_status from people_person where id = :id").param("id", nominee.id)
			.query(String.class).optional().orElse(null);
		if ("ACCEPTED".equals(status)) {
			assertThat(terms).isEqualTo(1);
			assertThat(leaderStatus).isEqualTo("ACTIVE");
		}
		else {
			assertThat(status).isEqualTo("DECLINED");
			assertThat(terms).isZero();
			assertThat(leaderStatus).isNull();
		}
	}
}
