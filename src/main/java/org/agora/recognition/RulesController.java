package org.agora.recognition;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

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
 * The point rules page: what each rule awards and its daily cap, with what each means, a form for community managers
 * to change them all at once, and the trail of changes. Managers who read the report read the rules it counts by.
 */
@Controller
class RulesController {

	private final Rules rules;

	private final RecognitionPolicy policy;

	private final RulesTrail trail;

	RulesController(Rules rules, RecognitionPolicy policy, RulesTrail trail) {
		this.rules = rules;
		this.policy = policy;
		this.trail = trail;
	}

	@GetMapping("/recognition/rules")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		return page(viewer, typed(rules.all()), FormErrors.none(), model);
	}

	@PostMapping("/recognition/rules")
	String change(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam Map<String, String> typed,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!policy.mayChangeRules(viewer)) {
			throw new AccessDeniedException("Community managers change the recognition rules");
		}
		try {
			rules.change(viewer, parse(typed::get));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(viewer, typed, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "recognition.rules.flash.saved");
		return "redirect:/recognition/rules";
	}

	/**
	 * The values typed for every rule, each field named {@code ANSWER_POSTED.points} or {@code ANSWER_POSTED.cap}: a
	 * missing value or one that is not a whole number is a field error naming it. The ranges are the rules' to check.
	 */
	static Map<PointRule, Rules.Values> parse(Function<String, Object> typed) {
		Map<PointRule, Rules.Values> values = new EnumMap<>(PointRule.class);
		for (var rule : PointRule.values()) {
			int points = whole(typed, Rules.field(rule, "points"), "recognition.rules.error.points",
					"Points run from 0 to " + PointRule.MAX_POINTS + ".");
			int cap = whole(typed, Rules.field(rule, "cap"), "recognition.rules.error.cap",
					"A daily cap runs from 0 to " + PointRule.MAX_CAP + ".");
			values.put(rule, new Rules.Values(points, cap));
		}
		return values;
	}

	private static int whole(Function<String, Object> typed, String field, String key, String message) {
		Object value = typed.apply(field);
		if (value == null || value.toString().isBlank()) {
			throw new InvalidInputException(field, "recognition.rules.error.required",
					"Give the points and the daily cap of every rule.");
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			long number = ((Number) value).longValue();
			if (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
				return (int) number;
			}
		}
		else if (value instanceof CharSequence) {
			try {
				return Integer.parseInt(value.toString().strip());
			}
			catch (NumberFormatException e) {
				// named below
			}
		}
		throw new InvalidInputException(field, key, message);
	}

	/** The values in force as the form shows them. */
	static Map<String, String> typed(Map<PointRule, Rules.Values> values) {
		Map<String, String> typed = new LinkedHashMap<>();
		values.forEach((rule, v) -> {
			typed.put(Rules.field(rule, "points"), String.valueOf(v.points()));
			typed.put(Rules.field(rule, "cap"), String.valueOf(v.dailyCap()));
		});
		return typed;
	}

	private String page(AgoraPrincipal viewer, Map<String, String> values, FormErrors errors, Model model) {
		if (!policy.maySeeReport(viewer)) {
			throw new AccessDeniedException("Managers see the recognition rules");
		}
		model.addAttribute("rules", List.of(PointRule.values()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("mayChange", policy.mayChangeRules(viewer));
		model.addAttribute("trail", trail.latest());
		return "recognition/rules";
	}
}
