package org.agora.initiatives;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.agora.people.People;
import org.agora.people.PersonSummary;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo community its support plans once the people are there: Rania Haddad coached by Noa Levi, with an
 * open request for help, and a few other leaders' plans (one in Hebrew) with meetings over the last months, actions
 * (one overdue, some done), answered requests and reads by the coach. Written straight to the tables, so that no
 * notification goes out; a database with any plan is left alone.
 */
@Component
class SupportDemo {

	private static final Logger log = LoggerFactory.getLogger(SupportDemo.class);

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final People people;

	private final SupportPlans plans;

	private final SupportReads reads;

	private final OrganizationClock clock;

	SupportDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			SupportPlans plans, SupportReads reads, OrganizationClock clock) {
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.people = people;
		this.plans = plans;
		this.reads = reads;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 6)
	@Transactional
	void onReady() {
		if (!enabled || jdbc.sql("select count(*) from initiatives_support_plan").query(Integer.class).single() > 0) {
			return;
		}
		var manager = people.findByEmail("manager@agora.example").orElse(null);
		var leader = people.findByEmail("leader@agora.example").orElse(null);
		if (manager == null || leader == null) {
			return;
		}
		var others = people.withRole(Role.KNOWLEDGE_LEADER)
			.stream()
			.filter(p -> p.id() != leader.id() && !p.has(Role.COMMUNITY_MANAGER))
			.sorted(Comparator.comparingLong(PersonSummary::id))
			.limit(4)
			.toList();
		var coaches = people.withRole(Role.COMMUNITY_MANAGER).stream().filter(p -> p.id() != leader.id()).toList();
		var second = coaches.stream().filter(p -> p.id() != manager.id()).findFirst().orElse(manager);
		rania(leader.id(), manager.id());
		for (int i = 0; i < others.size(); i++) {
			long other = others.get(i).id();
			long coach = i % 2 == 0 ? manager.id() : second.id();
			if (i == 1) {
				hebrew(other, coach);
			}
			else {
				english(other, coach, i);
			}
		}
		log.info("Demo support plans written: {}", 1 + others.size());
	}

	private void rania(long leader, long coach) {
		long plan = plan(leader, coach, 120,
				"Launching a lessons-learned routine at the Ashdod desalination plant, and finding time for it beside shift work.");
		meeting(plan, coach, 110, """
				First 1:1. Rania wants to start after-action reviews on the membrane-replacement jobs, but the shift \
				supervisors see it as paperwork. Agreed to start with one crew that already writes handover notes.""");
		meeting(plan, coach, 75, """
				Two reviews done with crew B. The second one surfaced a torque setting nobody had written down. \
				Rania is worried about time: she spends most Thursdays on it. Talked about asking her manager for \
				two hours a week formally.""");
		meeting(plan, coach, 30, """
				Her manager agreed to the two hours. Crew C is sceptical. We role-played how to open a review \
				without it feeling like blame. She will try the 'what surprised us' opening.""");
		action(plan, leader, "Run an after-action review with crew C", -5, null);
		action(plan, leader, "Write up the torque-setting lesson as an article", -45, 44);
		action(plan, coach, "Introduce Rania to the Grid Operations leader who runs reviews", 6, null);
		action(plan, leader, "Ask her manager for two hours a week for KM work", -60, 70);
		help(plan, HelpCategory.RESISTANCE, 3, """
				One of the senior operators keeps saying the reviews are 'a waste of a good shift'. The others \
				follow him. How do I bring him in without making it a confrontation?""", null, coach);
		help(plan, HelpCategory.TOOLS_AND_PLATFORMS, 50, """
				Where should the review notes live so the other plants can find them? The shared drive is a maze.""",
				"Publish the summary as a lesson-learned article in Agora and keep the raw notes in the team folder. "
						+ "I'll show you the template at our next meeting.", coach);
		read(plan, coach, 75, "PAGE");
		read(plan, coach, 30, "PAGE");
		read(plan, coach, 2, "API");
	}

	private void english(long leader, long coach, int variant) {
		long plan = plan(leader, coach, 90 - variant * 10, "Getting a community of practice going in the unit.");
		meeting(plan, coach, 80 - variant * 10, """
				Talked through who in the unit already shares informally. Three names came up; the leader will \
				invite them to a first coffee session rather than a formal kick-off.""");
		meeting(plan, coach, 25 + variant, """
				The first session drew six people. Energy is there but nobody wants to own the agenda. Suggested \
				rotating the host each month.""");
		action(plan, leader, "Send the invitation for the second session", 9 + variant, null);
		action(plan, coach, "Share the facilitation checklist from the toolkit", -20, 22);
		help(plan, HelpCategory.FACILITATION, 40, "How do I keep one loud voice from taking over the sessions?",
				"Use a round: everyone gets two minutes before open discussion. It changes the room quickly.", coach);
		read(plan, coach, 25 + variant, "PAGE");
	}

	private void hebrew(long leader, long coach) {
		long plan = plan(leader, coach, 100, "מיפוי הידע הקריטי ביחידה לפני פרישה של שני מומחים ותיקים.");
		meeting(plan, coach, 95, """
				פגישת היכרות. שני מומחים ותיקים פורשים בעוד כחצי שנה, ואין תיעוד של נוהלי ההפעלה בחירום. \
				סיכמנו להתחיל בראיונות שימור ידע קצרים.""");
		meeting(plan, coach, 45, """
				בוצעו שני ראיונות. המומחים משתפים פעולה, אבל קשה לתאם זמנים. דיברנו על הקלטת הראיונות \
				ועל עבודה עם מתמחה שיסכם אותם.""");
		action(plan, leader, "לתאם ראיון שלישי עם מהנדס המשמרת הבכיר", 12, null);
		action(plan, leader, "לסכם את שני הראיונות הראשונים במאמר", -30, 35);
		help(plan, HelpCategory.KNOWLEDGE_CAPTURE, 60, "איך בונים שאלון לראיון שימור ידע שלא ייקח יותר משעה?",
				"התחילו משלושה אירועים שבהם המומחה הציל את המצב, ושאלו מה ראה שאחרים לא ראו. יש תבנית בארגז הכלים.",
				coach);
		read(plan, coach, 45, "PAGE");
	}

	private long plan(long leader, long coach, int daysAgo, String focus) {
		return plans.save(leader, coach, focus, ago(daysAgo));
	}

	private void meeting(long plan, long coach, int daysAgo, String notes) {
		plans.addMeeting(plan, today().minusDays(daysAgo), notes, coach, ago(daysAgo));
	}

	/** An action due {@code dueIn} days from today, done {@code doneDaysAgo} days ago or still open (null). */
	private void action(long plan, long owner, String title, int dueIn, Integer doneDaysAgo) {
		long id = plans.addAction(plan, title, owner, today().plusDays(dueIn), owner, ago(Math.max(1, -dueIn + 14)));
		if (doneDaysAgo != null) {
			plans.markDone(id, ago(doneDaysAgo));
		}
	}

	private void help(long plan, HelpCategory category, int daysAgo, String body, String answer, long coach) {
		long id = plans.addHelpRequest(plan, category, body, ago(daysAgo));
		if (answer != null) {
			plans.resolve(id, answer, coach, ago(Math.max(0, daysAgo - 2)));
		}
	}

	private void read(long plan, long reader, int daysAgo, String channel) {
		reads.write(plan, reader, channel, ago(daysAgo));
	}

	private Instant ago(int days) {
		return clock.now().minus(Duration.ofDays(days));
	}

	private LocalDate today() {
		return clock.today();
	}
}
