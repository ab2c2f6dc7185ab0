package org.agora.notifications;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Where a person chooses, per kind of news, whether to hear of it in Agora and by email. */
@Controller
class PreferencesController {

	private final Preferences preferences;

	PreferencesController(Preferences preferences) {
		this.preferences = preferences;
	}

	/** The kinds ticked in each column; a kind not listed is unticked. */
	record PreferencesForm(List<String> inApp, List<String> email) {
	}

	@GetMapping("/notifications/preferences")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String saved,
			Model model) {
		model.addAttribute("preferences", preferences.of(viewer.personId()));
		model.addAttribute("saved", saved != null);
		return "notifications/preferences";
	}

	@PostMapping("/notifications/preferences")
	String save(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute PreferencesForm form) {
		preferences.save(viewer.personId(), kinds(form.inApp()), kinds(form.email()));
		return "redirect:/notifications/preferences?saved";
	}

	private static Set<NotificationKind> kinds(List<String> codes) {
		return codes == null ? Set.of()
				: codes.stream().flatMap(code -> NotificationKind.of(code).stream()).collect(Collectors.toSet());
	}
}
