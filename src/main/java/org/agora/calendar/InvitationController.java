package org.agora.calendar;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who is invited to an event, and the organizers' form to invite colleagues and guests by email. */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final EventAccess access;

	private final java.time.Clock clock;

	InvitationController(Invitations invitations, EventAccess access, java.time.Clock clock) {
		this.invitations = invitations;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/calendar/events/{id}/invitations")
	ModelAndView page(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return page(viewer, id, "", "", FormErrors.none(), null, HttpStatus.OK);
	}

	@PostMapping("/calendar/events/{id}/invitations")
	ModelAndView invite(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String emails, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		Invitations.Outcome outcome;
		try {
			outcome = invitations.invite(viewer, id, emails, name);
		}
		catch (Invitations.BadAddress e) {
			return page(viewer, id, emails, name, FormErrors.of(e), e.address(), HttpStatus.BAD_REQUEST);
		}
		catch (InvalidInputException e) {
			var field = "name".equals(e.field()) ? "name" : "emails";
			return page(viewer, id, emails, name, FormErrors.none().add(field, e.messageKey()), null,
					HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("outcome", outcome);
		return new ModelAndView("redirect:/calendar/events/" + id + "/invitations");
	}

	@PostMapping("/calendar/events/{id}/invitations/{personId}/delete")
	ModelAndView remove(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long personId, RedirectAttributes redirect) {
		invitations.remove(viewer, id, personId);
		redirect.addFlashAttribute("saved", "calattend.invitations.removed");
		return new ModelAndView("redirect:/calendar/events/" + id + "/invitations");
	}

	private ModelAndView page(AgoraPrincipal viewer, long id, String emails, String name, FormErrors errors,
			String badAddress, HttpStatus status) {
		var event = access.organized(viewer, id);
		return new ModelAndView("calendar/invitations", status).addObject("event", event)
			.addObject("closed", event.cancelled() || event.ended(clock.instant()))
			.addObject("invitees", invitations.of(viewer, id))
			.addObject("emails", emails)
			.addObject("name", name)
			.addObject("errors", errors)
			.addObject("badAddress", badAddress);
	}
}
