package org.agora.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Cohorts and their progress as JSON, with the same permission checks as the pages. */
@RestController
@RequestMapping("/api/v1/cohorts")
class CohortApi {

	/**
	 * @param learners how many are enrolled, and the other counts, only for the cohort's facilitators and managers
	 */
	record CohortJson(long id, long courseId, String courseTitle, String name, LocalDate startsOn, LocalDate endsOn,
			CohortStatus status, Integer learners, Integer completed, Integer invited, Integer awaitingReview) {

		static CohortJson of(Cohorts.Listed l, String lang, boolean facilitating) {
			var c = l.cohort();
			return new CohortJson(c.id(), c.courseId(), l.courseTitle().in(lang), c.name(), c.startsOn(), c.endsOn(),
					c.status(), facilitating ? l.learners() : null, facilitating ? l.completed() : null,
					facilitating ? l.invited() : null, facilitating ? l.awaitingReview() : null);
		}
	}

	record ModuleJson(long id, String title) {
	}

	/**
	 * @param modules percent done of each module, by module id
	 * @param completed every required lesson is done; {@code completedAt} follows once the completion is recorded
	 * @param behind below the expected percent for today, less the grace points
	 */
	record LearnerJson(long personId, String name, Map<Long, Integer> modules, int totalPercent, boolean completed,
			Instant completedAt, boolean behind) {
	}

	record ProgressJson(long cohortId, LocalDate today, int expectedPercent, List<ModuleJson> modules,
			List<LearnerJson> learners) {
	}

	private final CohortPages pages;

	private final CohortProgress progress;

	private final LearningPolicy policy;

	CohortApi(CohortPages pages, CohortProgress progress, LearningPolicy policy) {
		this.pages = pages;
		this.progress = progress;
		this.policy = policy;
	}

	/** The cohorts the viewer may see: every cohort for a community manager. */
	@GetMapping
	List<CohortJson> cohorts(@AuthenticationPrincipal AgoraPrincipal viewer) {
		String lang = LocaleContextHolder.getLocale().getLanguage();
		return pages.list(viewer)
			.stream()
			.map(l -> CohortJson.of(l, lang, policy.mayFacilitate(viewer, l.cohort().id())))
			.toList();
	}

	/** Each learner's progress, for the cohort's facilitators and community managers. */
	@GetMapping("/{id}/progress")
	ProgressJson progress(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var cohort = pages.facilitated(viewer, id);
		var grid = progress.of(cohort, pages.today());
		String lang = LocaleContextHolder.getLocale().getLanguage();
		return new ProgressJson(id, grid.today(), grid.expectedPercent(),
				grid.course().modules().stream().map(m -> new ModuleJson(m.id(), m.title().in(lang))).toList(),
				grid.rows()
					.stream()
					.map(r -> new LearnerJson(r.personId(), r.name(), r.modules(), r.percent(), r.completed(), r.completedAt(),
							r.behind()))
					.toList());
	}
}
