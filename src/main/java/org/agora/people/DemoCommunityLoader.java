package org.agora.people;

import java.util.concurrent.TimeUnit;

import org.agora.platform.AgoraProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo community at start-up, so that a first run has people, leaders and
 * nominations to show. A database that already has people is left alone.
 */
@Component
class DemoCommunityLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCommunityLoader.class);

	private final DemoProperties demo;

	private final DemoCommunity community;

	private final JdbcClient jdbc;

	private final AgoraProperties agora;

	private final Environment environment;

	DemoCommunityLoader(DemoProperties demo, DemoCommunity community, JdbcClient jdbc, AgoraProperties agora,
			Environment environment) {
		this.demo = demo;
		this.community = community;
		this.jdbc = jdbc;
		this.agora = agora;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		if (jdbc.sql("select count(*) from people_person").query(Long.class).single() > 0) {
			log.debug("The database already has people; the demo community is not loaded");
			return;
		}
		if (environment.matchesProfiles("postgres")) {
			log.warn("agora.demo.enabled=true: writing the demo community (made-up people who sign in with a published "
					+ "password) into PostgreSQL. Never do this in a real installation.");
		}
		long started = System.nanoTime();
		var plan = DemoCommunity.plan(demo.size());
		community.write(plan);
		log.info(report(plan, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
	}

	private String report(DemoCommunity.Plan plan, long millis) {
		long leaders = plan.people().stream().filter(p -> p.leaderStatus() == LeaderStatus.ACTIVE).count();
		var report = new StringBuilder().append(String.format(
				"Demo community loaded in %d ms: %d people in %d units, %d knowledge leaders. Open %s and sign in as:%n",
				millis, plan.people().size(), plan.units().size(), leaders, agora.baseUrl()));
		report.append(String.format("  %-18s %-24s %-16s %s%n", "role", "email", "password", "name"));
		for (var account : DemoCommunity.ACCOUNTS) {
			report.append(String.format("  %-18s %-24s %-16s %s%n", account.role(), account.email(),
					DemoCommunity.PASSWORD, account.fullName()));
		}
		return report.toString().stripTrailing();
	}
}
