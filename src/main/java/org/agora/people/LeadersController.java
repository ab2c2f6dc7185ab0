package org.agora.people;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The leader programme at a glance: which units have a leader, and ending a leader's term. */
@Controller
class LeadersController {

	private final Coverage coverage;

	private final Directory directory;

	private final LeaderProgramme programme;

	private final PeoplePolicy policy;

	LeadersController(Coverage coverage, Directory directory, LeaderProgramme programme, PeoplePolicy policy) {
		this.coverage = coverage;
		this.directory = directory;
		this.programme = programme;
		this.policy = policy;
	}

	@GetMapping("/leaders/coverage")
	String coverage(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (!policy.maySeeCoverage(viewer)) {
			throw new AccessDeniedException("Coverage is for leaders and managers");
		}
		model.addAttribute("report", coverage.report());
		return "people/coverage";
	}

	@GetMapping("/leaders")
	String leaders(@AuthenticationPrincipal AgoraPrincipal viewer) {
		if (!policy.mayBrowseDirectory(viewer)) {
			throw new AccessDeniedException("Guests do not see the directory");
		}
		return "redirect:/people?role=" + Role.KNOWLEDGE_LEADER.name();
	}

	@PostMapping("/leaders/{personId}/retire")
	String retire(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long personId,
			RedirectAttributes redirect) {
		programme.retire(viewer, personId);
		redirect.addFlashAttribute("saved", "leader.retired");
		return "redirect:/people/" + personId;
	}
}
