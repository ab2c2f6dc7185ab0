package org.agora.learning;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cohort's learners said about the course, without saying who said it: ratings are counted per module,
 * and the written answers are listed in alphabetical order, apart from each other and from the ratings, so that no
 * answer can be matched to a learner by its place or its time.
 */
@Component
@Transactional(readOnly = true)
class FeedbackResults {

	/**
	 * @param counts how many learners gave each rating, from 1 (index 0) to 5 (index 4)
	 */
	record ModuleResult(long moduleId, Bilingual title, long[] counts) {

		long count() {
			long total = 0;
			for (long c : counts) {
				total += c;
			}
			return total;
		}

		long countOf(int rating) {
			return counts[rating - 1];
		}

		/** The mean rating, or 0 when nobody rated the module. */
		double average() {
			long count = count();
			if (count == 0) {
				return 0;
			}
			long sum = 0;
			for (int i = 0; i < counts.length; i++) {
				sum += (i + 1) * counts[i];
			}
			return (double) sum / count;
		}

		/** The mean rating with one decimal, as the reader writes numbers; empty when nobody rated the module. */
		String average(Locale locale) {
			if (count() == 0) {
				return "";
			}
			var format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(1);
			format.setMaximumFractionDigits(1);
			return format.format(average());
		}
	}

	/**
	 * @param modules ratings per module; empty while there are fewer than {@link #MIN_RESPONSES} answers
	 */
	record Results(long cohortId, String cohortName, long courseId, Bilingual courseTitle, long completed, long responses,
			List<ModuleResult> modules, List<String> helped, List<String> toChange) {

		/** Too few answers to show them without pointing at who gave them. */
		boolean withheld() {
			return responses < MIN_RESPONSES;
		}
	}

	/** Below this many answers, results would point at the people who gave them. */
	static final int MIN_RESPONSES = 3;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	FeedbackResults(JdbcClient jdbc, Catalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	Optional<Results> ofCohort(long cohortId) {
		var head = jdbc.sql("""
				select c.id, c.name, c.course_id, k.title_en, k.title_he
				from learning_cohort c join learning_course k on k.id = c.course_id where c.id = :cohort""")
			.param("cohort", cohortId)
			.query((rs, n) -> new Results(rs.getLong(1), rs.getString(2), rs.getLong(3),
					new Bilingual(rs.getString(4), rs.getString(5)), 0, 0, List.of(), List.of(), List.of()))
			.optional();
		return head.map(h -> {
			long responses = responses(cohortId);
			if (responses < MIN_RESPONSES) {
				return new Results(h.cohortId(), h.cohortName(), h.courseId(), h.courseTitle(), completed(cohortId),
						responses, List.of(), List.of(), List.of());
			}
			return new Results(h.cohortId(), h.cohortName(), h.courseId(), h.courseTitle(), completed(cohortId),
					responses, modules(cohortId, h.courseId()), texts(cohortId, "helped"), texts(cohortId, "to_change"));
		});
	}

	private long completed(long cohortId) {
		return jdbc.sql("select count(*) from learning_enrolment where cohort_id = :cohort and completed_at is not null")
			.param("cohort", cohortId)
			.query(Long.class)
			.single();
	}

	private long responses(long cohortId) {
		return jdbc.sql("""
				select count(*) from learning_feedback f join learning_enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :cohort""")
			.param("cohort", cohortId)
			.query(Long.class)
			.single();
	}

	/** The course's modules as they are now, then any module rated before it was archived. */
	private List<ModuleResult> modules(long cohortId, long courseId) {
		Map<Long, ModuleResult> results = new LinkedHashMap<>();
		catalog.course(courseId)
			.ifPresent(course -> course.modules()
				.forEach(m -> results.put(m.id(), new ModuleResult(m.id(), m.title(), new long[5]))));
		jdbc.sql("""
				select m.id, m.position, m.title_en, m.title_he, r.rating, count(*)
				from learning_feedback_rating r
				join learning_feedback f on f.id = r.feedback_id
				join learning_enrolment e on e.id = f.enrolment_id
				join learning_module m on m.id = r.module_id
				where e.cohort_id = :cohort and r.rating between 1 and 5
				group by m.id, m.position, m.title_en, m.title_he, r.rating
				order by m.position, m.id""")
			.param("cohort", cohortId)
			.query((rs, n) -> {
				long moduleId = rs.getLong(1);
				var result = results.get(moduleId);
				if (result == null) {
					result = new ModuleResult(moduleId, new Bilingual(rs.getString(3), rs.getString(4)), new long[5]);
					results.put(moduleId, result);
				}
				result.counts()[rs.getInt(5) - 1] = rs.getLong(6);
				return null;
			})
			.list();
		return List.copyOf(results.values());
	}

	private List<String> texts(long cohortId, String column) {
		// column is one of two names from this class, never from a request
		return jdbc.sql("""
				select f.%s from learning_feedback f join learning_enrolment e on e.id = f.enrolment_id
				where e.cohort_id = :cohort and f.%s is not null""".formatted(column, column))
			.param("cohort", cohortId)
			.query(String.class)
			.list()
			.stream()
			.filter(text -> !text.isBlank())
			.sorted(Comparator.comparing((String text) -> text.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder()))
			.toList();
	}
}
