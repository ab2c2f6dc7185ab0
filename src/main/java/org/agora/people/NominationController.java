package org.agora.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Nominating colleagues as knowledge leaders, and the community manager's review. */
@Controller
class NominationController {

	private final LeaderProgramme leaders;

	private final ProgrammeSettings programme;

	private final NominationViews views;

	private final Nominations nominations;

	private final Profiles profiles;

	private final PeoplePolicy policy;

	private final Clock clock;

	NominationController(LeaderProgramme leaders, ProgrammeSettings programme, NominationViews views, Nominations nominations, Profiles profiles,
			PeoplePolicy policy, Clock clock) {
		this.leaders = leaders;
		this.programme = programme;
		this.views = views;
		this.nominations = nominations;
		this.profiles = profiles;
		this.policy = policy;
		this.clock = clock;
	}

	@GetMapping("/nominations")
	String list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) NominationStatus status,
			Model model) {
		requireMember(viewer);
		model.addAttribute("nominations", views.visibleTo(viewer, status));
		model.addAttribute("status", status);
		model.addAttribute("reviewer", policy.mayReviewNominations(viewer));
		return "people/nominations";
	}

	@GetMapping("/nominations/new")
	String form(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam long nominee, Model model) {
		requireMember(viewer);
		if (!policy.mayBeNominated(viewer, profiles.load(nominee))) {
			throw new NotFoundException("Nominee");
		}
		return nominateForm(nominee, "", FormErrors.none(), model);
	}

	@PostMapping("/nominations")
	String nominate(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam long nomineeId,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		try {
			var nomination = leaders.nominate(viewer, new LeaderProgramme.NominateCommand(nomineeId, reason));
			redirect.addFlashAttribute("saved", "nomination.sent");
			return "redirect:/nominations/" + nomination.id;
		}
		catch (InvalidInputException e) {
			return nominateForm(nomineeId, reason, FormErrors.of(e), model);
		}
	}

	@GetMapping("/nominations/{id}")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException("Nomination"));
		if (!policy.maySeeNomination(viewer, nomination)) {
			throw new NotFoundException("Nomination");
		}
		return showPage(viewer, nomination, defaultDecision(), FormErrors.none(), model);
	}

	@PostMapping("/nominations/{id}/decision")
	String decide(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "accept") String outcome, @RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		var nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException("Nomination"));
		var command = decision(outcome, params);
		try {
			leaders.decide(viewer, id, command);
		}
		catch (InvalidInputException e) {
			return showPage(viewer, nomination, command, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", command.accept() ? "nomination.accepted" : "nomination.declined");
		return "redirect:/nominations/" + id;
	}

	private LeaderProgramme.DecisionCommand decision(String outcome, Map<String, String> params) {
		var criteria = new LinkedHashMap<String, Boolean>();
		views.criteria().forEach(c -> criteria.put(c.code(), params.containsKey("criterion." + c.code())));
		return new LeaderProgramme.DecisionCommand("accept".equals(outcome), criteria, params.get("note"),
				parseDate(params.get("startDate")), parseInt(params.get("termMonths")), params.get("cohortLabel"),
				parseInt(params.get("hoursPerMonth")));
	}

	private LeaderProgramme.DecisionCommand defaultDecision() {
		var defaults = programme.defaults();
		return new LeaderProgramme.DecisionCommand(true, Map.of(), "", LocalDate.now(clock), defaults.termMonths(), "",
				defaults.hoursPerMonth());
	}

	private String showPage(AgoraPrincipal viewer, Nomination nomination, LeaderProgramme.DecisionCommand decision,
			FormErrors errors, Model model) {
		model.addAttribute("nomination", views.find(nomination.id));
		model.addAttribute("assessments", nomination.assessments);
		model.addAttribute("criteria", views.criteria());
		model.addAttribute("reviewer", policy.mayDecide(viewer, nomination));
		model.addAttribute("decision", decision);
		model.addAttribute("errors", errors);
		return "people/nomination";
	}

	private String nominateForm(long nomineeId, String reason, FormErrors errors, Model model) {
		model.addAttribute("nominee", profiles.load(nomineeId));
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return "people/nominate";
	}

	private void requireMember(AgoraPrincipal viewer) {
		if (!policy.mayNominate(viewer)) {
			throw new AccessDeniedException("Guests take no part in nominations");
		}
	}

	private static LocalDate parseDate(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	private static Integer parseInt(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
