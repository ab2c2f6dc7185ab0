package org.agora.knowledgemap;

import java.time.Instant;
import java.time.LocalDate;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions of retention plans: planned by managers for open holders; started, done or cancelled by their owner or
 * a manager. Done, an action lowers the recorded risk only by what it achieved, once a manager confirms it: CAPTURED
 * marks the knowledge captured, SUCCESSOR makes the successor it names the one who holds it, NONE changes nothing
 * (see {@link RetentionRisk#mitigated}). A manager who marks an action done confirms its result at once; an owner's
 * result waits for a manager, so that no one lowers a risk on their own word.
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

	private final OrganizationClock clock;

	private final RiskAnnouncements announcements;

	private final ApplicationEventPublisher events;

	RetentionActions(Holders holders, KnowledgeMapPolicy policy, People people, MapSettings settings, OrganizationClock clock,
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
		var holder = holders.find(holderId).orElseThrow(() -> new NotFoundException("Holder"));
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins plan retention actions");
		}
		if (holder.closed()) {
			throw new RetentionConflict("version", HolderRules.PREFIX + "closed",
					"This holder is closed: their record is kept as it was.");
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
		move(action, ActionStatus.IN_PROGRESS);
	}

	void cancel(AgoraPrincipal viewer, long actionId) {
		var action = ownAction(viewer, actionId);
		move(action, ActionStatus.CANCELLED);
	}

	/**
	 * Marks the action done with its result, confirmed at once when a manager does it; publishes
	 * {@link RetentionActionCompleted}.
	 */
	void complete(AgoraPrincipal viewer, long actionId, ActionDoneForm form) {
		var action = ownAction(viewer, actionId);
		var holder = holders.lock(action.holderId()).orElseThrow(() -> new NotFoundException("Holder"));
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
		boolean confirmed = result != ActionResult.NONE && policy.mayManageRetention(viewer);
		if (!action.status().mayBecome(ActionStatus.DONE) || !holders.complete(action.id(), action.status(), result,
				successorId, path, label, confirmed ? viewer.personId() : null, now)) {
			throw moved();
		}
		if (confirmed) {
			mitigate(holder, result, successorId, now);
		}
		events.publishEvent(new RetentionActionCompleted(action.id(), holder.id(), holder.areaId(), action.ownerId(),
				viewer.personId(), now));
	}

	/** A manager confirms what an owner's done action achieved, which lowers the holder's risk from now on. */
	void confirm(AgoraPrincipal viewer, long actionId) {
		if (!policy.mayManageRetention(viewer)) {
			throw new AccessDeniedException("Community managers and admins confirm what a retention action achieved");
		}
		var action = holders.action(actionId).orElseThrow(() -> new NotFoundException("Action"));
		var holder = holders.lock(action.holderId()).orElseThrow(() -> new NotFoundException("Holder"));
		Instant now = clock.now();
		if (!action.awaitingConfirmation() || !holders.confirm(actionId, viewer.personId(), now)) {
			throw new RetentionConflict("status", HolderRules.PREFIX + "confirmed",
					"There is nothing to confirm on this action any more: reload the page.");
		}
		if (!holder.closed()) {
			mitigate(holder, action.result(), action.successorId(), now);
		}
	}

	private void mitigate(Holder holder, ActionResult result, Long successorId, Instant now) {
		if (result == ActionResult.CAPTURED) {
			holders.captured(holder.id(), now);
		}
		else if (result == ActionResult.SUCCESSOR && successorId != null) {
			holders.successorHolds(holder.id(), successorId, now);
		}
		announcements.check(holders.find(holder.id()).orElseThrow(), settings.scales(), clock.today(), now);
	}

	/** The action, once it exists (404) and the viewer is its owner or a manager (403). */
	private RetentionAction ownAction(AgoraPrincipal viewer, long actionId) {
		var action = holders.action(actionId).orElseThrow(() -> new NotFoundException("Action"));
		if (!policy.mayDoAction(viewer, action.ownerId())) {
			throw new AccessDeniedException("The owner of an action, or a manager, does it");
		}
		return action;
	}

	private void move(RetentionAction action, ActionStatus to) {
		if (!action.status().mayBecome(to) || !holders.move(action.id(), action.status(), to, clock.now())) {
			throw moved();
		}
	}

	private static RetentionConflict moved() {
		return new RetentionConflict("status", HolderRules.PREFIX + "status",
				"This action has moved on meanwhile: reload the page.");
	}

	private PersonSummary activePerson(String field, String typed) {
		Long id = HolderRules.id(field, typed);
		return id == null ? null : people.find(id).filter(PersonSummary::active).orElse(null);
	}
}
