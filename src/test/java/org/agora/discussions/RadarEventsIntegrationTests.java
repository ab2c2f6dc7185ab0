package org.agora.discussions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/** An item going on the radar is told to the other modules once; announcements carry their audience. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RadarEventsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Radar radar;

	@Autowired
	Announcements announcements;

	@Autowired
	ApplicationEvents events;

	@Test
	void approvingAPendingItemPublishesRadarItemApproved() {
		var people = new DiscussionsTestData(jdbc);
		var employee = people.employee("Eden Employee");
		var manager = people.manager("Mira Manager");
		String tag = "ev-" + DiscussionsTestData.unique();
		var item = radar.submit(employee.user(),
				new RadarForm("https://events.example/" + tag, "Event test", "", tag, "TOOL"));
		assertThat(events.stream(RadarItemApproved.class)).isEmpty();

		radar.approve(manager.user(), item.id());

		assertThat(events.stream(RadarItemApproved.class)).singleElement().satisfies(e -> {
			assertThat(e.itemId()).isEqualTo(item.id());
			assertThat(e.submittedBy()).isEqualTo(employee.id());
			assertThat(e.approvedBy()).isEqualTo(manager.id());
			assertThat(e.tags()).containsExactly(tag);
		});
	}

	@Test
	void anAnnouncementCarriesItsAudienceAndNotItsAuthor() {
		var people = new DiscussionsTestData(jdbc);
		long unit = people.unit(null);
		var member = people.person("Uri Member", unit, org.agora.platform.security.Role.EMPLOYEE);
		var manager = people.person("Mira Manager", unit, org.agora.platform.security.Role.COMMUNITY_MANAGER);

		announcements.publish(manager.user(), new AnnouncementForm("Unit news", "Hello", "UNIT", String.valueOf(unit), ""),
				java.time.ZoneOffset.UTC);

		assertThat(events.stream(AnnouncementPublished.class)).singleElement()
			.satisfies(e -> assertThat(e.recipientIds()).containsExactly(member.id()));
	}
}
