package org.agora.knowledgemap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.people.People;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scales page: the nine values in force with what each means, a form for community managers to change them, and
 * the trail of changes below.
 */
@Controller
class ScalesController {

	/** A change of the trail, with the name of who made it. */
	record TrailRow(MapSettings.Change change, String by) {
	}

	private final MapSettings settings;

	private final KnowledgeMapPolicy policy;

	private final People people;

	ScalesController(MapSettings settings, KnowledgeMapPolicy policy, People people) {
		this.settings = settings;
		this.policy = policy;
		this.people = people;
	}

	@GetMapping("/knowledge-map/scales")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		settings.values().forEach((key, value) -> values.put(key.field, String.valueOf(value)));
		return page(viewer, values, FormErrors.none(), model);
	}

	@PostMapping("/knowledge-map/scales")
	String change(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam Map<String, String> typed, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			settings.change(viewer, parse(typed));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, typed, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "map.scales.flash.saved");
		return "redirect:/knowledge-map/scales";
	}

	/** The typed values by key; a value that is not a whole number names its field. */
	static Map<MapSettings.Key, Integer> parse(Map<String, ?> typed) {
		Map<MapSettings.Key, Integer> values = new HashMap<>();
		for (var key : MapSettings.Key.values()) {
			Object value = typed == null ? null : typed.get(key.field);
			if (value == null || value.toString().isBlank()) {
				continue;
			}
			try {
				values.put(key, Integer.valueOf(value.toString().strip()));
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException(key.field, "map.scales.error.range." + key.field,
						"Choose a value from " + key.min + " to " + key.max + ".");
			}
		}
		return values;
	}

	List<TrailRow> trail() {
		var changes = settings.trail(50);
		var names = people.findAll(changes.stream().map(MapSettings.Change::changedBy).distinct().toList());
		var rows = new ArrayList<TrailRow>();
		for (var change : changes) {
			var by = names.get(change.changedBy());
			rows.add(new TrailRow(change, by == null ? null : by.fullName()));
		}
		return rows;
	}

	private String page(AgoraPrincipal viewer, Map<String, String> values, FormErrors errors, Model model) {
		if (!policy.maySeeScales(viewer)) {
			throw new AccessDeniedException("Managers see the map's scales");
		}
		model.addAttribute("keys", List.of(MapSettings.Key.values()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("mayChange", policy.mayChangeScales(viewer));
		model.addAttribute("trail", trail());
		return "knowledgemap/scales";
	}

}
