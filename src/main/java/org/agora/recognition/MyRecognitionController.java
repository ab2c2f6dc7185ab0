package org.agora.recognition;

import org.agora.platform.security.AgoraPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The viewer's own recognition page, and the switch that takes them out of the leaderboards or back in. */
@Controller
class MyRecognitionController {

	private final MyRecognition mine;

	MyRecognitionController(MyRecognition mine) {
		this.mine = mine;
	}

	@GetMapping("/recognition/me")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		model.addAttribute("view", mine.of(viewer));
		return "recognition/me";
	}

	/** Anything but "true" brings the viewer back onto the boards: the switch has two positions. */
	@PostMapping("/recognition/me")
	String optOut(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(name = "optOut", required = false) String optOut, RedirectAttributes redirect) {
		boolean out = "true".equals(optOut);
		mine.optOut(viewer, out);
		redirect.addFlashAttribute("saved", out ? "recognition.me.flash.out" : "recognition.me.flash.in");
		return "redirect:/recognition/me";
	}
}
