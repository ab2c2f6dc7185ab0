package org.agora.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators remind learners who are behind to keep going. Nobody is reminded about the same cohort more than once
 * in {@link #QUIET}, whoever sends it.
 */
@Service
@Transactional(readOnly = true)
class Reminders {

	static final Duration QUIET = Duration.ofHours(24);

	/**
	 * @param sent the names of the people reminded now
	 * @param quiet the names of the people left alone, because they were reminded within the quiet period
	 */
	record Outcome(List<String> sent, List<String> quiet) {
	}

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	private final CohortProgress progress;

	private final LearningPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reminders(JdbcClient jdbc, Cohorts cohorts, CohortProgress progress, LearningPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.progress = progress;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	Outcome send(AgoraPrincipal viewer, long cohortId, Collection<Long> personIds, LocalDate today) {
		var cohort = cohorts.find(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
		if (!policy.mayFacilitate(viewer, cohortId)) {
			throw new AccessDeniedException("Only the cohort's facilitators remind its learners");
		}
		if (!cohort.open()) {
			throw new InvalidInputException("personId", "cohorts.error.reminderClosed",
					"The cohort is closed; its learners are not reminded any more.");
		}
		if (personIds == null || personIds.isEmpty()) {
			throw new InvalidInputException("personId", "cohorts.error.noneToRemind", "Choose at least one learner to remind.");
		}
		var grid = progress.of(cohort, today);
		Map<Long, CohortProgress.Row> rows = grid.rows()
			.stream()
			.collect(Collectors.toMap(CohortProgress.Row::personId, Function.identity()));
		var chosen = personIds.stream().distinct().map(rows::get).toList();
		if (chosen.stream().anyMatch(row -> row == null || row.completed())) {
			throw new InvalidInputException("personId", "cohorts.error.notRemindable",
					"Remind only learners of this cohort who have not completed the course.");
		}
		Instant now = clock.instant();
		var sent = new ArrayList<String>();
		var quiet = new ArrayList<String>();
		for (var row : chosen) {
			lockEnrolment(row.enrolmentId());
			var last = lastSent(cohortId, row.personId());
			if (last != null && last.isAfter(now.minus(QUIET))) {
				quiet.add(row.name());
				continue;
			}
			record(cohortId, row.personId(), viewer.personId(), now);
			var title = grid.course().title();
			events.publishEvent(new LearningReminderSent(row.personId(), cohortId, cohort.name(), title.in("en"),
					title.in("he"), row.percent(), viewer.personId()));
			sent.add(row.name());
		}
		return new Outcome(sent, quiet);
	}

	/** When each learner of the cohort was last reminded, by person id. */
	Map<Long, Instant> lastSent(long cohortId) {
		return jdbc.sql("select person_id, max(sent_at) from learning_reminder where cohort_id = :cohort group by person_id")
			.param("cohort", cohortId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Whether a reminder sent at {@code last} still keeps the learner from another one now. */
	boolean quiet(Instant last) {
		return last != null && last.isAfter(clock.instant().minus(QUIET));
	}

	private Instant lastSent(long cohortId, long personId) {
		return jdbc.sql("""
				select sent_at from learning_reminder where cohort_id = :cohort and person_id = :person
				order by sent_at desc limit 1""")
			.param("cohort", cohortId)
			.param("person", personId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(null);
	}

	/** Two facilitators reminding the same learner at once take turns, so the quiet period holds. */
	private void lockEnrolment(long enrolmentId) {
		jdbc.sql("select id from learning_enrolment where id = :id for update").param("id", enrolmentId).query(Long.class).single();
	}

	private void record(long cohortId, long personId, long sentBy, Instant now) {
		jdbc.sql("""
				insert into learning_reminder (cohort_id, person_id, sent_by, sent_at)
				values (:cohort, :person, :by, :now)""")
			.param("cohort", cohortId)
			.param("person", personId)
			.param("by", sentBy)
			.param("now", Timestamp.from(now))
			.update();
	}
}
