package org.agora.people;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.markdown.MarkdownRenderer;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.agora.platform.web.NotFoundException;
import org.agora.platform.web.ProfileSection;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The people directory and each person's page, with what other modules show about the person there. */
@Controller
class DirectoryController {

	private final Directory directory;

	private final OrgChart chart;

	private final Profiles profiles;

	private final LeaderTerms terms;

	private final Nominations nominations;

	private final PeoplePolicy policy;

	private final MarkdownRenderer markdown;

	private final List<ProfileSection> sections;

	DirectoryController(Directory directory, OrgChart chart, Profiles profiles, LeaderTerms terms,
			Nominations nominations, PeoplePolicy policy, MarkdownRenderer markdown, List<ProfileSection> sections) {
		this.markdown = markdown;
		this.sections = sections;
		this.directory = directory;
		this.chart = chart;
		this.profiles = profiles;
		this.terms = terms;
		this.nominations = nominations;
		this.policy = policy;
	}

	@GetMapping("/people")
	String directory(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String expertise,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response, Model model) {
		requireDirectory(viewer);
		var query = new Directory.Query(q, unit, expertise, role, page);
		model.addAttribute("query", query);
		model.addAttribute("results", directory.search(query));
		// one address, two answers: caches must keep them apart
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		// htmx restores history it no longer holds by swapping the whole answer into <body>
		if (htmx != null && !"true".equals(historyRestore)) {
			return "people/results";
		}
		model.addAttribute("units", chart.tree());
		model.addAttribute("expertiseTags", directory.popularExpertise(30));
		return "people/directory";
	}

	@GetMapping("/people/{id}")
	String person(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id, Locale locale,
			Model model) {
		requireDirectory(viewer);
		var person = profiles.load(id);
		if (!person.active && !policy.mayManageOrganization(viewer)) {
			throw new NotFoundException("Person");
		}
		var units = chart.tree();
		model.addAttribute("person", person);
		model.addAttribute("bioHtml", markdown.toHtml(person.bio));
		model.addAttribute("unit", person.unitId == null ? null
				: units.stream().filter(u -> u.id() == person.unitId).findFirst().orElse(null));
		if (viewer.has(Role.ADMIN)) {
			model.addAttribute("units", units);
		}
		model.addAttribute("terms", terms.findByPersonIdOrderByStartDateDesc(id));
		model.addAttribute("hasAvatar", profiles.avatar(id) != null);
		model.addAttribute("mayNominate", policy.mayNominate(viewer) && policy.mayBeNominated(viewer, person));
		model.addAttribute("mayEdit", policy.mayEditProfile(viewer, id));
		model.addAttribute("sections", sections.stream()
			.flatMap(s -> s.sections(viewer, id, locale).stream())
			.sorted(Comparator.comparingInt(ProfileSection.Section::order))
			.toList());
		return "people/person";
	}

	@GetMapping("/people/{id}/avatar")
	ResponseEntity<byte[]> avatar(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		requireDirectory(viewer);
		var avatar = profiles.avatar(id);
		if (avatar == null) {
			throw new NotFoundException("Picture");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(avatar.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(avatar.data());
	}

	private void requireDirectory(AgoraPrincipal viewer) {
		if (!policy.mayBrowseDirectory(viewer)) {
			throw new AccessDeniedException("Guests do not see the directory");
		}
	}
}
