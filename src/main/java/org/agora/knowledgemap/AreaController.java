package org.agora.knowledgemap;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The map's tree of areas, with each area's units, open needs and risk level, and adding, editing and deleting an
 * area.
 */
@Controller
class AreaController {

	private final Areas areas;

	private final Needs needs;

	private final NeedUnits units;

	private final KnowledgeMapPolicy policy;

	AreaController(Areas areas, Needs needs, NeedUnits units, KnowledgeMapPolicy policy) {
		this.areas = areas;
		this.needs = needs;
		this.units = units;
		this.policy = policy;
	}

	@GetMapping("/knowledge-map")
	String index(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (!policy.maySeeMap(viewer)) {
			throw new NotFoundException("Knowledge map");
		}
		var tree = areas.tree();
		model.addAttribute("tree", tree);
		model.addAttribute("unitNames", units.names(tree.stream().flatMap(n -> n.area().unitIds().stream()).toList()));
		model.addAttribute("openNeeds", needs.openByArea());
		model.addAttribute("areaRiskLevels", areas.riskLevels(viewer));
		model.addAttribute("mayMap", policy.mayMapAreas(viewer));
		return "knowledgemap/index";
	}

	@GetMapping("/knowledge-map/areas/new")
	String newArea(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		mayMap(viewer);
		return form(viewer, null, AreaForm.blank(), FormErrors.none(), model);
	}

	@PostMapping("/knowledge-map/areas")
	String create(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute AreaForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			areas.create(viewer, form);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(viewer, null, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "map.areas.flash.created");
		return "redirect:/knowledge-map";
	}

	@GetMapping("/knowledge-map/areas/{id:\\d+}/edit")
	String edit(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model) {
		var area = areas.visible(viewer, id);
		mayMap(viewer);
		return form(viewer, area, AreaForm.of(area), FormErrors.none(), model);
	}

	@PostMapping("/knowledge-map/areas/{id:\\d+}/edit")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, @ModelAttribute AreaForm form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			areas.edit(viewer, id, form);
		}
		catch (InvalidInputException e) {
			boolean conflict = e instanceof Areas.VersionConflict;
			response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			// after a conflict the form carries the stored version, so that saving again is a choice made on it
			var kept = e instanceof Areas.VersionConflict v ? form.withVersion(v.current()) : form;
			return form(viewer, areas.visible(viewer, id), kept, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "map.areas.flash.saved");
		return "redirect:/knowledge-map";
	}

	@PostMapping("/knowledge-map/areas/{id:\\d+}/delete")
	String delete(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			areas.delete(viewer, id);
		}
		catch (Areas.InUse e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			var area = areas.visible(viewer, id);
			model.addAttribute("deleteRefused", e.messageKey());
			return form(viewer, area, AreaForm.of(area), FormErrors.none(), model);
		}
		redirect.addFlashAttribute("saved", "map.areas.flash.deleted");
		return "redirect:/knowledge-map";
	}

	private void mayMap(AgoraPrincipal viewer) {
		if (!policy.mayMapAreas(viewer)) {
			throw new AccessDeniedException("Knowledge leaders and managers map areas");
		}
	}

	private String form(AgoraPrincipal viewer, Area area, AreaForm form, FormErrors errors, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("tree", areas.tree());
		model.addAttribute("units", units.all());
		model.addAttribute("mayDelete", area != null && policy.mayDeleteAreas(viewer));
		return "knowledgemap/areaForm";
	}
}
