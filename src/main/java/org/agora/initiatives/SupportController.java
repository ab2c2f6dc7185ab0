package org.agora.initiatives;

import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.people.People;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal support pages: a leader's own plan, the managers' list of every leader, and one plan with the forms its
 * reader may use. A form with bad input comes back with status 400, the typing kept and nothing saved.
 */
@Controller
@RequestMapping("/initiatives/support")
class SupportController {

	private final SupportAccess access;

	private final SupportEditor editor;

	private final SupportRoster roster;

	private final InitiativesPolicy policy;

	private final People people;

	SupportController(SupportAccess access, SupportEditor editor, SupportRoster roster, InitiativesPolicy policy,
			People people) {
		this.access = access;
		this.editor = editor;
		this.roster = roster;
		this.policy = policy;
		this.people = people;
	}

	/**
	 * The list for those who oversee support (community managers, and admins where the deployment allows it); a
	 * leader's own plan for a leader; 403 for anyone else.
	 */
	@GetMapping
	String home(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (policy.mayListPlans(viewer)) {
			model.addAttribute("lines", roster.lines());
			return "initiatives/supportList";
		}
		if (viewer.has(Role.KNOWLEDGE_LEADER)) {
			return "redirect:/initiatives/support/" + viewer.personId();
		}
		throw new AccessDeniedException("Support plans are for knowledge leaders and community managers");
	}

	@GetMapping("/{leaderId}")
	String plan(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId, Model model) {
		return page(viewer, leaderId, model, FormErrors.none());
	}

	@PostMapping("/{leaderId}/coach")
	String coach(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@ModelAttribute SupportForms.Coach form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(viewer, leaderId, model, response, redirect, "coachForm", form, "initiatives.support.flash.coach",
				v -> editor.assignCoach(v, leaderId, form));
	}

	@PostMapping("/{leaderId}/meetings")
	String meeting(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@ModelAttribute SupportForms.Meeting form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(viewer, leaderId, model, response, redirect, "meetingForm", form,
				"initiatives.support.flash.meeting", v -> editor.recordMeeting(v, leaderId, form));
	}

	@PostMapping("/{leaderId}/actions")
	String action(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@ModelAttribute SupportForms.Action form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(viewer, leaderId, model, response, redirect, "actionForm", form, "initiatives.support.flash.action",
				v -> editor.agreeAction(v, leaderId, form));
	}

	@PostMapping("/{leaderId}/actions/{actionId}/done")
	String done(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@PathVariable long actionId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return act(viewer, leaderId, model, response, redirect, null, null, "initiatives.support.flash.done",
				v -> editor.markDone(v, leaderId, actionId));
	}

	@PostMapping("/{leaderId}/help-requests")
	String help(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@ModelAttribute SupportForms.Help form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return act(viewer, leaderId, model, response, redirect, "helpForm", form, "initiatives.support.flash.help",
				v -> editor.askForHelp(v, leaderId, form));
	}

	@PostMapping("/{leaderId}/help-requests/{helpId}/answer")
	String answer(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long leaderId,
			@PathVariable long helpId, @ModelAttribute SupportForms.Answer form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("answering", helpId);
		return act(viewer, leaderId, model, response, redirect, "answerForm", form, "initiatives.support.flash.answer",
				v -> editor.answerHelp(v, leaderId, helpId, form));
	}

	/**
	 * Runs the change, then back to the plan; on bad input (400) or a change the plan's state refuses (409), the plan
	 * again with the form as typed. Showing the plan again is a read of it, logged once like any other.
	 */
	private String act(AgoraPrincipal viewer, long leaderId, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String formName, Object form, String saved, Consumer<AgoraPrincipal> change) {
		try {
			change.accept(viewer);
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof SupportConflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			if (formName != null) {
				model.addAttribute(formName, form);
			}
			return page(viewer, leaderId, model, FormErrors.of(e));
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/initiatives/support/" + leaderId;
	}

	/** The plan page; forms already in the model (typed with an error) are kept, the others start blank. */
	private String page(AgoraPrincipal viewer, long leaderId, Model model, FormErrors errors) {
		var view = access.open(viewer, leaderId, SupportPlan.Read.PAGE);
		var plan = view.plan();
		var forms = model.asMap();
		forms.putIfAbsent("coachForm", plan == null ? SupportForms.Coach.BLANK
				: new SupportForms.Coach(String.valueOf(plan.coachId()), plan.focus() == null ? "" : plan.focus()));
		forms.putIfAbsent("meetingForm", new SupportForms.Meeting(view.today().toString(), ""));
		forms.putIfAbsent("actionForm", SupportForms.Action.BLANK);
		forms.putIfAbsent("helpForm", SupportForms.Help.BLANK);
		forms.putIfAbsent("answerForm", SupportForms.Answer.BLANK);
		forms.putIfAbsent("answering", null);
		model.addAttribute("view", view);
		model.addAttribute("errors", errors);
		model.addAttribute("coaches", view.may().assignCoach() ? people.withRole(Role.COMMUNITY_MANAGER) : List.of());
		return "initiatives/supportPlan";
	}
}
