package org.agora.recognition;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.Role;
import org.agora.recognition.RecognitionDemoContent.ManualBadge;
import org.agora.recognition.RecognitionDemoContent.Occasion;
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
 * Gives the demo community a year of recognition consistent with what it did. The other modules' demo writers put
 * their rows straight into their tables and publish no events, so none of this module's listeners heard the demo
 * activity; this writer, run after all of them, derives the recognition from it:
 * <ul>
 * <li>points through the {@link Ledger}, under the source keys and subjects the live listeners use, dated when each
 * thing happened: answers posted and accepted (not for answering or accepting your own; private as the space is),
 * articles published and found helpful, events attended and hosted, lessons and courses completed, initiatives
 * launched and completed, retention actions done. Guests earn nothing, and the daily caps apply as they would
 * live;</li>
 * <li>the automatic badges whose rule the ledger now meets, dated when earned, and two badges the community manager
 * created and awarded with a citation in English and Hebrew;</li>
 * <li>some twenty-five kudos over the past year between people who worked together, in the giver's language, a few
 * of them private, each earning its points;</li>
 * <li>the timeline: graduations, initiatives completed, badges earned, public kudos, a milestone when the data
 * reaches one, and reactions to a few items;</li>
 * <li>one person, not one of the sign-in accounts, out of the leaderboards.</li>
 * </ul>
 * This demo seeding is the one place where recognition reads other modules' tables, read only: it changes none of
 * them. Everything is written once, by its key, so a second run writes nothing; at start-up it is skipped when the
 * ledger has any entry.
 */
@Component
class RecognitionDemo {

	private static final Logger log = LoggerFactory.getLogger(RecognitionDemo.class);

	/** The sign-in accounts, whom the opt-out leaves alone. */
	static final List<String> PERSONAS = List.of("admin@agora.example", "manager@agora.example",
			"leader@agora.example", "employee@agora.example", "guest@partner.example");

	/** The demo's named people: the community manager, the knowledge leader and the employee. */
	record Cast(PersonSummary manager, PersonSummary leader, PersonSummary employee) {
	}

	/** How many rows of each kind a run wrote. */
	record Written(int points, int badges, int kudos, int items, int reactions, int optedOut) {

		int total() {
			return points + badges + kudos + items + reactions + optedOut;
		}
	}

	/** A thing done that earns points. */
	private record Act(PointRule rule, long personId, String key, String subjectKind, long subjectId,
			boolean privateSource, Instant at) {
	}

	/** An award held in the ledger, as badge rules count them. */
	private record Held(long personId, long subjectId, Instant at, LocalDate day) {
	}

	/** A kudos to write: who thanks whom for what (its title, in Hebrew too where it has one), and when. */
	private record Thanks(Occasion occasion, long from, long to, String title, String titleHe, Instant at) {
	}

	/** The counts of a run, as it goes. */
	private static final class Tally {

		int points;

		int badges;

		int kudos;

		int items;

		int reactions;

		int optedOut;

		Written written() {
			return new Written(points, badges, kudos, items, reactions, optedOut);
		}
	}

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final People people;

	private final Ledger ledger;

	private final Achievements achievements;

	private final Celebrations celebrations;

	private final OrganizationClock clock;

	private final Map<Long, Optional<PersonSummary>> persons = new HashMap<>();

	RecognitionDemo(@Value("${agora.demo.enabled:false}") boolean enabled, JdbcClient jdbc, People people,
			Ledger ledger, Achievements achievements, OrganizationClock clock, Celebrations celebrations) {
		this.enabled = enabled;
		this.celebrations = celebrations;
		this.jdbc = jdbc;
		this.people = people;
		this.ledger = ledger;
		this.achievements = achievements;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	@Transactional
	void onReady() {
		if (!enabled || jdbc.sql("select count(*) from recognition_entry").query(Integer.class).single() > 0) {
			return;
		}
		var manager = people.findByEmail("manager@agora.example").orElse(null);
		var leader = people.findByEmail("leader@agora.example").orElse(null);
		var employee = people.findByEmail("employee@agora.example").orElse(null);
		if (manager == null || leader == null || employee == null) {
			return;
		}
		var written = write(new Cast(manager, leader, employee));
		if (written.total() > 0) {
			log.info("Demo recognition written: {} ledger entries, {} badges, {} kudos, {} timeline items, {} reactions",
					written.points(), written.badges(), written.kudos(), written.items(), written.reactions());
		}
	}

	/** Derives the recognition from the activity in the database; what is there already is left as it is. */
	@Transactional
	Written write(Cast cast) {
		persons.clear();
		var tally = new Tally();
		points(tally);
		automaticBadges(tally);
		manualBadges(cast, tally);
		var kudosItems = kudos(cast, tally);
		var graduations = graduations(tally);
		var completed = initiativesCompleted(tally);
		milestones(tally);
		reactions(cast, completed, graduations, kudosItems, tally);
		optOut(tally);
		persons.clear();
		return tally.written();
	}

	// Points, from what people did.

	/** The joint projects people helped in, as the mentor badge counts them: their leads' own projects apart. */
	private void projectMembers() {
		jdbc.sql("""
				insert into recognition_project_member (project_id, person_id, is_lead, joined_at)
				select m.project_id, m.person_id, m.person_id = p.lead_id, m.joined_at
				from initiatives_project_member m join initiatives_project p on p.id = m.project_id
				where not exists (select 1 from recognition_project_member r
				  where r.project_id = m.project_id and r.person_id = m.person_id)""")
			.update();
	}

	private void points(Tally tally) {
		projectMembers();
		var acts = new ArrayList<Act>();
		answers(acts);
		acceptances(acts);
		articles(acts);
		attendance(acts);
		lessons(acts);
		initiatives(acts);
		retention(acts);
		// in the order it happened, so that each day's cap is reached by what came first; a second award of the same
		// key (a lesson done in two cohorts) is recognized and left out
		acts.sort(Comparator.comparing(Act::at).thenComparing(Act::key));
		for (var act : acts) {
			if (member(act.personId()) && ledger.award(new Ledger.Award(act.personId(), act.rule(), act.key(),
					act.subjectKind(), act.subjectId(), act.privateSource(), act.at())) >= 0) {
				tally.points++;
			}
		}
	}

	/** Answers to questions, not to one's own; a private space's earn in private. */
	private void answers(List<Act> acts) {
		jdbc.sql("""
				select p.id, p.author_id, t.author_id, s.kind, p.created_at
				from discussions_post p
				join discussions_thread t on t.id = p.thread_id
				join discussions_space s on s.id = t.space_id
				where t.kind = 'QUESTION' and not p.opening and not p.hidden and not t.hidden""")
			.query((rs, n) -> {
				long post = rs.getLong(1);
				if (rs.getLong(2) != rs.getLong(3)) {
					acts.add(new Act(PointRule.ANSWER_POSTED, rs.getLong(2), "answer-posted:" + post, Subjects.ANSWER,
							post, "PRIVATE".equals(rs.getString(4)), rs.getTimestamp(5).toInstant()));
				}
				return null;
			})
			.list();
	}

	/**
	 * Accepted answers, by the asker; not when the asker answered. The demo does not keep when an answer was accepted,
	 * so it is taken to be a few hours after the answer; an answer whose acceptance already earned is left alone.
	 */
	private void acceptances(List<Act> acts) {
		record Accepted(long post, long author, long asker, boolean inPrivate, Instant answered, long thread) {
		}
		var accepted = jdbc.sql("""
				select p.id, p.author_id, t.author_id, s.kind, p.created_at, t.id
				from discussions_thread t
				join discussions_post p on p.id = t.accepted_post_id
				join discussions_space s on s.id = t.space_id
				where t.kind = 'QUESTION' and not p.hidden and not t.hidden""")
			.query((rs, n) -> new Accepted(rs.getLong(1), rs.getLong(2), rs.getLong(3), "PRIVATE".equals(rs.getString(4)),
					rs.getTimestamp(5).toInstant(), rs.getLong(6)))
			.list();
		for (var a : accepted) {
			// counted towards the community's accepted-answer milestones, as the live listener counts them
			if (!a.inPrivate()) {
				jdbc.sql("""
						insert into recognition_accepted_answer (thread_id, post_id, accepted_at)
						values (:thread, :post, :at) on conflict do nothing""")
					.param("thread", a.thread()).param("post", a.post())
					.param("at", Timestamp.from(acceptedAt(a.answered())))
					.update();
			}
			if (a.author() != a.asker() && !acceptanceAwarded(a.post())) {
				Instant at = acceptedAt(a.answered());
				acts.add(new Act(PointRule.ANSWER_ACCEPTED, a.author(),
						"answer-accepted:" + a.post() + ":" + at.toEpochMilli(), Subjects.ANSWER, a.post(),
						a.inPrivate(), at));
			}
		}
	}

	/** Published articles, to their owner; and each colleague's "helpful" but the owner's own. */
	private void articles(List<Act> acts) {
		jdbc.sql("""
				select id, owner_id, published_at from knowledge_article
				where status = 'PUBLISHED' and owner_id is not null and published_at is not null""")
			.query((rs, n) -> acts.add(new Act(PointRule.ARTICLE_PUBLISHED, rs.getLong(2),
					"article-published:" + rs.getLong(1), Subjects.ARTICLE, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
		jdbc.sql("""
				select r.article_id, r.person_id, a.owner_id, r.rated_at
				from knowledge_rating r join knowledge_article a on a.id = r.article_id
				where r.helpful and a.status = 'PUBLISHED' and a.owner_id is not null and r.person_id <> a.owner_id""")
			.query((rs, n) -> acts.add(new Act(PointRule.ARTICLE_HELPFUL, rs.getLong(3),
					"article-helpful:" + rs.getLong(1) + ":" + rs.getLong(2), Subjects.ARTICLE, rs.getLong(1), false,
					rs.getTimestamp(4).toInstant())))
			.list();
	}

	/** Events attended, and hosted by each organizer of an event that took place. */
	private void attendance(List<Act> acts) {
		jdbc.sql("""
				select r.event_id, r.person_id, r.attended_at
				from calendar_registration r join calendar_event e on e.id = r.event_id
				where r.attended_at is not null and e.status <> 'CANCELLED'""")
			.query((rs, n) -> acts.add(new Act(PointRule.EVENT_ATTENDED, rs.getLong(2),
					"event-attended:" + rs.getLong(1) + ":" + rs.getLong(2), Subjects.EVENT, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
		jdbc.sql("""
				select o.event_id, o.person_id, e.ends_at
				from calendar_organizer o join calendar_event e on e.id = o.event_id
				where e.held_at is not null and e.status <> 'CANCELLED'""")
			.query((rs, n) -> acts.add(new Act(PointRule.EVENT_HOSTED, rs.getLong(2),
					"event-hosted:" + rs.getLong(1) + ":" + rs.getLong(2), Subjects.EVENT, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
	}

	/** Lessons read, quizzes passed and exercises accepted; courses completed. */
	private void lessons(List<Act> acts) {
		jdbc.sql("""
				select c.lesson_id, e.person_id, c.completed_at
				from learning_completion c join learning_enrolment e on e.id = c.enrolment_id
				union all
				select q.lesson_id, e.person_id, min(a.submitted_at)
				from learning_attempt a
				join learning_quiz q on q.id = a.quiz_id
				join learning_enrolment e on e.id = a.enrolment_id
				where a.passed group by q.lesson_id, e.person_id
				union all
				select x.lesson_id, e.person_id, min(s.reviewed_at)
				from learning_submission s
				join learning_exercise x on x.id = s.exercise_id
				join learning_enrolment e on e.id = s.enrolment_id
				where s.status = 'ACCEPTED' and s.reviewed_at is not null group by x.lesson_id, e.person_id""")
			.query((rs, n) -> acts.add(new Act(PointRule.LESSON_COMPLETED, rs.getLong(2),
					"lesson-completed:" + rs.getLong(1) + ":" + rs.getLong(2), Subjects.LESSON, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
		jdbc.sql("""
				select c.course_id, e.person_id, e.completed_at
				from learning_enrolment e join learning_cohort c on c.id = e.cohort_id
				where e.completed_at is not null""")
			.query((rs, n) -> acts.add(new Act(PointRule.COURSE_COMPLETED, rs.getLong(2),
					"course-completed:" + rs.getLong(1) + ":" + rs.getLong(2), Subjects.COURSE, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
	}

	/** Initiatives launched, and completed, to their leader. */
	private void initiatives(List<Act> acts) {
		jdbc.sql("select id, leader_id, launched_at from initiatives_initiative where launched_at is not null")
			.query((rs, n) -> acts.add(new Act(PointRule.INITIATIVE_LAUNCHED, rs.getLong(2),
					"initiative-launched:" + rs.getLong(1), Subjects.INITIATIVE, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
		jdbc.sql("""
				select id, leader_id, completed_at from initiatives_initiative
				where status = 'COMPLETED' and completed_at is not null""")
			.query((rs, n) -> acts.add(new Act(PointRule.INITIATIVE_COMPLETED, rs.getLong(2),
					"initiative-completed:" + rs.getLong(1), Subjects.INITIATIVE, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
	}

	/** Retention actions done, to their owner. */
	private void retention(List<Act> acts) {
		jdbc.sql("""
				select id, owner_id, completed_at from knowledgemap_action
				where status = 'DONE' and completed_at is not null""")
			.query((rs, n) -> acts.add(new Act(PointRule.RETENTION_ACTION_COMPLETED, rs.getLong(2),
					"retention-action-completed:" + rs.getLong(1), Subjects.RETENTION_ACTION, rs.getLong(1), false,
					rs.getTimestamp(3).toInstant())))
			.list();
	}

	private boolean acceptanceAwarded(long postId) {
		return jdbc.sql("""
				select count(*) from recognition_entry
				where rule_key = 'ANSWER_ACCEPTED' and subject_kind = 'ANSWER' and subject_id = :post""")
			.param("post", postId)
			.query(Integer.class)
			.single() > 0;
	}

	/** When an answer posted then was accepted: three hours later, or halfway to now for a recent one. */
	private Instant acceptedAt(Instant answered) {
		Instant now = clock.now();
		Instant usual = answered.plus(Duration.ofHours(3));
		return usual.isBefore(now) ? usual : answered.plus(Duration.between(answered, now).dividedBy(2));
	}

	// Badges.

	/** The automatic badges whose rule the ledger meets, each dated when it was met; a badge not seeded is skipped. */
	private void automaticBadges(Tally tally) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select slug, id from recognition_badge where automatic")
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		earn(ids.get(BadgeRules.FIRST_ANSWER), BadgeRules.FIRST_ANSWER, PointRule.ANSWER_POSTED, 1, tally);
		earn(ids.get(BadgeRules.TEN_ACCEPTED), BadgeRules.TEN_ACCEPTED, PointRule.ANSWER_ACCEPTED, 10, tally);
		earn(ids.get(BadgeRules.COURSE_GRADUATE), BadgeRules.COURSE_GRADUATE, PointRule.COURSE_COMPLETED, 1, tally);
		earn(ids.get(BadgeRules.INITIATIVE_LAUNCHER), BadgeRules.INITIATIVE_LAUNCHER, PointRule.INITIATIVE_LAUNCHED, 1, tally);
		earn(ids.get(BadgeRules.KNOWLEDGE_KEEPER), BadgeRules.KNOWLEDGE_KEEPER, PointRule.RETENTION_ACTION_COMPLETED, 1, tally);
		regulars(ids.get(BadgeRules.REGULAR), tally);
		mentors(ids.get(BadgeRules.MENTOR), tally);
	}

	/** The badge for whoever holds awards for as many subjects of the rule, when they came to hold that many. */
	private void earn(Long badge, String slug, PointRule rule, int count, Tally tally) {
		if (badge == null) {
			return;
		}
		Map<Long, Set<Long>> subjects = new HashMap<>();
		for (var held : held(rule)) {
			var seen = subjects.computeIfAbsent(held.personId(), k -> new HashSet<>());
			if (seen.add(held.subjectId()) && seen.size() == count) {
				automatic(badge, slug, held.personId(), count, held.at(), tally);
			}
		}
	}

	/** Attended an event in four quarters in a row: earned at the event that made the fourth. */
	private void regulars(Long badge, Tally tally) {
		if (badge == null) {
			return;
		}
		Map<Long, List<LocalDate>> days = new HashMap<>();
		Set<Long> earned = new HashSet<>();
		for (var held : held(PointRule.EVENT_ATTENDED)) {
			var of = days.computeIfAbsent(held.personId(), k -> new ArrayList<>());
			of.add(held.day());
			int run = BadgeRules.longestRunOfQuarters(of);
			if (run >= BadgeRules.QUARTERS_IN_A_ROW && earned.add(held.personId())) {
				automatic(badge, BadgeRules.REGULAR, held.personId(), run, held.at(), tally);
			}
		}
	}

	/** Helped in five joint projects (not ones they lead): earned on joining the fifth. */
	private void mentors(Long badge, Tally tally) {
		if (badge == null) {
			return;
		}
		record Joined(long personId, Instant at) {
		}
		Map<Long, Integer> helped = new HashMap<>();
		var joined = jdbc.sql("""
				select m.person_id, m.joined_at
				from initiatives_project_member m join initiatives_project p on p.id = m.project_id
				where m.person_id <> p.lead_id order by m.person_id, m.joined_at, m.project_id""")
			.query((rs, n) -> new Joined(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
		for (var join : joined) {
			if (helped.merge(join.personId(), 1, Integer::sum) == 5) {
				automatic(badge, BadgeRules.MENTOR, join.personId(), 5, join.at(), tally);
			}
		}
	}

	/** The ledger's awards by the rule that still hold, by person, in the order they came. */
	private List<Held> held(PointRule rule) {
		return jdbc.sql("""
				select e.person_id, e.subject_id, e.occurred_at, e.occurred_on from recognition_entry e
				where e.reverses is null and e.rule_key = :rule
				  and coalesce((select sum(f.points) from recognition_entry f where f.reverses = e.id), 0) >= 0
				order by e.person_id, e.occurred_at, e.id""")
			.param("rule", rule.name())
			.query((rs, n) -> new Held(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
					rs.getDate(4).toLocalDate()))
			.list();
	}

	/** An automatic badge earned, with the count its rule found, and its item on the timeline. */
	private void automatic(long badge, String slug, long personId, int count, Instant at, Tally tally) {
		if (!member(personId)) {
			return;
		}
		int awarded = jdbc.sql("""
				insert into recognition_badge_award (badge_id, person_id, reason_count, awarded_at)
				values (:badge, :person, :count, :at)
				on conflict do nothing""")
			.param("badge", badge)
			.param("person", personId)
			.param("count", count)
			.param("at", Timestamp.from(at))
			.update();
		if (awarded == 1) {
			tally.badges++;
			badgeItem(badge, slug, personId, at, tally);
		}
	}

	/**
	 * The community manager's badges: the water-loss champion for whoever interviewed the leak-detection experts, and
	 * the onboarding champion for the leader of a completed onboarding kit.
	 */
	private void manualBadges(Cast cast, Tally tally) {
		record Done(long personId, String title, Instant at) {
		}
		var interviews = jdbc.sql("""
				select a.owner_id, ar.name, a.completed_at
				from knowledgemap_action a
				join knowledgemap_holder h on h.id = a.holder_id
				join knowledgemap_area ar on ar.id = h.area_id
				where a.status = 'DONE' and a.completed_at is not null and a.kind = 'EXPERT_INTERVIEW'
				  and lower(ar.name) like '%leak%'
				order by a.completed_at, a.id""")
			.query((rs, n) -> new Done(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
		Set<Long> interviewers = new HashSet<>();
		for (var done : interviews) {
			if (interviewers.add(done.personId())) {
				manual(RecognitionDemoContent.WATER_LOSS, done.personId(), done.title(),
						done.at().plus(Duration.ofDays(2)), cast.manager().id(), tally);
			}
		}
		var kits = jdbc.sql("""
				select leader_id, title, completed_at from initiatives_initiative
				where status = 'COMPLETED' and kind = 'ONBOARDING_KIT' and completed_at is not null
				order by completed_at, id""")
			.query((rs, n) -> new Done(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
		for (var done : kits) {
			manual(RecognitionDemoContent.ONBOARDING, done.personId(), RecognitionDemoContent.quoted(done.title()),
					done.at().plus(Duration.ofDays(3)), cast.manager().id(), tally);
		}
	}

	/** Creates the manual badge, when missing, and awards it with its citation, as the community manager. */
	private void manual(ManualBadge spec, long personId, String title, Instant at, long manager, Tally tally) {
		if (personId == manager || !colleague(personId)) {
			return;
		}
		Instant awardedAt = notLaterThanNow(at);
		Map<String, Object> p = new HashMap<>();
		p.put("slug", spec.slug());
		p.put("nameEn", spec.nameEn());
		p.put("nameHe", spec.nameHe());
		p.put("descriptionEn", spec.descriptionEn());
		p.put("descriptionHe", spec.descriptionHe());
		p.put("by", manager);
		p.put("at", Timestamp.from(awardedAt.minus(Duration.ofHours(1))));
		jdbc.sql("""
				insert into recognition_badge (slug, automatic, name_en, name_he, description_en, description_he,
				  created_by, created_at)
				values (:slug, false, :nameEn, :nameHe, :descriptionEn, :descriptionHe, :by, :at)
				on conflict do nothing""")
			.params(p)
			.update();
		var badge = jdbc.sql("select id from recognition_badge where slug = :slug and not automatic")
			.param("slug", spec.slug())
			.query(Long.class)
			.optional();
		if (badge.isEmpty()) {
			return;
		}
		int awarded = jdbc.sql("""
				insert into recognition_badge_award (badge_id, person_id, citation, awarded_by, awarded_at)
				values (:badge, :person, :citation, :by, :at)
				on conflict do nothing""")
			.param("badge", badge.get())
			.param("person", personId)
			.param("citation", spec.citation(title))
			.param("by", manager)
			.param("at", Timestamp.from(awardedAt))
			.update();
		if (awarded == 1) {
			tally.badges++;
			badgeItem(badge.get(), spec.slug(), personId, awardedAt, tally);
		}
	}

	private void badgeItem(long badge, String slug, long personId, Instant at, Tally tally) {
		record(new Achievements.Item(AchievementKind.BADGE, "badge-" + badge + "-" + personId, personId, null,
				unitOf(personId), badge, slug, "/recognition/badges/" + slug, at), tally);
	}

	// Kudos.

	/**
	 * About twenty-five kudos over the past year, each from someone who had reason to thank: the asker for an accepted
	 * answer, an attendee for an event, a colleague of the unit for an interview or an initiative, a reader for an
	 * article, the facilitator for a graduation, the project lead for a task. Returns the timeline keys of the public
	 * ones, oldest first.
	 */
	private List<String> kudos(Cast cast, Tally tally) {
		long manager = cast.manager().id();
		var thanks = new ArrayList<Thanks>();
		var answers = answerThanks();
		thanks.addAll(spread(answers.stream().filter(t -> t.occasion() == Occasion.ANSWER).toList(), 6));
		thanks.addAll(spread(answers.stream().filter(t -> t.occasion() == Occasion.PRIVATE_ANSWER).toList(), 1));
		thanks.addAll(spread(hostThanks(), 5));
		thanks.addAll(spread(retentionThanks(manager), 3));
		thanks.addAll(spread(articleThanks(), 4));
		thanks.addAll(spread(graduationThanks(manager), 3));
		thanks.addAll(spread(initiativeThanks(manager), 2));
		thanks.addAll(spread(launchThanks(manager), 1));
		thanks.addAll(spread(taskThanks(), 2));
		thanks.sort(Comparator.comparing(Thanks::at).thenComparing(Thanks::from).thenComparing(Thanks::to));
		Map<Occasion, Integer> used = new EnumMap<>(Occasion.class);
		Map<Long, Integer> given = new HashMap<>();
		var keys = new ArrayList<String>();
		for (var t : thanks) {
			if (t.from() == t.to() || !colleague(t.from()) || !colleague(t.to())) {
				continue;
			}
			var texts = RecognitionDemoContent.KUDOS.get(t.occasion());
			var kudos = texts.get((used.merge(t.occasion(), 1, Integer::sum) - 1) % texts.size());
			boolean hebrew = hebrew(t.from(), given.merge(t.from(), 1, Integer::sum));
			String title = RecognitionDemoContent.quoted(hebrew && t.titleHe() != null ? t.titleHe() : t.title());
			String message = kudos.text(hebrew, title);
			if (message.length() > RecognitionDemoContent.MESSAGE_MAX) {
				continue;
			}
			var key = kudos(t.from(), t.to(), message, !kudos.isPrivate(), notLaterThanNow(t.at()), tally);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	/** Writes the kudos unless it is there, with its points; returns its timeline key when public, else null. */
	private String kudos(long from, long to, String message, boolean isPublic, Instant at, Tally tally) {
		var id = jdbc.sql("""
				select id from recognition_kudos where from_id = :from and to_id = :to and message = :message
				order by id""")
			.param("from", from)
			.param("to", to)
			.param("message", message)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (id == null) {
			var key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into recognition_kudos (from_id, to_id, message, public, created_at)
					values (:from, :to, :message, :public, :at)""")
				.param("from", from)
				.param("to", to)
				.param("message", message)
				.param("public", isPublic)
				.param("at", Timestamp.from(at))
				.update(key, "id");
			id = key.getKeyAs(Number.class).longValue();
			tally.kudos++;
		}
		if (ledger.award(new Ledger.Award(to, PointRule.KUDOS_RECEIVED, "kudos:" + id, Subjects.KUDOS, id, !isPublic,
				at)) >= 0) {
			tally.points++;
		}
		if (!isPublic) {
			return null;
		}
		String key = "kudos-" + id;
		record(new Achievements.Item(AchievementKind.KUDOS, key, to, from, unitOf(to), id, message,
				"/people/" + to, at), tally);
		return key;
	}

	/** The asker thanks for the accepted answer, in private for a private space's. */
	private List<Thanks> answerThanks() {
		return recent(jdbc.sql("""
				select t.author_id, p.author_id, t.title, s.kind, p.created_at
				from discussions_thread t
				join discussions_post p on p.id = t.accepted_post_id
				join discussions_space s on s.id = t.space_id
				where t.kind = 'QUESTION' and not t.hidden and not p.hidden
				order by p.created_at, p.id""")
			.query((rs, n) -> new Thanks("PRIVATE".equals(rs.getString(4)) ? Occasion.PRIVATE_ANSWER : Occasion.ANSWER,
					rs.getLong(1), rs.getLong(2), rs.getString(3), null,
					acceptedAt(rs.getTimestamp(5).toInstant()).plus(Duration.ofHours(2))))
			.list());
	}

	/** One of those who attended thanks each organizer of an event that took place. */
	private List<Thanks> hostThanks() {
		var hosted = jdbc.sql("""
				select e.id, e.title, e.ends_at, o.person_id
				from calendar_event e join calendar_organizer o on o.event_id = e.id
				where e.held_at is not null and e.status <> 'CANCELLED'
				order by e.ends_at, e.id, o.person_id""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getLong(4) })
			.list();
		var thanks = new ArrayList<Thanks>();
		for (var row : hosted) {
			long event = (Long) row[0];
			long organizer = (Long) row[3];
			var attendees = jdbc.sql("""
					select r.person_id from calendar_registration r
					where r.event_id = :event and r.attended_at is not null
					  and r.person_id not in (select o.person_id from calendar_organizer o where o.event_id = :event)
					order by r.person_id""")
				.param("event", event)
				.query(Long.class)
				.list()
				.stream()
				.filter(this::colleague)
				.toList();
			if (!attendees.isEmpty()) {
				long from = attendees.get((int) ((event * 7 + organizer) % attendees.size()));
				thanks.add(new Thanks(Occasion.HOSTED, from, organizer, (String) row[1], null,
						((Instant) row[2]).plus(Duration.ofMinutes(20 * 60 + 47 * (organizer % 7)))));
			}
		}
		return recent(thanks);
	}

	/**
	 * A colleague from the expert's unit (never the expert, whose plans are theirs) thanks whoever ran an interview or
	 * a lessons-learned session, named by its knowledge area; the community manager when the unit has nobody else.
	 */
	private List<Thanks> retentionThanks(long manager) {
		var done = jdbc.sql("""
				select a.kind, a.owner_id, h.person_id, ar.name, a.completed_at
				from knowledgemap_action a
				join knowledgemap_holder h on h.id = a.holder_id
				join knowledgemap_area ar on ar.id = h.area_id
				where a.status = 'DONE' and a.completed_at is not null
				  and a.kind in ('EXPERT_INTERVIEW', 'LESSONS_SESSION')
				order by a.completed_at, a.id""")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getTimestamp(5).toInstant() })
			.list();
		var thanks = new ArrayList<Thanks>();
		for (var row : done) {
			long owner = (Long) row[1];
			long holder = (Long) row[2];
			long from = jdbc.sql("""
					select p.id from people_person p join people_person h on h.unit_id = p.unit_id
					where h.id = :holder and p.active and p.id <> :holder and p.id <> :owner order by p.id""")
				.param("holder", holder)
				.param("owner", owner)
				.query(Long.class)
				.list()
				.stream()
				.filter(this::colleague)
				.findFirst()
				.orElse(manager);
			thanks.add(new Thanks("LESSONS_SESSION".equals(row[0]) ? Occasion.LESSONS : Occasion.INTERVIEW, from, owner,
					(String) row[3], null, ((Instant) row[4]).plus(Duration.ofDays(1))));
		}
		return recent(thanks);
	}

	/** A colleague who found an article helpful thanks its owner, a few days after it was published. */
	private List<Thanks> articleThanks() {
		var articles = jdbc.sql("""
				select id, title, owner_id, published_at from knowledge_article
				where status = 'PUBLISHED' and owner_id is not null and published_at is not null
				order by published_at, id""")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant() })
			.list();
		var thanks = new ArrayList<Thanks>();
		for (var row : articles) {
			long article = (Long) row[0];
			long owner = (Long) row[2];
			var readers = jdbc.sql("""
					select person_id from knowledge_rating
					where article_id = :article and helpful and person_id <> :owner order by person_id""")
				.param("article", article)
				.param("owner", owner)
				.query(Long.class)
				.list()
				.stream()
				.filter(this::colleague)
				.toList();
			if (!readers.isEmpty()) {
				thanks.add(new Thanks(Occasion.ARTICLE, readers.get((int) (article * 5 % readers.size())), owner,
						(String) row[1], null, ((Instant) row[3]).plus(Duration.ofDays(3))));
			}
		}
		return recent(thanks);
	}

	/** The cohort's facilitator, or the community manager, congratulates a graduate on the course, by its title. */
	private List<Thanks> graduationThanks(long manager) {
		return recent(jdbc.sql("""
				select e.person_id, co.title_en, co.title_he, e.completed_at,
				  (select min(f.person_id) from learning_facilitator f where f.cohort_id = c.id)
				from learning_enrolment e
				join learning_cohort c on c.id = e.cohort_id
				join learning_course co on co.id = c.course_id
				where e.completed_at is not null
				order by e.completed_at, e.id""")
			.query((rs, n) -> {
				long facilitator = rs.getLong(5);
				return new Thanks(Occasion.GRADUATION, rs.wasNull() ? manager : facilitator, rs.getLong(1),
						rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant().plus(Duration.ofDays(1)));
			})
			.list());
	}

	/** A colleague of the unit, or the community manager, thanks the leader of a completed initiative. */
	private List<Thanks> initiativeThanks(long manager) {
		return recent(jdbc.sql("""
				select i.id, i.title, i.leader_id, i.completed_at,
				  (select min(p.id) from people_person p where p.unit_id = i.unit_id and p.active and p.id <> i.leader_id
				    and exists (select 1 from people_person_role r where r.person_id = p.id and r.role <> 'GUEST'))
				from initiatives_initiative i
				where i.status = 'COMPLETED' and i.completed_at is not null
				order by i.completed_at, i.id""")
			.query((rs, n) -> {
				long colleague = rs.getLong(5);
				boolean none = rs.wasNull();
				return new Thanks(Occasion.COMPLETED, none || rs.getLong(1) % 2 == 0 ? manager : colleague,
						rs.getLong(3), rs.getString(2), null, rs.getTimestamp(4).toInstant().plus(Duration.ofDays(2)));
			})
			.list());
	}

	/** The community manager cheers the launch of an initiative. */
	private List<Thanks> launchThanks(long manager) {
		return recent(jdbc.sql("""
				select id, title, leader_id, launched_at from initiatives_initiative
				where launched_at is not null order by launched_at, id""")
			.query((rs, n) -> new Thanks(Occasion.LAUNCHED, manager, rs.getLong(3), rs.getString(2), null,
					rs.getTimestamp(4).toInstant().plus(Duration.ofDays(1))))
			.list());
	}

	/** A joint project's lead thanks, in private, whoever did a task they had asked for. */
	private List<Thanks> taskThanks() {
		return recent(jdbc.sql("""
				select created_by, assignee_id, title, completed_at from initiatives_task
				where status = 'DONE' and completed_at is not null and assignee_id is not null
				  and assignee_id <> created_by
				order by completed_at, id""")
			.query((rs, n) -> new Thanks(Occasion.TASK, rs.getLong(1), rs.getLong(2), rs.getString(3), null,
					rs.getTimestamp(4).toInstant().plus(Duration.ofHours(3))))
			.list());
	}

	/** The thanks of the past year. */
	private List<Thanks> recent(List<Thanks> thanks) {
		Instant since = clock.now().minus(Duration.ofDays(365));
		return thanks.stream().filter(t -> t.at().isAfter(since)).toList();
	}

	/** Up to the number, spread evenly over the list, its first one first. */
	static <T> List<T> spread(List<T> list, int most) {
		if (list.size() <= most) {
			return list;
		}
		var picked = new ArrayList<T>();
		for (int k = 0; k < most; k++) {
			picked.add(list.get(k * list.size() / most));
		}
		return picked;
	}

	// The timeline.

	/** Each graduation of the leaders' course; returns their keys, oldest first. */
	private List<String> graduations(Tally tally) {
		record Graduation(long person, long course, Instant at) {
		}
		var graduations = jdbc.sql("""
				select e.person_id, c.course_id, e.completed_at
				from learning_enrolment e join learning_cohort c on c.id = e.cohort_id
				where e.completed_at is not null order by e.completed_at, e.id""")
			.query((rs, n) -> new Graduation(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.list();
		var keys = new ArrayList<String>();
		for (var g : graduations) {
			if (member(g.person())) {
				String key = "graduation-" + g.person() + "-" + g.course();
				record(new Achievements.Item(AchievementKind.GRADUATION, key, g.person(), null, unitOf(g.person()),
						g.course(), null, "/learning/courses/" + g.course(), g.at()), tally);
				keys.add(key);
			}
		}
		return keys;
	}

	/** Each initiative completed in its unit; returns their keys, oldest first. */
	private List<String> initiativesCompleted(Tally tally) {
		var completed = jdbc.sql("""
				select id, leader_id, unit_id, title, completed_at from initiatives_initiative
				where status = 'COMPLETED' and completed_at is not null order by completed_at, id""")
			.query((rs, n) -> new Achievements.Item(AchievementKind.INITIATIVE_COMPLETED,
					"initiative-completed-" + rs.getLong(1), rs.getLong(2), null, rs.getLong(3), rs.getLong(1),
					rs.getString(4), "/initiatives/" + rs.getLong(1), rs.getTimestamp(5).toInstant()))
			.list();
		var keys = new ArrayList<String>();
		for (var item : completed) {
			if (member(item.personId())) {
				record(item, tally);
				keys.add(item.key());
			}
		}
		return keys;
	}

	/**
	 * The milestones the data reaches, as the live timeline celebrates them: the 100th accepted answer outside private
	 * spaces (and the later ones), and every unit with an active knowledge leader.
	 */
	private void milestones(Tally tally) {
		var accepted = jdbc.sql("""
				select p.created_at
				from discussions_thread t
				join discussions_post p on p.id = t.accepted_post_id
				join discussions_space s on s.id = t.space_id
				where t.kind = 'QUESTION' and s.kind <> 'PRIVATE' and not t.hidden and not p.hidden
				order by p.created_at""")
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.list();
		int reached = Celebrations.milestone(accepted.size());
		if (reached > 0) {
			record(new Achievements.Item(AchievementKind.MILESTONE, "milestone-accepted-" + reached, null, null, null,
					(long) reached, Timeline.ACCEPTED_ANSWERS, null, acceptedAt(accepted.get(reached - 1))), tally);
		}
		if (celebrations.everyUnitLed()) {
			int year = clock.today().getYear();
			record(new Achievements.Item(AchievementKind.MILESTONE, "milestone-every-unit-" + year, null, null, null,
					(long) year, Timeline.EVERY_UNIT_LED, "/leaders", clock.now()), tally);
		}
	}

	/**
	 * Reactions from the community: three to each initiative completed, two to the first graduations, one to the first
	 * public kudos; never from whom the item is about.
	 */
	private void reactions(Cast cast, List<String> initiatives, List<String> graduations, List<String> kudos,
			Tally tally) {
		var pool = new ArrayList<Long>(new LinkedHashSet<>(jdbc.sql("""
				select id from people_person where active and leader_status = 'ACTIVE' order by id""")
			.query(Long.class)
			.list()));
		pool.add(cast.manager().id());
		pool.add(cast.employee().id());
		pool.removeIf(id -> !colleague(id));
		if (pool.isEmpty()) {
			return;
		}
		var items = new ArrayList<Object[]>();
		initiatives.forEach(key -> items.add(new Object[] { key, 3 }));
		graduations.stream().limit(3).forEach(key -> items.add(new Object[] { key, 2 }));
		kudos.stream().limit(3).forEach(key -> items.add(new Object[] { key, 1 }));
		var kinds = List.of("CLAP", "CELEBRATE", "HEART");
		for (int i = 0; i < items.size(); i++) {
			var item = jdbc.sql("""
					select id, person_id, other_person_id, occurred_at from recognition_achievement
					where achievement_key = :key""")
				.param("key", items.get(i)[0])
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getObject(2, Long.class),
						rs.getObject(3, Long.class), rs.getTimestamp(4).toInstant() })
				.optional()
				.orElse(null);
			if (item == null) {
				continue;
			}
			int wanted = (Integer) items.get(i)[1];
			var reactors = new ArrayList<Long>();
			for (int k = 0; reactors.size() < wanted && k < pool.size(); k++) {
				long who = pool.get((i * 5 + k * 3) % pool.size());
				if (!reactors.contains(who) && !Long.valueOf(who).equals(item[1]) && !Long.valueOf(who).equals(item[2])) {
					reactors.add(who);
				}
			}
			for (int k = 0; k < reactors.size(); k++) {
				tally.reactions += jdbc.sql("""
						insert into recognition_reaction (achievement_id, person_id, reaction, reacted_at)
						values (:item, :person, :reaction, :at)
						on conflict do nothing""")
					.param("item", item[0])
					.param("person", reactors.get(k))
					.param("reaction", kinds.get((i + k) % kinds.size()))
					.param("at", Timestamp.from(notLaterThanNow(((Instant) item[3]).plus(Duration.ofHours(2L * (k + 1))))))
					.update();
			}
		}
	}

	/**
	 * One person prefers not to be ranked: the active knowledge leader of the lowest id with points, not one of the
	 * sign-in accounts. They keep earning points and badges.
	 */
	private void optOut(Tally tally) {
		var person = jdbc.sql("""
				select p.id from people_person p
				where p.active and p.leader_status = 'ACTIVE' and p.email not in (:personas)
				  and exists (select 1 from recognition_entry e where e.person_id = p.id and e.points > 0)
				order by p.id fetch first 1 rows only""")
			.param("personas", PERSONAS)
			.query(Long.class)
			.optional();
		if (person.isEmpty()) {
			return;
		}
		var now = Timestamp.from(clock.now());
		tally.optedOut += jdbc.sql("""
				update recognition_profile set leaderboard_opt_out = true, updated_at = :now
				where person_id = :person and not leaderboard_opt_out""")
			.param("person", person.get())
			.param("now", now)
			.update();
		tally.optedOut += jdbc.sql("""
				insert into recognition_profile (person_id, leaderboard_opt_out, updated_at) values (:person, true, :now)
				on conflict do nothing""")
			.param("person", person.get())
			.param("now", now)
			.update();
	}

	// Helpers.

	private void record(Achievements.Item item, Tally tally) {
		if (achievements.record(item)) {
			tally.items++;
		}
	}

	private Optional<PersonSummary> person(long id) {
		return persons.computeIfAbsent(id, people::find);
	}

	/** A person of the organization: any role but a guest's alone. */
	private boolean member(long id) {
		return person(id).filter(p -> p.roles().stream().anyMatch(r -> r != Role.GUEST)).isPresent();
	}

	/** An active person of the organization, who may give and receive kudos. */
	private boolean colleague(long id) {
		return member(id) && person(id).map(PersonSummary::active).orElse(false);
	}

	/**
	 * Whether the person writes their n-th kudos in Hebrew: always when they read Agora in Hebrew; every other one when
	 * Hebrew comes first among the languages they speak, as people who are at home in both switch between them.
	 */
	private boolean hebrew(long id, int nth) {
		if (person(id).map(PersonSummary::locale).map(l -> l.startsWith("he") || l.startsWith("iw")).orElse(false)) {
			return true;
		}
		String languages = jdbc.sql("select languages from people_person where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		return languages != null && languages.strip().startsWith("Hebrew") && nth % 2 == 0;
	}

	private Long unitOf(long id) {
		return person(id).map(PersonSummary::unitId).orElse(null);
	}

	/** The time, or a minute ago when it would be later: nothing in the demo happens in the future. */
	private Instant notLaterThanNow(Instant at) {
		Instant latest = clock.now().minusSeconds(60);
		return at.isAfter(latest) ? latest : at;
	}
}
