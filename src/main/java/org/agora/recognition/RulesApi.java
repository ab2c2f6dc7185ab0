package org.agora.recognition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The point rules as JSON: managers read them, community managers set them, through the page's checks. */
@RestController
@Tag(name = "Recognition")
class RulesApi {

	record ValuesJson(int points, int cap) {
	}

	record ChangeJson(PointRule rule, ValuesJson before, ValuesJson after, long changedBy, String changedByName,
			Instant changedAt) {
	}

	/** The rules in force by rule, with their defaults, and the latest changes, newest first. */
	record RulesJson(Map<PointRule, ValuesJson> rules, Map<PointRule, ValuesJson> defaults, List<ChangeJson> trail) {
	}

	private final Rules rules;

	private final RulesTrail trail;

	private final RecognitionPolicy policy;

	RulesApi(Rules rules, RulesTrail trail, RecognitionPolicy policy) {
		this.rules = rules;
		this.trail = trail;
		this.policy = policy;
	}

	@GetMapping("/api/v1/recognition/rules")
	@Operation(summary = "The point rules in force, their defaults and the trail of changes (managers)")
	RulesJson read(@AuthenticationPrincipal AgoraPrincipal viewer) {
		if (!policy.maySeeReport(viewer)) {
			throw new AccessDeniedException("Managers see the recognition rules");
		}
		Map<PointRule, ValuesJson> current = new LinkedHashMap<>();
		Map<PointRule, ValuesJson> defaults = new LinkedHashMap<>();
		rules.all().forEach((rule, v) -> {
			current.put(rule, new ValuesJson(v.points(), v.dailyCap()));
			defaults.put(rule, new ValuesJson(rule.points, rule.dailyCap));
		});
		var changes = trail.latest()
			.stream()
			.map(row -> {
				var c = row.change();
				return new ChangeJson(c.rule(), new ValuesJson(c.oldPoints(), c.oldCap()),
						new ValuesJson(c.newPoints(), c.newCap()), c.changedBy(), row.by(), c.changedAt());
			})
			.toList();
		return new RulesJson(current, defaults, changes);
	}

	@PutMapping("/api/v1/recognition/rules")
	@Operation(summary = "Set every rule at once, all or nothing (community managers): {\"ANSWER_POSTED\": {\"points\": 5, \"cap\": 50}, ...}; points 0-500, cap 0-5000; a wrong value is a 400 naming it, such as ANSWER_POSTED.points; the change applies from now on and is recorded")
	RulesJson change(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json) {
		if (!policy.mayChangeRules(viewer)) {
			throw new AccessDeniedException("Community managers change the recognition rules");
		}
		rules.change(viewer, RulesController.parse(field -> value(json, field)));
		return read(viewer);
	}

	/** The value of a field such as ANSWER_POSTED.points in a body of rules, each an object of points and cap. */
	private static Object value(Map<String, Object> json, String field) {
		int dot = field.indexOf('.');
		Object rule = json == null ? null : json.get(field.substring(0, dot));
		return rule instanceof Map<?, ?> values ? values.get(field.substring(dot + 1)) : null;
	}
}
