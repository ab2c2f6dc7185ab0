package org.agora.initiatives;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.FileTypes;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.Role;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo community its two joint projects once the people are there, dated back from the clock's now: a
 * lessons-learned library led by the demo leader, with an overdue task and a pending request to join, and an
 * interview series with retiring experts led by another leader, with the community manager as a member. A database
 * that has any project is left alone.
 */
@Component
class ProjectDemo {

	private static final Logger log = LoggerFactory.getLogger(ProjectDemo.class);

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final People people;

	private final OrganizationClock clock;

	private final TransactionTemplate transactions;

	ProjectDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			OrganizationClock clock, TransactionTemplate transactions) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 7)
	void onReady() {
		if (!enabled || jdbc.sql("select count(*) from initiatives_project").query(Integer.class).single() > 0) {
			return;
		}
		var leader = people.findByEmail("leader@agora.example").orElse(null);
		var manager = people.findByEmail("manager@agora.example").orElse(null);
		var employee = people.findByEmail("employee@agora.example").orElse(null);
		if (leader == null || manager == null || employee == null) {
			return;
		}
		var others = new ArrayList<>(people.withRole(Role.KNOWLEDGE_LEADER)
			.stream()
			.filter(p -> p.id() != leader.id())
			.sorted(Comparator.comparingLong(PersonSummary::id))
			.map(PersonSummary::id)
			.toList());
		while (others.size() < 4) {
			others.add(others.isEmpty() ? manager.id() : others.get(0));
		}
		transactions.executeWithoutResult(status -> write(leader.id(), manager.id(), employee.id(), others));
		log.info("Demo joint projects written: 2");
	}

	private void write(long leader, long manager, long employee, List<Long> others) {
		long library = project("Cross-unit lessons-learned library",
				"One searchable library of lessons learned from water treatment, networks and energy, so that a lesson "
						+ "paid for in one unit is not paid for again in another.",
				"In: after-action reviews, incident write-ups and project close-out lessons from 2023 on. Out: "
						+ "personnel matters and anything under a legal hold.",
				leader, 40);
		member(library, leader, 40);
		member(library, others.get(0), 38);
		member(library, others.get(1), 35);
		member(library, employee, 20);
		task(library, "Collect last year's after-action reviews from each division", others.get(1), -20, "DONE", leader);
		task(library, "Migrate the SCADA incident write-ups into the template", employee, 5, "DOING", leader);
		task(library, "Tag the Ashdod desalination plant's membrane-fouling lessons", leader, -3, "TODO", leader);
		task(library, "Agree the lesson template with Grid Operations", others.get(0), 12, "TODO", leader);
		update(library, leader, 30, "Kick-off done. We agreed one template: context, what happened, what we learned, "
				+ "who to ask. Every division sends its after-action reviews by the end of the month.");
		update(library, others.get(1), 9, "All three divisions sent their reviews: 46 in total, 31 usable as they are.");
		file(library, leader, 28, "lesson-template.txt", """
				Lesson learned — template
				Context: where and when, which asset or process
				What happened: facts only, no blame
				What we learned: one or two sentences another unit can act on
				Who to ask: the person who knows the most about it
				""");
		if (!member(library, others.get(2))) {
			jdbc.sql("""
				insert into initiatives_join_request (project_id, person_id, message, status, created_at)
				values (:p, :person, :message, 'PENDING', :at)""")
			.param("p", library)
			.param("person", others.get(2))
			.param("message", "I would like to bring the Solar Projects commissioning lessons into the library.")
			.param("at", at(2))
			.update();
		}

		long interviews = project("Retiring-experts interview series",
				"Record what our most experienced engineers know before they retire: structured interviews, short "
						+ "videos and a knowledge map per expert.",
				"Experts retiring within 24 months in Water Networks and Grid Operations first.", others.get(3), 60);
		member(interviews, others.get(3), 60);
		member(interviews, manager, 58);
		member(interviews, others.get(0), 45);
		task(interviews, "Pilot interview with the pumping-station shift lead", others.get(3), -30, "DONE", manager);
		task(interviews, "Interview guide for network engineers", others.get(0), 7, "DOING", others.get(3));
		task(interviews, "Shortlist the experts retiring within 18 months", manager, 14, "TODO", others.get(3));
		update(interviews, others.get(3), 25, "The pilot interview took 90 minutes; the shift lead asked for the "
				+ "questions a week ahead next time.");
		update(interviews, manager, 6, "ריכזנו רשימה ראשונה של 12 מומחים שיפרשו בשנתיים הקרובות. נתחיל ממחלקת רשתות המים.");
	}

	private long project(String title, String goal, String scope, long lead, int daysAgo) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into initiatives_project (title, goal, scope, lead_id, status, version, created_at, updated_at)
				values (:title, :goal, :scope, :lead, 'ACTIVE', 1, :created, :updated)""")
			.param("title", title)
			.param("goal", goal)
			.param("scope", scope)
			.param("lead", lead)
			.param("created", at(daysAgo))
			.param("updated", at(1))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private void member(long project, long person, int daysAgo) {
		if (member(project, person)) {
			return;
		}
		jdbc.sql("insert into initiatives_project_member (project_id, person_id, joined_at) values (:p, :person, :at)")
			.param("p", project)
			.param("person", person)
			.param("at", at(daysAgo))
			.update();
	}

	/** A task due {@code dueInDays} from today (negative: in the past), created by {@code by}. */
	private void task(long project, String title, long assignee, int dueInDays, String status, long by) {
		boolean done = "DONE".equals(status);
		jdbc.sql("""
				insert into initiatives_task (project_id, title, status, assignee_id, due_on, created_by, created_at,
				  updated_at, completed_at, completed_by)
				values (:p, :title, :status, :assignee, :due, :by, :created, :updated, :completed, :completedBy)""")
			.param("p", project)
			.param("title", title)
			.param("status", status)
			.param("assignee", assignee)
			.param("due", Date.valueOf(clock.today().plusDays(dueInDays)))
			.param("by", by)
			.param("created", at(33))
			.param("updated", at(done ? Math.max(1, -dueInDays) : 3))
			.param("completed", done ? at(Math.max(1, -dueInDays)) : null)
			.param("completedBy", done ? assignee : null)
			.update();
	}

	private void update(long project, long author, int daysAgo, String body) {
		jdbc.sql("""
				insert into initiatives_project_update (project_id, author_id, body, created_at)
				values (:p, :author, :body, :at)""")
			.param("p", project)
			.param("author", author)
			.param("body", body)
			.param("at", at(daysAgo))
			.update();
	}

	private void file(long project, long by, int daysAgo, String name, String text) {
		byte[] data = text.getBytes(StandardCharsets.UTF_8);
		jdbc.sql("""
				insert into initiatives_project_file (project_id, file_name, content_type, size_bytes, data, uploaded_by,
				  created_at) values (:p, :name, :type, :size, :data, :by, :at)""")
			.param("p", project)
			.param("name", name)
			.param("type", FileTypes.TEXT)
			.param("size", data.length)
			.param("data", data)
			.param("by", by)
			.param("at", at(daysAgo))
			.update();
	}

	private boolean member(long project, long person) {
		return jdbc.sql("select count(*) from initiatives_project_member where project_id = :p and person_id = :person")
			.param("p", project)
			.param("person", person)
			.query(Integer.class)
			.single() > 0;
	}

	private Timestamp at(int daysAgo) {
		Instant now = clock.now();
		return Timestamp.from(now.minus(Duration.ofDays(daysAgo)));
	}
}
