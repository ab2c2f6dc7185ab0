package org.agora.recognition;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.agora.people.People;
import org.agora.people.PersonSummary;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.agora.platform.web.Ui;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The badge pages as JSON, and a person's badges and points, through the same services and permission checks as the
 * pages: anyone in the organization reads them; community managers create and award manual badges.
 */
@RestController
@Tag(name = "Recognition: badges and points", description = "Badges, who holds them and why, and people's points")
class BadgesApi {

	/** A badge, its name and description in the reader's language and in both. */
	record BadgeJson(String slug, boolean automatic, String name, String description, String nameEn, String nameHe,
			String descriptionEn, String descriptionHe, String path, Integer holders, Boolean mine) {
	}

	record HolderJson(long personId, String name, String unit, String why, String citation, Instant awardedAt) {
	}

	record BadgePageJson(BadgeJson badge, List<HolderJson> holders, int page, int size, long total) {
	}

	/** A badge a person holds: why (in the reader's language), the citation of a manual one, and when. */
	record HeldJson(String slug, boolean automatic, String name, String description, String path, String why,
			String citation, Instant awardedAt) {
	}

	private final Badges badges;

	private final RecognitionPolicy policy;

	private final People people;

	BadgesApi(Badges badges, RecognitionPolicy policy, People people) {
		this.badges = badges;
		this.policy = policy;
		this.people = people;
	}

	@GetMapping("/api/v1/badges")
	@Operation(summary = "Every badge, with how many hold it and whether the viewer does")
	List<BadgeJson> list(@AuthenticationPrincipal AgoraPrincipal viewer,
			@ModelAttribute(name = "ui", binding = false) Ui ui) {
		mustSee(viewer);
		return badges.all(viewer.personId()).stream().map(l -> json(l.badge(), ui, l.holders(), l.mine())).toList();
	}

	@GetMapping("/api/v1/badges/{slug}")
	@Operation(summary = "A badge and who holds it and why, newest first, a page at a time: page (from 0), size (1-100, 50 unless given)")
	BadgePageJson show(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@ModelAttribute(name = "ui", binding = false) Ui ui) {
		mustSee(viewer);
		var badge = badges.get(slug);
		var holders = badges.holders(badge, Math.max(0, page), Math.min(100, Math.max(1, size)));
		Map<Long, PersonSummary> names = people
			.findAll(holders.rows().stream().map(Badges.Holding::personId).toList());
		var rows = holders.rows().stream().map(h -> holder(h, names.get(h.personId()), ui)).toList();
		return new BadgePageJson(json(badge, ui, (int) holders.total(), badges.holds(viewer.personId(), slug)), rows,
				holders.page(), holders.size(), holders.total());
	}

	@PostMapping("/api/v1/badges")
	@Operation(summary = "Create a manual badge (community managers): slug (lowercase letters, digits, hyphens), nameEn, nameHe, descriptionEn, descriptionHe")
	ResponseEntity<BadgeJson> create(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestBody(required = false) Map<String, Object> json,
			@ModelAttribute(name = "ui", binding = false) Ui ui) {
		var badge = badges.create(viewer, new Badges.Draft(text(json, "slug"), text(json, "nameEn"),
				text(json, "nameHe"), text(json, "descriptionEn"), text(json, "descriptionHe")));
		return ResponseEntity.created(URI.create("/api/v1/badges/" + badge.slug())).body(json(badge, ui, 0, false));
	}

	@PostMapping("/api/v1/badges/{slug}/awards")
	@Operation(summary = "Award a manual badge (community managers) to personId, or to person (email or handle), with a citation (up to 500 characters)")
	ResponseEntity<HolderJson> award(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug,
			@RequestBody(required = false) Map<String, Object> json,
			@ModelAttribute(name = "ui", binding = false) Ui ui) {
		var holding = badges.award(viewer, slug, personId(json), text(json, "person"), text(json, "citation"));
		var person = people.find(holding.personId()).orElse(null);
		return ResponseEntity.created(URI.create("/api/v1/people/" + holding.personId() + "/badges"))
			.body(holder(holding, person, ui));
	}

	@GetMapping("/api/v1/people/{id}/badges")
	@Operation(summary = "The badges a person holds, newest first, with why and when")
	List<HeldJson> badgesOf(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute(name = "ui", binding = false) Ui ui) {
		mustSee(viewer);
		people.find(id).orElseThrow(() -> new NotFoundException("Person"));
		return badges.of(id).stream().map(h -> {
			var b = h.badge();
			return new HeldJson(b.slug(), b.automatic(), b.name(ui.locale()), b.description(ui.locale()), b.path(),
					h.why(ui), h.citation(), h.awardedAt());
		}).toList();
	}

	private void mustSee(AgoraPrincipal viewer) {
		if (!policy.maySee(viewer)) {
			throw new AccessDeniedException("Badges are the organization's");
		}
	}

	private static BadgeJson json(Badges.Badge b, Ui ui, Integer holders, Boolean mine) {
		return new BadgeJson(b.slug(), b.automatic(), b.name(ui.locale()), b.description(ui.locale()), b.nameEn(),
				b.nameHe(), b.descriptionEn(), b.descriptionHe(), b.path(), holders, mine);
	}

	private static HolderJson holder(Badges.Holding h, PersonSummary person, Ui ui) {
		return new HolderJson(h.personId(), person == null ? null : person.fullName(),
				person == null ? null : person.unitName(), h.why(ui), h.citation(), h.awardedAt());
	}

	private static String text(Map<String, Object> json, String key) {
		Object value = json == null ? null : json.get(key);
		return value == null ? null : value.toString();
	}

	/** The personId of the body, or null; a value that is not a whole number names the field. */
	private static Long personId(Map<String, Object> json) {
		Object value = json == null ? null : json.get("personId");
		if (value == null) {
			return null;
		}
		if (value instanceof Number n && n.doubleValue() == n.longValue()) {
			return n.longValue();
		}
		try {
			return Long.valueOf(value.toString().strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("personId", "recognition.badges.error.personUnknown",
					"personId is a person's id, a whole number.");
		}
	}
}
