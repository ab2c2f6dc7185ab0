package org.agora.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.agora.people.People;
import org.agora.platform.OrganizationClock;
import org.agora.platform.Text;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.DateInputs;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to support plans: the coach, meetings, actions and help requests. Each step answers 404 and 403 as reading
 * the plan does, then the policy, then the input; a field error saves nothing. Events carry ids only, and no message
 * here repeats what was typed.
 */
@Service
@Transactional
class SupportEditor {

	static final int FOCUS_MAX = 2000;

	static final int NOTES_MAX = 8000;

	static final int TITLE_MAX = 300;

	static final int TEXT_MAX = 4000;

	/** The request was answered meanwhile. */
	static final String ANSWERED = "initiatives.support.error.answered";

	/** The field of a refusal that is about the request rather than what was typed. */
	static final String REQUEST = "request";

	private final SupportAccess access;

	private final SupportPlans plans;

	private final InitiativesPolicy policy;

	private final People people;

	private final OrganizationClock clock;

	private final ApplicationEventPublisher events;

	SupportEditor(SupportAccess access, SupportPlans plans, InitiativesPolicy policy, People people,
			OrganizationClock clock, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	/** Creates the leader's plan with its coach, or changes the coach or focus; returns the plan's id. */
	long assignCoach(AgoraPrincipal viewer, long leaderId, SupportForms.Coach form) {
		access.check(viewer, leaderId);
		if (!policy.mayAssignCoach(viewer)) {
			throw new AccessDeniedException("Community managers assign coaches");
		}
		Long coachId = id(form.coach());
		var coach = coachId == null || coachId == leaderId ? null : people.find(coachId).orElse(null);
		if (coach == null || !coach.active() || !InitiativesPolicy.mayCoach(coach.roles())) {
			throw new InvalidInputException("coach", "initiatives.support.error.coach",
					"Choose an active community manager, other than the leader, as the coach.");
		}
		String focus = text(form.focus());
		if (focus != null && focus.length() > FOCUS_MAX) {
			throw new InvalidInputException("focus", "initiatives.support.error.focus",
					"Keep the focus under " + FOCUS_MAX + " characters.");
		}
		Instant now = clock.now();
		plans.lock(leaderId);
		Long before = plans.ofLeader(leaderId).map(SupportPlan::coachId).orElse(null);
		long planId = plans.save(leaderId, coach.id(), focus, now);
		if (!Long.valueOf(coach.id()).equals(before)) {
			events.publishEvent(new CoachAssigned(planId, leaderId, coach.id(), viewer.personId(), now));
		}
		return planId;
	}

	long recordMeeting(AgoraPrincipal viewer, long leaderId, SupportForms.Meeting form) {
		var plan = plan(viewer, leaderId);
		if (!policy.mayRecordMeeting(viewer, leaderId, plan.coachId())) {
			throw new AccessDeniedException("The coach, or a community manager, records meetings");
		}
		LocalDate metOn = date("metOn", form.metOn());
		if (metOn == null || metOn.isAfter(clock.today())) {
			throw new InvalidInputException("metOn", "initiatives.support.error.metOn",
					"Enter the date of the meeting: today or earlier.");
		}
		String notes = required("notes", form.notes(), NOTES_MAX, "initiatives.support.error.notes");
		return plans.addMeeting(plan.id(), metOn, notes, viewer.personId(), clock.now());
	}

	long agreeAction(AgoraPrincipal viewer, long leaderId, SupportForms.Action form) {
		var plan = plan(viewer, leaderId);
		if (!policy.mayAgreeAction(viewer, leaderId, plan.coachId())) {
			throw new AccessDeniedException("The leader, the coach and community managers agree actions");
		}
		String title = required("title", form.title(), TITLE_MAX, "initiatives.support.error.title");
		Long owner = id(form.owner());
		if (owner == null || (owner != leaderId && owner != plan.coachId())) {
			throw new InvalidInputException("owner", "initiatives.support.error.owner",
					"The owner of an action is the leader or the coach.");
		}
		LocalDate due = date("dueOn", form.dueOn());
		if (due == null) {
			throw new InvalidInputException("dueOn", "initiatives.support.error.dueOn", "Enter the due date.");
		}
		return plans.addAction(plan.id(), title, owner, due, viewer.personId(), clock.now());
	}

	void markDone(AgoraPrincipal viewer, long leaderId, long actionId) {
		var plan = plan(viewer, leaderId);
		plans.action(plan.id(), actionId).orElseThrow(() -> new NotFoundException("Action"));
		if (!policy.mayAgreeAction(viewer, leaderId, plan.coachId())) {
			throw new AccessDeniedException("The leader, the coach and community managers mark actions done");
		}
		plans.markDone(actionId, clock.now());
	}

	long askForHelp(AgoraPrincipal viewer, long leaderId, SupportForms.Help form) {
		var plan = plan(viewer, leaderId);
		if (!policy.mayAskForHelp(viewer, leaderId, plan.coachId())) {
			throw new AccessDeniedException("The leader asks their coach for help");
		}
		var category = HelpCategory.parse(text(form.category()));
		if (category == null) {
			throw new InvalidInputException("category", "initiatives.support.error.category",
					"Choose what you need help with.");
		}
		String body = required("body", form.body(), TEXT_MAX, "initiatives.support.error.body");
		Instant now = clock.now();
		long id = plans.addHelpRequest(plan.id(), category, body, now);
		events.publishEvent(new HelpRequested(id, leaderId, plan.coachId(), now));
		return id;
	}

	void answerHelp(AgoraPrincipal viewer, long leaderId, long helpId, SupportForms.Answer form) {
		var plan = plan(viewer, leaderId);
		var request = plans.helpRequest(plan.id(), helpId).orElseThrow(() -> new NotFoundException("Help request"));
		if (!policy.mayAnswerHelp(viewer, leaderId, plan.coachId())) {
			throw new AccessDeniedException("The coach, or a community manager, answers help requests");
		}
		if (!request.open()) {
			throw answered();
		}
		String answer = required("answer", form.answer(), TEXT_MAX, "initiatives.support.error.answer");
		Instant now = clock.now();
		// only the answer that closes the request counts: a second one, even at the same moment, changes nothing
		if (!plans.resolve(helpId, answer, viewer.personId(), now)) {
			throw answered();
		}
		events.publishEvent(new HelpRequestResolved(helpId, leaderId, plan.coachId(), viewer.personId(), now));
	}

	/** The plan, once the reader may see it; a leader without a coach yet has no plan to add to. */
	private SupportPlan plan(AgoraPrincipal viewer, long leaderId) {
		return access.check(viewer, leaderId)
			.plan()
			.orElseThrow(() -> new InvalidInputException("plan", "initiatives.support.error.noPlan",
					"No coach is assigned yet: a community manager assigns one first."));
	}

	private static SupportConflict answered() {
		return new SupportConflict(REQUEST, ANSWERED, "This request was answered already.");
	}

	private static String required(String field, String typed, int max, String key) {
		String text = text(typed);
		if (text == null || text.length() > max) {
			throw new InvalidInputException(field, key, "Write the " + field + ", up to " + max + " characters.");
		}
		return text;
	}

	/** What was typed, without NUL characters (JSON bodies are not cleaned on the way in); null when blank. */
	private static String text(String typed) {
		String text = Text.withoutNul(typed);
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Long id(String typed) {
		String text = text(typed);
		try {
			return text == null ? null : Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The date typed, within the years both databases keep; null when blank. */
	private static LocalDate date(String field, String typed) {
		String text = text(typed);
		try {
			return DateInputs.plausible(field, text == null ? null : LocalDate.parse(text));
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "initiatives.support.error." + field,
					"Enter the date as YYYY-MM-DD.");
		}
	}
}
