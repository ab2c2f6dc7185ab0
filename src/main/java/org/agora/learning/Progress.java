package org.agora.learning;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a learner has done: a reading lesson marked done, a quiz passed, or an exercise accepted. Progress is
 * recorded against lessons, so editing a course keeps it.
 */
@Component
@Transactional(readOnly = true)
class Progress {

	private final JdbcClient jdbc;

	Progress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The lessons each enrolment has done, read in three queries whatever the number of enrolments. */
	Map<Long, Set<Long>> doneLessons(Collection<Long> enrolmentIds) {
		Map<Long, Set<Long>> done = new HashMap<>();
		if (enrolmentIds.isEmpty()) {
			return done;
		}
		var ids = List.copyOf(enrolmentIds);
		collect(done, "select enrolment_id, lesson_id from learning_completion where enrolment_id in (:ids)", ids);
		collect(done, """
				select distinct a.enrolment_id, q.lesson_id from learning_attempt a join learning_quiz q on q.id = a.quiz_id
				where a.passed and a.enrolment_id in (:ids)""", ids);
		collect(done, """
				select distinct s.enrolment_id, x.lesson_id from learning_submission s join learning_exercise x on x.id = s.exercise_id
				where s.status = 'ACCEPTED' and s.enrolment_id in (:ids)""", ids);
		return done;
	}

	Set<Long> doneLessons(long enrolmentId) {
		return doneLessons(List.of(enrolmentId)).getOrDefault(enrolmentId, Set.of());
	}

	/** Complete when every required lesson of the course, as it is now, is done. */
	static boolean complete(Catalog.Course course, Set<Long> done) {
		return course.lessons().stream().filter(Catalog.Lesson::required).allMatch(l -> done.contains(l.id()));
	}

	/** Done lessons out of all required lessons of the module (or course), in percent. */
	static int percent(List<Catalog.Lesson> lessons, Set<Long> done) {
		var required = lessons.stream().filter(Catalog.Lesson::required).toList();
		if (required.isEmpty()) {
			return 100;
		}
		long finished = required.stream().filter(l -> done.contains(l.id())).count();
		return (int) (finished * 100 / required.size());
	}

	/**
	 * The first required lesson not done yet, in course order; once those are done, the first optional one; null
	 * when everything is done. Optional tools do not stand in the way of the course.
	 */
	static Catalog.Lesson next(Catalog.Course course, Set<Long> done) {
		var open = course.lessons().stream().filter(l -> !done.contains(l.id())).toList();
		return open.stream().filter(Catalog.Lesson::required).findFirst().orElse(open.isEmpty() ? null : open.get(0));
	}

	private void collect(Map<Long, Set<Long>> done, String sql, List<Long> ids) {
		jdbc.sql(sql).param("ids", ids).query((rs, n) -> {
			done.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
			return null;
		}).list();
	}
}
