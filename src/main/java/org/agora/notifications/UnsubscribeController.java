package org.agora.notifications;

import java.util.Optional;

import org.agora.people.People;
import org.agora.platform.mail.SignedTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link in every notification email. It works without signing in: the signed token says who
 * and what. Opening it only asks; the button, or a mail client's one-click request (RFC 8058), stops the emails.
 */
@Controller
class UnsubscribeController {

	private final SignedTokens tokens;

	private final People people;

	private final Preferences preferences;

	UnsubscribeController(SignedTokens tokens, People people, Preferences preferences) {
		this.tokens = tokens;
		this.people = people;
		this.preferences = preferences;
	}

	@GetMapping("/unsubscribe")
	ModelAndView ask(@RequestParam(required = false) String token) {
		return unsubscription(token).map(u -> page(u, token, false)).orElseGet(UnsubscribeController::invalid);
	}

	@PostMapping(path = "/unsubscribe", params = "!List-Unsubscribe")
	ModelAndView unsubscribe(@RequestParam(required = false) String token) {
		var unsubscription = unsubscription(token);
		unsubscription.ifPresent(this::stop);
		return unsubscription.map(u -> page(u, token, true)).orElseGet(UnsubscribeController::invalid);
	}

	@PostMapping(path = "/unsubscribe", params = "List-Unsubscribe=One-Click")
	ResponseEntity<Void> oneClick(@RequestParam(required = false) String token) {
		var unsubscription = unsubscription(token);
		unsubscription.ifPresent(this::stop);
		return ResponseEntity.status(unsubscription.isPresent() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).build();
	}

	private Optional<Unsubscription> unsubscription(String token) {
		return tokens.verify(token)
			.flatMap(Unsubscription::parse)
			.filter(u -> people.find(u.personId()).isPresent());
	}

	private void stop(Unsubscription unsubscription) {
		preferences.stopEmail(unsubscription.personId(), unsubscription.kind());
	}

	private static ModelAndView page(Unsubscription unsubscription, String token, boolean done) {
		var page = new ModelAndView("notifications/unsubscribe");
		page.addObject("token", token);
		page.addObject("labelKey", unsubscription.labelKey());
		page.addObject("done", done);
		return page;
	}

	private static ModelAndView invalid() {
		return new ModelAndView("notifications/invalidLink", HttpStatus.BAD_REQUEST);
	}
}
