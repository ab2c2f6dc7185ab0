package org.agora.people;

import org.agora.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten passwords, for people who are not signed in. */
@Controller
class PasswordController {

	private final PasswordResets resets;

	PasswordController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String forgot() {
		return "people/forgot";
	}

	/** Answers the same whether or not the address has an account. */
	@PostMapping("/password/forgot")
	String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
		if (!email.isBlank() && email.length() <= 254) {
			resets.request(email);
		}
		model.addAttribute("sent", true);
		return "people/forgot";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", resets.usable(token));
		model.addAttribute("errors", FormErrors.none());
		return "people/reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirm, Model model) {
		var errors = FormErrors.none();
		checkNewPassword(password, confirm, errors);
		if (!errors.any() && resets.reset(token, password)) {
			return "redirect:/login?reset";
		}
		model.addAttribute("token", token);
		model.addAttribute("usable", errors.any() && resets.usable(token));
		model.addAttribute("errors", errors);
		return "people/reset";
	}

	static void checkNewPassword(String password, String confirm, FormErrors errors) {
		if (password == null || password.length() < Accounts.MIN_PASSWORD_LENGTH) {
			errors.add("password", "password.error.short");
		}
		else if (!Accounts.acceptablePassword(password)) {
			errors.add("password", "password.error.long");
		}
		else if (!password.equals(confirm)) {
			errors.add("confirm", "password.error.mismatch");
		}
	}
}
