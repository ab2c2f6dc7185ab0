package org.agora.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each learner of a cohort is, module by module, against the cohort's schedule: the facilitators' grid.
 * The whole grid is read in a fixed number of queries, whatever the number of learners.
 */
@Component
@Transactional(readOnly = true)
class CohortProgress {

	/**
	 * One learner's line of the grid.
	 *
	 * @param modules percent done of each module, by module id, in course order
	 * @param percent percent done of the whole course
	 * @param completed every required lesson is done (the completion date follows once it is recorded)
	 * @param behind below the expected percent for the day, less the grace points, and not completed
	 */
	record Row(long personId, long enrolmentId, String name, Map<Long, Integer> modules, int percent,
			boolean completed, Instant completedAt, boolean behind) {

		int module(long moduleId) {
			return modules.getOrDefault(moduleId, 0);
		}
	}

	record Grid(Cohorts.Cohort cohort, Catalog.Course course, LocalDate today, int expectedPercent, List<Row> rows) {

		long behindCount() {
			return rows.stream().filter(Row::behind).count();
		}
	}

	private record Enrolled(long enrolmentId, long personId, String name, Instant completedAt) {
	}

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Progress progress;

	CohortProgress(JdbcClient jdbc, Catalog catalog, Progress progress) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.progress = progress;
	}

	Grid of(Cohorts.Cohort cohort, LocalDate today) {
		var course = catalog.course(cohort.courseId()).orElseThrow(() -> new NotFoundException("Course"));
		var enrolled = enrolled(cohort.id(), null);
		var done = progress.doneLessons(enrolled.stream().map(Enrolled::enrolmentId).toList());
		var rows = enrolled.stream()
			.map(e -> row(cohort, course, e, done.getOrDefault(e.enrolmentId(), Set.of()), today))
			.toList();
		return new Grid(cohort, course, today, cohort.schedule().expectedPercent(today), rows);
	}

	/** The person's own line, when they are enrolled in the cohort. */
	Optional<Row> of(Cohorts.Cohort cohort, long personId, LocalDate today) {
		var course = catalog.course(cohort.courseId()).orElseThrow(() -> new NotFoundException("Course"));
		return enrolled(cohort.id(), personId).stream()
			.findFirst()
			.map(e -> row(cohort, course, e, progress.doneLessons(e.enrolmentId()), today));
	}

	private static Row row(Cohorts.Cohort cohort, Catalog.Course course, Enrolled e, Set<Long> done, LocalDate today) {
		var modules = new LinkedHashMap<Long, Integer>();
		course.modules().forEach(m -> modules.put(m.id(), Progress.percent(m.lessons(), done)));
		int percent = Progress.percent(course.lessons(), done);
		boolean completed = e.completedAt() != null || Progress.complete(course, done);
		return new Row(e.personId(), e.enrolmentId(), e.name(), modules, percent, completed, e.completedAt(),
				cohort.schedule().behind(percent, completed, today));
	}

	private List<Enrolled> enrolled(long cohortId, Long personId) {
		var query = jdbc.sql("""
				select e.id, e.person_id, p.full_name, e.completed_at
				from learning_enrolment e join people_person p on p.id = e.person_id
				where e.cohort_id = :cohort""" + (personId == null ? "" : " and e.person_id = :person")
				+ " order by p.full_name, e.id")
			.param("cohort", cohortId);
		if (personId != null) {
			query = query.param("person", personId);
		}
		return query.query((rs, n) -> {
			Timestamp completed = rs.getTimestamp(4);
			return new Enrolled(rs.getLong(1), rs.getLong(2), rs.getString(3),
					completed == null ? null : completed.toInstant());
		}).list();
	}
}
