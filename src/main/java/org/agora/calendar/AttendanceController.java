package org.agora.calendar;

import java.nio.charset.StandardCharsets;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.Ui;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organizers' registration list with check-in at the door, its CSV download, and self check-in by code. */
@Controller
class AttendanceController {

	private final Roster roster;

	private final Attendance attendance;

	private final EventAccess access;

	AttendanceController(Roster roster, Attendance attendance, EventAccess access) {
		this.roster = roster;
		this.attendance = attendance;
		this.access = access;
	}

	@GetMapping("/calendar/events/{id}/registrations")
	ModelAndView registrations(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return registrationsPage(viewer, id, null, HttpStatus.OK);
	}

	@GetMapping("/calendar/events/{id}/registrations.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@ModelAttribute(name = "ui", binding = false) Ui ui) {
		var listing = roster.of(viewer, id);
		byte[] body = RegistrationsCsv.write(listing, ui::t, ui.zone()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("event-" + id + "-registrations.csv").build().toString())
			.body(body);
	}

	@PostMapping("/calendar/events/{id}/attendance/{personId}")
	ModelAndView checkIn(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long personId, RedirectAttributes redirect) {
		try {
			attendance.checkIn(viewer, id, personId);
		}
		catch (InvalidInputException e) {
			return registrationsPage(viewer, id, e.messageKey(), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "calattend.checkedIn");
		return new ModelAndView("redirect:/calendar/events/" + id + "/registrations#person-" + personId);
	}

	@PostMapping("/calendar/events/{id}/attendance/{personId}/undo")
	ModelAndView undo(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@PathVariable long personId, RedirectAttributes redirect) {
		try {
			attendance.undo(viewer, id, personId);
		}
		catch (InvalidInputException e) {
			return registrationsPage(viewer, id, e.messageKey(), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "calattend.undone");
		return new ModelAndView("redirect:/calendar/events/" + id + "/registrations#person-" + personId);
	}

	@GetMapping("/calendar/events/{id}/check-in")
	ModelAndView checkInPage(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id) {
		return checkInPage(viewer, id, "", FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/calendar/events/{id}/check-in")
	ModelAndView checkInWithCode(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long id,
			@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		try {
			attendance.checkInWithCode(viewer, id, code);
		}
		catch (Attendance.TooManyAttempts e) {
			return checkInPage(viewer, id, code, FormErrors.of(e), HttpStatus.TOO_MANY_REQUESTS);
		}
		catch (InvalidInputException e) {
			return checkInPage(viewer, id, code, FormErrors.of(e), HttpStatus.BAD_REQUEST);
		}
		redirect.addFlashAttribute("saved", "calattend.checkIn.done");
		return new ModelAndView("redirect:/calendar/events/" + id + "/check-in");
	}

	private ModelAndView registrationsPage(AgoraPrincipal viewer, long id, String failed, HttpStatus status) {
		var page = new ModelAndView("calendar/registrations", status);
		page.addObject("listing", roster.of(viewer, id));
		page.addObject("failed", failed);
		return page;
	}

	private ModelAndView checkInPage(AgoraPrincipal viewer, long id, String code, FormErrors errors,
			HttpStatus status) {
		var event = access.visible(viewer, id);
		var page = new ModelAndView("calendar/checkIn", status);
		page.addObject("event", event);
		page.addObject("registration", attendance.registrationOf(id, viewer.personId()).orElse(null));
		page.addObject("window", Attendance.Window.of(event, attendance.now()));
		page.addObject("code", code);
		page.addObject("errors", errors);
		return page;
	}
}
