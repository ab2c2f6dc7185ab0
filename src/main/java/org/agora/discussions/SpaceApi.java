package org.agora.discussions;

import java.time.Instant;
import java.util.List;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The spaces the signed-in person sees, as JSON; a space they may not see answers 404. */
@RestController
@RequestMapping("/api/v1/spaces")
class SpaceApi {

	/**
	 * A space as the API shows it.
	 *
	 * @param membership the viewer's membership (INVITED, REQUESTED, ACTIVE), or null
	 * @param role the viewer's role in the space, or null
	 */
	record SpaceJson(long id, String slug, String name, String description, SpaceKind kind, boolean archived,
			int threadCount, Instant lastActivityAt, String membership, String role, String path,
			List<String> moderators) {
	}

	private final SpaceListings listings;

	private final Spaces spaces;

	SpaceApi(SpaceListings listings, Spaces spaces) {
		this.listings = listings;
		this.spaces = spaces;
	}

	@GetMapping
	List<SpaceJson> spaces(@AuthenticationPrincipal AgoraPrincipal viewer) {
		return listings.spaces(viewer).stream().map(s -> json(s, null)).toList();
	}

	@GetMapping("/{slug}")
	SpaceJson space(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable String slug) {
		var space = spaces.visible(viewer, slug);
		var summary = listings.spaces(viewer)
			.stream()
			.filter(s -> s.space().id() == space.id())
			.findFirst()
			.orElseThrow(() -> new org.agora.platform.web.NotFoundException("Space"));
		return json(summary, listings.moderators(space).stream().map(SpaceListings.PersonName::name).toList());
	}

	private static SpaceJson json(SpaceListings.SpaceSummary s, List<String> moderators) {
		var space = s.space();
		return new SpaceJson(space.id(), space.slug(), space.name(), space.description(), space.kind(),
				space.archived(), s.threadCount(), s.lastActivityAt(),
				s.myStatus() == null ? null : s.myStatus().name(), s.myRole() == null ? null : s.myRole().name(),
				space.path(), moderators);
	}
}
