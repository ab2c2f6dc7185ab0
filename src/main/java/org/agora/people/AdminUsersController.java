package org.agora.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin area for accounts and roles. */
@Controller
class AdminUsersController {

	private final AdminUsers admin;

	private final Directory directory;

	private final OrgChart chart;

	AdminUsersController(AdminUsers admin, Directory directory, OrgChart chart) {
		this.admin = admin;
		this.directory = directory;
		this.chart = chart;
	}

	@GetMapping("/admin/users")
	String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		return page(q, page, new AdminUsers.NewPerson("", "", null, Set.of(Role.EMPLOYEE)), FormErrors.none(), model);
	}

	@PostMapping("/admin/users")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String fullName, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) List<Role> roles, Model model, RedirectAttributes redirect) {
		var form = new AdminUsers.NewPerson(email, fullName, unitId, roles == null ? Set.of() : EnumSet.copyOf(roles));
		try {
			var person = admin.create(viewer, form);
			redirect.addFlashAttribute("saved", "user.created");
			return "redirect:/people/" + person.id;
		}
		catch (InvalidInputException e) {
			return page("", 0, form, FormErrors.of(e), model);
		}
	}

	@PostMapping("/admin/users/{id}/roles")
	String roles(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) List<Role> roles, RedirectAttributes redirect) {
		return attempt(() -> admin.setRoles(viewer, id, roles == null ? Set.of() : EnumSet.copyOf(roles)), id,
				"user.rolesSaved", redirect);
	}

	@PostMapping("/admin/users/{id}/active")
	String active(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam boolean active, RedirectAttributes redirect) {
		return attempt(() -> admin.setActive(viewer, id, active), id, active ? "user.enabled" : "user.disabled",
				redirect);
	}

	@PostMapping("/admin/users/{id}/unit")
	String unit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
		return attempt(() -> admin.moveToUnit(viewer, id, unitId), id, "user.unitSaved", redirect);
	}

	private String attempt(Runnable change, long personId, String savedKey, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("saved", savedKey);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failed", e.messageKey());
		}
		return "redirect:/people/" + personId;
	}

	private String page(String q, int page, AdminUsers.NewPerson form, FormErrors errors, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", directory.search(new Directory.Query(q, null, null, null, page, true)));
		model.addAttribute("units", chart.tree());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "people/adminUsers";
	}
}
