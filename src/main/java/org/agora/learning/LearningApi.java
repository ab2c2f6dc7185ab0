package org.agora.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learner's courses, progress and actions as JSON, with the same permission checks as the pages. */
@RestController
@RequestMapping("/api/v1")
class LearningApi {

	record CourseJson(long id, String slug, Bilingual title, Bilingual summary, int modules, boolean enrolled) {
	}

	record LessonRef(long id, Bilingual title) {

		static LessonRef of(Catalog.Lesson lesson) {
			return lesson == null ? null : new LessonRef(lesson.id(), lesson.title());
		}
	}

	record EnrolmentJson(long id, long cohortId, String cohortName, CohortStatus cohortStatus, long courseId,
			Bilingual courseTitle, int percent, boolean complete, LessonRef continueAt, LessonRef nextLesson) {

		static EnrolmentJson of(LearnerViews.Enrolled e) {
			var enrolment = e.enrolment();
			return new EnrolmentJson(enrolment.id(), enrolment.cohortId(), e.cohortName(), enrolment.cohortStatus(),
					e.course().id(), e.course().title(), e.percent(), e.complete(), LessonRef.of(e.continueAt()),
					LessonRef.of(Progress.next(e.course(), e.done())));
		}
	}

	record LessonJson(long id, Bilingual title, LessonKind kind, boolean required, Integer minutes, Long quizId,
			Long exerciseId, boolean done) {
	}

	record ModuleJson(long id, Bilingual title, Bilingual objectives, int done, int required, List<LessonJson> lessons) {
	}

	record CourseDetailJson(long id, String slug, Bilingual title, Bilingual summary, EnrolmentJson enrolment,
			List<ModuleJson> modules) {
	}

	/** @param answers the chosen option ids by question id */
	record AttemptRequest(Map<String, List<Long>> answers) {
	}

	record QuestionResultJson(long questionId, boolean right) {
	}

	record AttemptJson(int attempt, int score, boolean passed, int passPercent, int attemptsLeft,
			List<QuestionResultJson> questions) {
	}

	private final LearnerViews views;

	private final Catalog catalog;

	private final Enrolments enrolments;

	private final LearningPolicy policy;

	private final Lessons lessons;

	private final Quizzes quizzes;

	LearningApi(LearnerViews views, Catalog catalog, Enrolments enrolments, LearningPolicy policy, Lessons lessons,
			Quizzes quizzes) {
		this.views = views;
		this.catalog = catalog;
		this.enrolments = enrolments;
		this.policy = policy;
		this.lessons = lessons;
		this.quizzes = quizzes;
	}

	/** The courses the viewer may read: none for people outside the programme. */
	@GetMapping("/courses")
	List<CourseJson> courses(@AuthenticationPrincipal AgoraPrincipal viewer) {
		if (!policy.mayRead(viewer)) {
			return List.of();
		}
		var enrolled = enrolments.ofPerson(viewer.personId()).stream().map(Enrolments.Enrolment::courseId).toList();
		return catalog.courses().stream()
			.map(c -> new CourseJson(c.id(), c.slug(), c.title(), c.summary(), c.modules(), enrolled.contains(c.id())))
			.toList();
	}

	@GetMapping("/courses/{id}")
	CourseDetailJson course(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var view = views.course(viewer, id);
		var course = view.course();
		var modules = view.modules().stream().map(m -> new ModuleJson(m.module().id(), m.module().title(),
				m.module().objectives(), m.done(), m.required(), m.module().lessons().stream()
					.map(l -> new LessonJson(l.id(), l.title(), l.kind(), l.required(), l.minutes(), l.quizId(),
							l.exerciseId(), view.done(l.id())))
					.toList()))
			.toList();
		return new CourseDetailJson(course.id(), course.slug(), course.title(), course.summary(),
				view.enrolled() == null ? null : EnrolmentJson.of(view.enrolled()), modules);
	}

	@GetMapping("/me/learning")
	List<EnrolmentJson> myLearning(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return views.enrolled(viewer).stream().map(EnrolmentJson::of).toList();
	}

	@PostMapping("/lessons/{id}/completion")
	ResponseEntity<Void> complete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		lessons.complete(viewer, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/quizzes/{id}/attempts")
	ResponseEntity<AttemptJson> attempt(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody AttemptRequest request) {
		var result = quizzes.attempt(viewer, id, answers(request));
		var questions = result.grade().right().entrySet().stream()
			.map(e -> new QuestionResultJson(e.getKey(), e.getValue()))
			.toList();
		return ResponseEntity.status(HttpStatus.CREATED).body(new AttemptJson(result.attempt(), result.grade().score(),
				result.grade().passed(), result.quiz().passPercent(), result.attemptsLeft(), questions));
	}

	private static Map<Long, List<Long>> answers(AttemptRequest request) {
		if (request == null || request.answers() == null) {
			throw new InvalidInputException("answers", "learner.quiz.error.noAnswers",
					"Give the answers as {\"answers\": {\"<questionId>\": [<optionId>, ...]}}.");
		}
		var answers = new LinkedHashMap<Long, List<Long>>();
		request.answers().forEach((question, options) -> {
			try {
				answers.put(Long.valueOf(question.strip()), options == null ? List.of() : options);
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("answers." + question, "learner.quiz.error.question",
						"\"" + question + "\" is not a question id.");
			}
		});
		return answers;
	}
}
