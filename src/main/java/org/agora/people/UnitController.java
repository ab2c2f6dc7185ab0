package org.agora.people;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The org-unit tree: everyone in the organization reads it, admins change it. */
@Controller
class UnitController {

	private final OrgChart chart;

	private final OrgStructure structure;

	private final PeoplePolicy policy;

	UnitController(OrgChart chart, OrgStructure structure, PeoplePolicy policy) {
		this.chart = chart;
		this.structure = structure;
		this.policy = policy;
	}

	@GetMapping("/units")
	String units(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (!policy.mayBrowseDirectory(viewer)) {
			throw new AccessDeniedException("Guests do not see the org chart");
		}
		return page(viewer, new OrgStructure.UnitForm("", "", UnitKind.TEAM, null), FormErrors.none(), model);
	}

	@PostMapping("/units")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute OrgStructure.UnitForm form,
			Model model, RedirectAttributes redirect) {
		try {
			structure.create(viewer, form);
		}
		catch (InvalidInputException e) {
			return page(viewer, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "unit.created");
		return "redirect:/units";
	}

	@PostMapping("/units/{id}")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute OrgStructure.UnitForm form, Model model, RedirectAttributes redirect) {
		try {
			structure.update(viewer, id, form);
		}
		catch (InvalidInputException e) {
			model.addAttribute("editing", id);
			return page(viewer, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "unit.updated");
		return "redirect:/units";
	}

	private String page(AgoraPrincipal viewer, OrgStructure.UnitForm form, FormErrors errors, Model model) {
		model.addAttribute("units", chart.tree());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("mayManage", policy.mayManageOrganization(viewer));
		return "people/units";
	}
}
