package org.agora.platform.settings;

import org.agora.platform.security.Role;
import org.agora.platform.security.RouteRules;
import org.agora.platform.web.FormErrors;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page for installation-wide settings. */
@Controller
class SettingsController {

	private final Settings settings;

	SettingsController(Settings settings) {
		this.settings = settings;
	}

	@GetMapping("/admin/settings")
	String page(Model model) {
		model.addAttribute("organizationName", settings.get(Settings.ORGANIZATION_NAME, ""));
		model.addAttribute("errors", FormErrors.none());
		return "platform/settings";
	}

	@PostMapping("/admin/settings")
	String save(@RequestParam(defaultValue = "") String organizationName, Model model, RedirectAttributes redirect) {
		if (organizationName.isBlank() || organizationName.length() > 120) {
			model.addAttribute("organizationName", organizationName);
			model.addAttribute("errors", FormErrors.none().add("organizationName", "settings.error.organizationName"));
			return "platform/settings";
		}
		settings.put(Settings.ORGANIZATION_NAME, organizationName.strip());
		redirect.addFlashAttribute("saved", "settings.saved");
		return "redirect:/admin/settings";
	}

	@Component
	static class Routes implements RouteRules {

		@Override
		public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
			routes.requestMatchers("/admin/settings").hasRole(Role.ADMIN.name());
		}
	}
}
