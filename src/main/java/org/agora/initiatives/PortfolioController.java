package org.agora.initiatives;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The community manager's portfolio of initiatives. */
@Controller
class PortfolioController {

	private final Portfolio portfolio;

	private final InitiativesPolicy policy;

	PortfolioController(Portfolio portfolio, InitiativesPolicy policy) {
		this.portfolio = portfolio;
		this.policy = policy;
	}

	@GetMapping("/initiatives/portfolio")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		if (!policy.maySeePortfolio(viewer)) {
			throw new AccessDeniedException("The portfolio is the community managers'");
		}
		model.addAttribute("report", portfolio.report());
		return "initiatives/portfolio";
	}
}
