package org.agora.knowledgemap;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.people.People;
import org.agora.platform.OrganizationClock;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the two retention pages: a holder's page for managers (risk, plan, forms; read only once the holder is
 * closed), and a person's own page (their entries as holder, with their own date and score, the actions they own, and
 * those they did whose result waits for a manager's confirmation). Forms already in the model, typed with an error,
 * are kept; the others start blank.
 */
@Component
class RetentionPlanPages {

	/** A holder's page: the register's line, the plan, and the names of the people it mentions. */
	record HolderPage(RiskRegister.Line line, List<RetentionAction> actions, Map<Long, String> names,
			java.time.LocalDate today) {

		String name(Long id) {
			return id == null ? "" : names.getOrDefault(id, "");
		}
	}

	/** A person's own page: their entries as holder and the open actions they own, with the holders' areas. */
	record OwnPage(List<RiskRegister.Line> entries, List<RetentionAction> actions, List<RetentionAction> awaiting,
			Map<Long, String> areaOfHolder, java.time.LocalDate today) {
	}

	private final Holders holders;

	private final RiskRegister register;

	private final HolderChoices choices;

	private final KnowledgeMapPolicy policy;

	private final People people;

	private final OrganizationClock clock;

	RetentionPlanPages(Holders holders, RiskRegister register, HolderChoices choices, KnowledgeMapPolicy policy,
			People people, OrganizationClock clock) {
		this.holders = holders;
		this.register = register;
		this.choices = choices;
		this.policy = policy;
		this.people = people;
		this.clock = clock;
	}

	String holder(AgoraPrincipal viewer, long holderId, Model model, FormErrors errors) {
		var holder = holders.find(holderId).orElseThrow(() -> new NotFoundException("Holder"));
		if (!policy.maySeeRegister(viewer)) {
			throw new AccessDeniedException("A holder's risk and plan are the managers'");
		}
		var today = clock.today();
		var line = register.line(holder, today);
		var actions = holders.actions(holderId);
		Set<Long> ids = new HashSet<>();
		ids.add(holder.personId());
		if (holder.successorId() != null) {
			ids.add(holder.successorId());
		}
		actions.forEach(a -> {
			ids.add(a.ownerId());
			if (a.successorId() != null) {
				ids.add(a.successorId());
			}
		});
		Map<Long, String> names = new java.util.HashMap<>();
		people.findAll(ids).forEach((id, p) -> names.put(id, p.fullName()));
		var forms = model.asMap();
		forms.putIfAbsent("holderForm", HolderForm.of(holder));
		forms.putIfAbsent("actionForm", ActionForm.BLANK);
		forms.putIfAbsent("doneForm", ActionDoneForm.BLANK);
		forms.putIfAbsent("doing", null);
		model.addAttribute("page", new HolderPage(line, actions, names, today));
		model.addAttribute("errors", errors);
		model.addAttribute("areas", choices.areas());
		model.addAttribute("people", choices.people());
		return "knowledgemap/riskHolder";
	}

	/** The viewer's own page: only their own entries, which carry their date and score, and their actions. */
	String own(AgoraPrincipal viewer, Model model, FormErrors errors) {
		if (!KnowledgeMapPolicy.inOrganization(viewer)) {
			throw new AccessDeniedException("The knowledge map is the organization's");
		}
		var today = clock.today();
		var entries = register.lines(today)
			.stream()
			.filter(l -> l.holder().personId() == viewer.personId()
					&& policy.maySeeDeparture(viewer, l.holder().personId()))
			.toList();
		var actions = holders.openActionsOf(viewer.personId());
		Map<Long, String> areas = new java.util.HashMap<>();
		for (var a : actions) {
			holders.find(a.holderId()).ifPresent(h -> areas.put(a.holderId(), h.areaName()));
		}
		var awaiting = holders.awaitingConfirmation().stream().filter(a -> a.ownerId() == viewer.personId()).toList();
		for (var a : awaiting) {
			holders.find(a.holderId()).ifPresent(h -> areas.put(a.holderId(), h.areaName()));
		}
		model.asMap().putIfAbsent("doneForm", ActionDoneForm.BLANK);
		model.asMap().putIfAbsent("doing", null);
		model.addAttribute("own", new OwnPage(entries, actions, awaiting, areas, today));
		model.addAttribute("errors", errors);
		model.addAttribute("people", choices.people());
		return "knowledgemap/retentionMe";
	}
}
