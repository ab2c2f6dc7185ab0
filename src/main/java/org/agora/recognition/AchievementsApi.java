package org.agora.recognition;

import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timeline as JSON, newest first, each item with its sentence in the request's language; and reacting to an item
 * or taking the reaction back.
 */
@RestController
class AchievementsApi {

	record PersonJson(long id, String name) {
	}

	record ReactionJson(Reaction kind, int count, boolean reacted) {

		static List<ReactionJson> of(List<Reactions.Count> counts) {
			return counts.stream().map(c -> new ReactionJson(c.reaction(), c.count(), c.mine())).toList();
		}
	}

	/**
	 * An item: what kind, its sentence (text), who it celebrates (person) and who gave (other, for a kudos), the unit,
	 * its title (a kudos' message, an initiative's or a badge's name), its link (path) and the reactions.
	 */
	record AchievementJson(long id, AchievementKind kind, String text, PersonJson person, PersonJson other,
			String unit, String title, String path, Instant occurredAt, List<ReactionJson> reactions) {
	}

	/** A page of items; next is the before of the following page, or null at the end. */
	record AchievementPage(List<AchievementJson> items, int size, Long next) {
	}

	private final Timeline timeline;

	private final Reactions reactions;

	private final MessageSource messages;

	AchievementsApi(Timeline timeline, Reactions reactions, MessageSource messages) {
		this.timeline = timeline;
		this.reactions = reactions;
		this.messages = messages;
	}

	@GetMapping("/api/v1/achievements")
	AchievementPage list(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "" + Timeline.DEFAULT_SIZE) int size) {
		var locale = LocaleContextHolder.getLocale();
		var slice = timeline.page(viewer, before, size, locale);
		var items = slice.items()
			.stream()
			.map(e -> new AchievementJson(e.id(), e.kind(),
					messages.getMessage(e.textKey(), e.args().toArray(), e.textKey(), locale), person(e.personId(),
							e.personName()), person(e.otherId(), e.otherName()), e.unitName(), e.title(), e.path(),
					e.occurredAt(), ReactionJson.of(e.reactions())))
			.toList();
		return new AchievementPage(items, size, slice.next());
	}

	@PostMapping("/api/v1/achievements/{id}/reactions/{kind}")
	List<ReactionJson> react(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable String kind) {
		return ReactionJson.of(reactions.react(viewer, id, TimelineController.reaction(kind)));
	}

	@DeleteMapping("/api/v1/achievements/{id}/reactions/{kind}")
	List<ReactionJson> unreact(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable String kind) {
		return ReactionJson.of(reactions.unreact(viewer, id, TimelineController.reaction(kind)));
	}

	private static PersonJson person(Long id, String name) {
		return id == null ? null : new PersonJson(id, name);
	}
}
