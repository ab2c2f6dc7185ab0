package org.agora.knowledgemap;

import java.time.LocalDate;
import java.util.List;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's holders give the register high, medium and low risks, single points of knowledge and plans under way. */
@SpringBootTest
class RetentionDemoIntegrationTests {

	@Autowired
	MapDemoRetention demo;

	@Autowired
	RiskRegister register;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Holders holders;

	@Test
	void theDemoWritesHighMediumAndLowRisksWithPlans() {
		var data = new RetentionTestData(jdbc);
		var manager = people.findByEmail("manager@agora.example").orElseThrow();
		var names = List.of("SCADA control room", "Leak detection", "Water quality laboratory", "Grid storm lessons",
				"Solar inverters", "Data analytics");
		var areas = names.stream().map(n -> new MapDemoRetention.Area(data.area(n, manager.id()), n)).toList();
		var cast = people.withRole(Role.EMPLOYEE).stream().filter(p -> p.roles().size() == 1)
			.sorted(java.util.Comparator.comparingLong(PersonSummary::id)).limit(7).toList();
		demo.write(areas, manager.id(), people.findByEmail("leader@agora.example").orElseThrow().id(),
				people.findByEmail("employee@agora.example").orElseThrow().id(), cast);
		var ids = areas.stream().map(MapDemoRetention.Area::id).toList();
		var lines = register.lines(LocalDate.now()).stream().filter(l -> ids.contains(l.holder().areaId())).toList();
		assertThat(lines).extracting(RiskRegister.Line::level).contains(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
		assertThat(lines.get(0).score()).isEqualTo(25);
		assertThat(lines.stream().filter(RiskRegister.Line::singlePoint).count()).isGreaterThanOrEqualTo(2);
		assertThat(lines.stream().filter(l -> l.actionsDone() > 0).count()).isGreaterThanOrEqualTo(2);
		// a successor designated who does not hold the knowledge yet leaves the risk high; one who holds it lowers it
		assertThat(lines).anySatisfy(l -> {
			assertThat(l.holder().successorId()).isNotNull();
			assertThat(l.holder().successorHolds()).isFalse();
			assertThat(l.level()).isEqualTo(RiskLevel.HIGH);
		});
		assertThat(lines).anySatisfy(l -> assertThat(l.holder().successorHolds()).isTrue());
		var holderIds = lines.stream().map(l -> l.holder().id()).toList();
		assertThat(holders.awaitingConfirmation()).anyMatch(a -> holderIds.contains(a.holderId()));
	}
}
