package org.agora.discussions;

import org.agora.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The demo community has a curated radar (some featured, two in the queue, one of them from a disabled feed on an
 * example domain) and a current announcement from its community manager to the knowledge leaders; loading the demo
 * again adds nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RadarDemoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RadarDemo radarDemo;

	@Autowired
	AnnouncementDemo announcementDemo;

	@Test
	void theDemoRadarIsCuratedAndNeverFetches() {
		assertThat(count("""
				select count(*) from discussions_radar_item i join people_person p on p.id = i.submitted_by
				where i.status = 'APPROVED' and p.email like '%@agora.example'""")).isBetween(6L, 10L);
		assertThat(count("""
				select count(*) from discussions_radar_item i join people_person p on p.id = i.submitted_by
				where i.featured and p.email like '%@agora.example'""")).isGreaterThanOrEqualTo(2);
		assertThat(count("""
				select count(*) from discussions_radar_item i join discussions_radar_source s on s.id = i.source_id
				where i.status = 'PENDING' and s.name like '%(demo)' and not s.enabled
				  and s.feed_url like 'https://feeds.example.org/%'""")).isEqualTo(1);
		assertThat(count("select count(*) from discussions_radar_source where name like '%(demo)' and enabled"))
			.isZero();
	}

	@Test
	void noaLevisAnnouncementReachesTheLeadersHomePage() throws Exception {
		assertThat(count("""
				select count(*) from discussions_announcement a join people_person p on p.id = a.author_id
				where p.full_name = 'Noa Levi' and a.audience = 'LEADERS'""")).isEqualTo(1);

		mvc.perform(get("/").with(Personas.as(users, Personas.LEADER)))
			.andExpect(content().string(containsString("community event: save the date")));
		mvc.perform(get("/").with(Personas.as(users, Personas.EMPLOYEE)))
			.andExpect(content().string(not(containsString("community event: save the date"))));
	}

	@Test
	void loadingTheDemoAgainAddsNothing() {
		long items = count("select count(*) from discussions_radar_item");
		long announcements = count("select count(*) from discussions_announcement");

		radarDemo.onReady();
		announcementDemo.onReady();

		assertThat(count("select count(*) from discussions_radar_item")).isEqualTo(items);
		assertThat(count("select count(*) from discussions_announcement")).isEqualTo(announcements);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
