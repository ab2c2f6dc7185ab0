package org.agora.calendar;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The JSON twin of check-in and the feedback survey, with the same checks as the pages. */
@RestController
@RequestMapping("/api/v1/events/{id}")
class AttendanceApi {

	record CodeRequest(String code) {
	}

	record AttendanceJson(long eventId, long personId, Instant attendedAt) {
	}

	/** @param rating a whole number from 1 to 5 */
	record FeedbackRequest(Integer rating, String useful, String toChange) {
	}

	/**
	 * @param responseRate the share of attendees who answered, from 0 to 1
	 * @param average the mean rating, or null while there are too few answers to show
	 * @param counts how many gave each rating, from 1 to 5; empty while there are too few answers to show
	 */
	record ResultsJson(long eventId, int attendees, int answers, double responseRate, Double average,
			List<Long> counts, List<String> useful, List<String> toChange, boolean withheld) {
	}

	private final Attendance attendance;

	private final EventFeedback feedback;

	private final FeedbackSummary summary;

	AttendanceApi(Attendance attendance, EventFeedback feedback, FeedbackSummary summary) {
		this.attendance = attendance;
		this.feedback = feedback;
		this.summary = summary;
	}

	/** The viewer checks in with the event's code. */
	@PostMapping("/attendance")
	AttendanceJson checkInWithCode(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) CodeRequest request) {
		var at = attendance.checkInWithCode(viewer, id, request == null ? null : request.code());
		return new AttendanceJson(id, viewer.personId(), at);
	}

	/** An organizer checks a person in. */
	@PutMapping("/attendance/{personId}")
	AttendanceJson checkIn(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long personId) {
		return new AttendanceJson(id, personId, attendance.checkIn(viewer, id, personId));
	}

	/** An organizer takes back a check-in. */
	@DeleteMapping("/attendance/{personId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void undo(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @PathVariable long personId) {
		attendance.undo(viewer, id, personId);
	}

	/** An attendee answers the survey; 201 for a first answer, 200 when it replaces theirs. */
	@PostMapping("/feedback")
	ResponseEntity<Void> feedback(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestBody(required = false) FeedbackRequest request) {
		var answers = request == null ? EventFeedback.Answers.none()
				: new EventFeedback.Answers(request.rating() == null ? "" : request.rating().toString(),
						request.useful(), request.toChange());
		return ResponseEntity.status(feedback.submit(viewer, id, answers) ? HttpStatus.CREATED : HttpStatus.OK).build();
	}

	@GetMapping("/feedback")
	ResultsJson results(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		var results = summary.of(viewer, id);
		return new ResultsJson(id, results.attendees(), results.answers(),
				Math.round(results.responseRate() * 1000) / 1000.0,
				results.average() == null ? null : Math.round(results.average() * 10) / 10.0,
				results.withheld() ? List.of() : Arrays.stream(results.counts()).boxed().toList(), results.useful(),
				results.toChange(), results.withheld());
	}

	@ExceptionHandler(Attendance.TooManyAttempts.class)
	ProblemDetail tooManyAttempts(Attendance.TooManyAttempts e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
		problem.setProperty("errors", List.of(java.util.Map.of("field", "code", "message", e.getMessage())));
		return problem;
	}
}
