package org.agora.learning;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of the course feedback pages, with the same checks. */
@RestController
@RequestMapping("/api/v1")
class FeedbackApi {

	/** @param ratings rating from 1 to 5 by module id, one for every module of the course */
	record FeedbackRequest(Map<Long, Integer> ratings, String helped, String toChange) {
	}

	/** @param counts how many learners gave each rating, from 1 to 5 */
	record ModuleJson(long moduleId, String titleEn, String titleHe, long count, Double average, List<Long> counts) {
	}

	record ResultsJson(long cohortId, String cohortName, long courseId, long completed, long responses,
			List<ModuleJson> modules, List<String> helped, List<String> toChange) {
	}

	private final FeedbackSurvey survey;

	private final FeedbackResults results;

	private final LearningPolicy policy;

	FeedbackApi(FeedbackSurvey survey, FeedbackResults results, LearningPolicy policy) {
		this.survey = survey;
		this.results = results;
		this.policy = policy;
	}

	@PostMapping("/courses/{courseId}/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	void submit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long courseId,
			@RequestBody FeedbackRequest request) {
		survey.submit(viewer, courseId, new FeedbackSurvey.Answers(request.ratings() == null ? Map.of() : request.ratings(),
				request.helped(), request.toChange()));
	}

	@GetMapping("/cohorts/{cohortId}/feedback")
	ResultsJson results(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long cohortId) {
		var found = results.ofCohort(cohortId).orElseThrow(() -> new NotFoundException("Cohort"));
		if (!policy.mayFacilitate(viewer, cohortId)) {
			throw new AccessDeniedException("Only the cohort's facilitators and community managers see its feedback");
		}
		return new ResultsJson(found.cohortId(), found.cohortName(), found.courseId(), found.completed(),
				found.responses(), found.modules().stream().map(FeedbackApi::json).toList(), found.helped(),
				found.toChange());
	}

	@ExceptionHandler(FeedbackSurvey.AlreadyGiven.class)
	ProblemDetail alreadyGiven(FeedbackSurvey.AlreadyGiven e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Feedback on this course was given already; it can be given once.");
	}

	private static ModuleJson json(FeedbackResults.ModuleResult module) {
		double average = Math.round(module.average() * 10) / 10.0;
		return new ModuleJson(module.moduleId(), module.title().en(), module.title().he(), module.count(),
				module.count() == 0 ? null : average,
				Arrays.stream(module.counts()).boxed().toList());
	}
}
