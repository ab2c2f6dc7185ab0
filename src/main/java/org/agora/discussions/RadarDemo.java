package org.agora.discussions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo community a curated radar once its people are there: links shared by members, a few featured, two
 * waiting in the queue, one of them from a disabled feed source on an example domain (the demo never fetches
 * anything). A database that has any radar item is left alone.
 */
@Component
class RadarDemo {

	private static final Logger log = LoggerFactory.getLogger(RadarDemo.class);

	private record Link(String url, String title, String summary, RadarKind kind, List<String> tags, String by,
			boolean featured, int daysAgo) {
	}

	private static final List<Link> APPROVED = List.of(
			new Link("https://www.kmworld.com/", "KMWorld: news and research on knowledge management",
					"The trade magazine of our field. Their **best practices** white papers are short and practical; "
							+ "worth a look before planning a unit initiative.",
					RadarKind.NEWS, List.of("km", "news"), "manager@agora.example", true, 40),
			new Link("https://www.apqc.org/knowledge-management",
					"APQC knowledge management community of practice",
					"A professional association that benchmarks KM programmes. Their maturity model helped us "
							+ "describe where each unit stands.",
					RadarKind.PROFESSIONAL_GROUP, List.of("communities-of-practice", "benchmarking"),
					"manager@agora.example", true, 35),
			new Link("https://www.iwa-network.org/", "International Water Association: specialist groups",
					"The water sector's knowledge network. The specialist groups on desalination and network "
							+ "management run webinars our engineers can join.",
					RadarKind.PROFESSIONAL_GROUP, List.of("water", "desalination"), "leader@agora.example", false, 28),
			new Link("https://hbr.org/2004/07/learning-in-the-thick-of-it",
					"Learning in the thick of it: after-action reviews in practice",
					"How the army's after-action reviews work and why they stick: four questions, right after the "
							+ "event, no blame. We use a short version in the plant's monthly lessons-learned session.",
					RadarKind.ARTICLE, List.of("after-action-review", "lessons-learned"), "leader@agora.example", false,
					21),
			new Link("https://www.kmworld.com/Articles/Editorial/Features/Knowledge-retention-when-experts-retire",
					"Knowledge retention when experts retire",
					"Practical steps to capture what a senior expert knows before they leave: interviews, "
							+ "shadowing, and a knowledge map of who knows what.",
					RadarKind.ARTICLE, List.of("knowledge-retention", "onboarding"), "manager@agora.example", false, 14),
			new Link("https://www.kmworld.com/Conferences/2026/AI-and-KM-webinar",
					"Webinar: AI and knowledge management, what works today",
					"A one-hour webinar on search, summaries and assistants on top of a knowledge base, with the "
							+ "caveats. Several of us plan to watch it together.",
					RadarKind.EVENT_ELSEWHERE, List.of("ai", "webinar"), "employee@agora.example", false, 7),
			new Link("https://www.w3.org/WAI/tutorials/", "Web accessibility tutorials for our knowledge pages",
					"When we publish guides for the field, these tutorials help keep them readable for everyone.",
					RadarKind.TOOL, List.of("accessibility", "writing"), "leader@agora.example", false, 3));

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final People people;

	private final RadarItems items;

	private final Clock clock;

	RadarDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			RadarItems items, Clock clock) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.people = people;
		this.items = items;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 9)
	@Transactional
	public void onReady() {
		if (!enabled || jdbc.sql("select count(*) from discussions_radar_item").query(Integer.class).single() > 0) {
			return;
		}
		var manager = people.findByEmail("manager@agora.example").orElse(null);
		if (manager == null) {
			return;
		}
		Instant now = clock.instant();
		for (var link : APPROVED) {
			long by = people.findByEmail(link.by()).map(PersonSummary::id).orElse(manager.id());
			Instant at = now.minus(Duration.ofDays(link.daysAgo()));
			long id = items.insert(link.url(), link.title(), link.summary(), link.kind(), RadarStatus.APPROVED, by,
					null, manager.id(), at, link.tags());
			if (link.featured()) {
				items.feature(id, true);
			}
		}
		var employee = people.findByEmail("employee@agora.example").map(PersonSummary::id).orElse(manager.id());
		items.insert("https://www.pipeline-asset-management.example/field-guides",
				"Field guides for pipe repair crews, shared as short videos",
				"A utility abroad films two-minute repair guides on the job. Could we do the same for meter "
						+ "replacements?",
				RadarKind.ARTICLE, RadarStatus.PENDING, employee, null, null, now.minus(Duration.ofDays(2)),
				List.of("field-work", "video"));
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussions_radar_source (name, feed_url, enabled, created_by, created_at)
				values ('Water sector KM news (demo)', 'https://feeds.example.org/water-km.xml', false, :by, :now)""")
			.param("by", manager.id())
			.param("now", Timestamp.from(now.minus(Duration.ofDays(30))))
			.update(key, "id");
		items.insert("https://feeds.example.org/water-km/2026/lessons-from-the-drought",
				"Lessons from the drought: how utilities shared what they learned",
				"Utilities that kept a shared lessons-learned log recovered faster after the drought.",
				RadarKind.NEWS, RadarStatus.PENDING, null, key.getKeyAs(Number.class).longValue(), null,
				now.minus(Duration.ofDays(1)), List.of());
		log.info("Demo radar written: {} items", APPROVED.size() + 2);
	}
}
