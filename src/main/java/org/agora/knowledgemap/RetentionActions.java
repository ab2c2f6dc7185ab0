package org.agora.knowledgemap;

import java.time.Instant;
import java.time.LocalDate;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions of retention plans: planned by managers; started, done or cancelled by their owner or a manager. Done,
 * an action lowers the recorded risk only by what it achieved: CAPTURED marks the knowledge captured, SUCCESSOR names
 * the successor who now holds it, NONE changes nothing (see {@link RetentionRisk#mitigated}).
 */
@Service
@Transactional
class RetentionActions {

	static final int TITLE_MAX = 300;

	static final int LABEL_MAX = 200;

	private final Holders holders;

	private final KnowledgeMapPolicy policy;

	private final People people;

	private final MapSettings settings;

	private final MapClock clock;

	private final RiskAnnouncements announcements;

	private final ApplicationEventPublisher events;

	RetentionActions(Holders holders, KnowledgeMapPolicy policy, People people, MapSettings settings, MapClock clock,
			RiskAnnouncements announcements, ApplicationEventPublisher events) {
		this.holders = holders;
		this.policy = policy;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
		this.announcements = announcements;
		this.events = events;
	}

	long plan(AgoraPrincipal viewer, long holderId, ActionForm form) {
		holders.find(holderId).orElseThrow(() -> new NotFoundException("Holder"));
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins plan retention actions");
		}
		var kind = HolderRules.chosen("kind", ActionKind.parse(form.kind()));
		String title = HolderRules.required("title", form.title(), TITLE_MAX);
		var owner = activePerson("ownerId", form.ownerId());
		if (owner == null) {
			throw new InvalidInputException("ownerId", HolderRules.PREFIX + "ownerId",
					"Choose an active person of the organization as the owner.");
		}
		LocalDate due = HolderRules.date("dueOn", form.dueOn());
		if (due == null || due.isBefore(clock.today())) {
			throw new InvalidInputException("dueOn", HolderRules.PREFIX + "dueOn", "Enter a due date, today or later.");
		}
		return holders.addAction(holderId, kind, title, owner.id(), due, viewer.personId(), clock.now());
	}

	void start(AgoraPrincipal viewer, long actionId) {
		var action = ownAction(viewer, actionId);
		move(action, ActionStatus.IN_PROGRESS, null, null, null);
	}

	void cancel(AgoraPrincipal viewer, long actionId) {
		var action = ownAction(viewer, actionId);
		move(action, ActionStatus.CANCELLED, null, null, null);
	}

	/** Marks the action done with its result; publishes {@link RetentionActionCompleted}. */
	void complete(AgoraPrincipal viewer, long actionId, ActionDoneForm form) {
		var action = ownAction(viewer, actionId);
		var holder = holders.find(action.holderId()).orElseThrow(() -> new NotFoundException("Holder"));
		var result = HolderRules.chosen("result", ActionResult.parse(form.result()));
		Long successorId = null;
		if (result == ActionResult.SUCCESSOR) {
			var successor = activePerson("successorId", form.successorId());
			if (successor == null || successor.id() == holder.personId()) {
				throw new InvalidInputException("successorId", HolderRules.PREFIX + "successorId",
						"Choose an active person, other than the holder, as the successor.");
			}
			successorId = successor.id();
		}
		String path = null;
		String label = null;
		if (HolderRules.text(form.linkKind()) != null || HolderRules.text(form.linkPath()) != null) {
			var kind = HolderRules.chosen("linkKind", ActionLinkKind.parse(form.linkKind()));
			path = HolderRules.linkPath(kind, form.linkPath());
			label = HolderRules.text(form.linkLabel());
			if (label != null && label.length() > LABEL_MAX) {
				throw new InvalidInputException("linkLabel", HolderRules.PREFIX + "linkLabel",
						"Keep the link's label to " + LABEL_MAX + " characters.");
			}
			label = label == null ? path : label;
		}
		Instant now = clock.now();
		move(action, ActionStatus.DONE, result, path, label);
		if (result != ActionResult.NONE) {
			holders.mitigate(holder.id(), result == ActionResult.CAPTURED, successorId, now);
			announcements.check(holders.find(holder.id()).orElseThrow(), settings.scales(), clock.today(), now);
		}
		events.publishEvent(new RetentionActionCompleted(action.id(), holder.id(), holder.areaId(), action.ownerId(),
				viewer.personId(), now));
	}

	/** The action, once it exists (404) and the viewer is its owner or a manager (403). */
	private RetentionAction ownAction(AgoraPrincipal viewer, long actionId) {
		var action = holders.action(actionId).orElseThrow(() -> new NotFoundException("Action"));
		if (!policy.mayDoAction(viewer, action.ownerId())) {
			throw new AccessDeniedException("The owner of an action, or a manager, does it");
		}
		return action;
	}

	private void move(RetentionAction action, ActionStatus to, ActionResult result, String path, String label) {
		if (!action.status().mayBecome(to)
				|| !holders.move(action.id(), action.status(), to, result, path, label, clock.now())) {
			throw new RetentionConflict("status", HolderRules.PREFIX + "status",
					"This action has moved on meanwhile: reload the page.");
		}
	}

	private PersonSummary activePerson(String field, String typed) {
		Long id = HolderRules.id(field, typed);
		return id == null ? null : people.find(id).filter(PersonSummary::active).orElse(null);
	}
}
