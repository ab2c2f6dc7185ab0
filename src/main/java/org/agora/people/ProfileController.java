package org.agora.people;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.security.SignedInSessions;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own settings: profile, picture, password and access tokens. */
@Controller
class ProfileController {

	private final Profiles profiles;

	private final Accounts accounts;

	private final PersonalTokens tokens;

	private final SignedInSessions sessions;

	ProfileController(Profiles profiles, Accounts accounts, PersonalTokens tokens, SignedInSessions sessions) {
		this.sessions = sessions;
		this.profiles = profiles;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		return page(viewer, Profiles.ProfileForm.of(profiles.load(viewer.personId())), FormErrors.none(), model);
	}

	@PostMapping("/me")
	String update(@AuthenticationPrincipal AgoraPrincipal viewer, @ModelAttribute Profiles.ProfileForm form,
			Model model, RedirectAttributes redirect) {
		try {
			profiles.update(viewer, viewer.personId(), form);
		}
		catch (InvalidInputException e) {
			return page(viewer, form, FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "profile.saved");
		return "redirect:/me";
	}

	@PostMapping("/me/avatar")
	String avatar(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam("avatar") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		try {
			profiles.setAvatar(viewer, viewer.personId(), file.getBytes());
		}
		catch (InvalidInputException e) {
			return page(viewer, Profiles.ProfileForm.of(profiles.load(viewer.personId())), FormErrors.of(e), model);
		}
		redirect.addFlashAttribute("saved", "profile.avatarSaved");
		return "redirect:/me";
	}

	@PostMapping("/me/password")
	String password(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam String current,
			@RequestParam String password, @RequestParam String confirm, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		var errors = FormErrors.none();
		if (!accounts.passwordMatches(viewer.personId(), current)) {
			errors.add("current", "password.error.current");
		}
		PasswordController.checkNewPassword(password, confirm, errors);
		if (errors.any()) {
			return page(viewer, Profiles.ProfileForm.of(profiles.load(viewer.personId())), errors, model);
		}
		accounts.changePassword(viewer.personId(), password);
		accounts.current(viewer.personId()).ifPresent(me -> sessions.replace(request, response, me));
		redirect.addFlashAttribute("saved", "password.changed");
		return "redirect:/me";
	}

	@PostMapping("/me/tokens")
	String createToken(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(defaultValue = "") String name,
			Model model) {
		var errors = FormErrors.none();
		try {
			model.addAttribute("newToken", tokens.create(viewer.personId(), name));
		}
		catch (InvalidInputException e) {
			errors = FormErrors.of(e);
			model.addAttribute("tokenName", name);
		}
		return page(viewer, Profiles.ProfileForm.of(profiles.load(viewer.personId())), errors, model);
	}

	@PostMapping("/me/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			RedirectAttributes redirect) {
		if (!tokens.revoke(viewer.personId(), id)) {
			throw new NotFoundException("Token");
		}
		redirect.addFlashAttribute("saved", "token.revoked");
		return "redirect:/me#tokens";
	}

	private String page(AgoraPrincipal viewer, Profiles.ProfileForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("tokens", tokens.of(viewer.personId()));
		model.addAttribute("personId", viewer.personId());
		return "people/me";
	}
}
