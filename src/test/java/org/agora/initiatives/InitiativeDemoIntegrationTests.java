package org.agora.initiatives;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo community's initiatives: every status, every obstacle category, the demo leader's active one. */
@SpringBootTest
class InitiativeDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeDemo demo;

	@Test
	void theDemoShowsEveryStatusAndEveryObstacleCategory() {
		if (demo.empty()) {
			demo.write(InitiativeDemoContent.SPECS);
		}
		assertThat(jdbc.sql("select distinct status from initiatives_initiative").query(String.class).list())
			.contains("IDEA", "PLANNED", "ACTIVE", "COMPLETED", "STOPPED");
		assertThat(jdbc.sql("select distinct category from initiatives_obstacle").query(String.class).list())
			.contains(java.util.Arrays.stream(ObstacleCategory.values()).map(Enum::name).toArray(String[]::new));
		assertThat(jdbc.sql("""
				select count(*) from initiatives_initiative i join people_person p on p.id = i.leader_id
				where p.email = 'leader@agora.example' and i.status = 'ACTIVE' and i.kind = 'LESSONS_LEARNED'""")
			.query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("select count(distinct unit_id) from initiatives_initiative").query(Integer.class).single())
			.isGreaterThanOrEqualTo(6);
	}
}
