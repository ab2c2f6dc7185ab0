package org.agora.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a learner sees of their courses: where they stand in each, and the courses they may read besides. */
@Component
@Transactional(readOnly = true)
class LearnerViews {

	/**
	 * A course the viewer is enrolled in, with their latest enrolment.
	 *
	 * @param continueAt the lesson they last viewed, else the first one not done, else null
	 */
	record Enrolled(Catalog.Course course, Enrolments.Enrolment enrolment, String cohortName, Set<Long> done,
			int percent, boolean complete, Catalog.Lesson continueAt) {

		/** Whether the learner has opened or finished any lesson yet. */
		boolean started() {
			return enrolment.lastLessonId() != null || !done.isEmpty();
		}
	}

	/** @param reader whether the viewer may read courses at all */
	record Home(boolean reader, List<Enrolled> enrolled, List<Catalog.CourseSummary> library) {
	}

	record ModuleProgress(Catalog.Module module, int done, int required, int percent) {
	}

	/** @param enrolled the viewer's enrolment in the course, or null */
	record CourseView(Catalog.Course course, Enrolled enrolled, List<ModuleProgress> modules) {

		boolean done(long lessonId) {
			return enrolled != null && enrolled.done().contains(lessonId);
		}
	}

	private final Catalog catalog;

	private final Enrolments enrolments;

	private final Progress progress;

	private final LearningPolicy policy;

	private final JdbcClient jdbc;

	LearnerViews(Catalog catalog, Enrolments enrolments, Progress progress, LearningPolicy policy, JdbcClient jdbc) {
		this.catalog = catalog;
		this.enrolments = enrolments;
		this.progress = progress;
		this.policy = policy;
		this.jdbc = jdbc;
	}

	Home home(AgoraPrincipal viewer) {
		if (!policy.mayRead(viewer)) {
			return new Home(false, List.of(), List.of());
		}
		var enrolled = enrolled(viewer);
		var taken = enrolled.stream().map(e -> e.course().id()).collect(Collectors.toSet());
		return new Home(true, enrolled, catalog.courses().stream().filter(c -> !taken.contains(c.id())).toList());
	}

	/** The viewer's courses, each with their latest enrolment in it, the latest first. */
	List<Enrolled> enrolled(AgoraPrincipal viewer) {
		Map<Long, Enrolments.Enrolment> latest = new LinkedHashMap<>();
		enrolments.ofPerson(viewer.personId()).forEach(e -> latest.putIfAbsent(e.courseId(), e));
		if (latest.isEmpty()) {
			return List.of();
		}
		var done = progress.doneLessons(latest.values().stream().map(Enrolments.Enrolment::id).toList());
		var names = cohortNames(latest.values().stream().map(Enrolments.Enrolment::cohortId).toList());
		var result = new ArrayList<Enrolled>();
		for (var enrolment : latest.values()) {
			catalog.course(enrolment.courseId()).ifPresent(course -> result.add(enrolled(course, enrolment,
					names.get(enrolment.cohortId()), done.getOrDefault(enrolment.id(), Set.of()))));
		}
		return result;
	}

	CourseView course(AgoraPrincipal viewer, long courseId) {
		var course = catalog.course(courseId).orElseThrow(() -> new NotFoundException("Course"));
		if (!policy.mayRead(viewer)) {
			throw new AccessDeniedException("Not allowed to read courses");
		}
		var enrolled = enrolments.of(viewer.personId(), courseId)
			.map(e -> enrolled(course, e, cohortNames(List.of(e.cohortId())).get(e.cohortId()),
					progress.doneLessons(e.id())))
			.orElse(null);
		Set<Long> done = enrolled == null ? Set.of() : enrolled.done();
		var modules = course.modules().stream().map(m -> {
			var required = m.lessons().stream().filter(Catalog.Lesson::required).toList();
			int finished = (int) required.stream().filter(l -> done.contains(l.id())).count();
			return new ModuleProgress(m, finished, required.size(), Progress.percent(m.lessons(), done));
		}).toList();
		return new CourseView(course, enrolled, modules);
	}

	private static Enrolled enrolled(Catalog.Course course, Enrolments.Enrolment enrolment, String cohortName,
			Set<Long> done) {
		var last = enrolment.lastLessonId() == null ? null : course.lesson(enrolment.lastLessonId()).orElse(null);
		return new Enrolled(course, enrolment, cohortName, done, Progress.percent(course.lessons(), done),
				Progress.complete(course, done), last != null ? last : Progress.next(course, done));
	}

	private Map<Long, String> cohortNames(List<Long> cohortIds) {
		return jdbc.sql("select id, name from learning_cohort where id in (:ids)")
			.param("ids", cohortIds)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
	}
}
