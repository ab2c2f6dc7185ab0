package org.agora.platform.outbound;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page of the hosts Agora may fetch from although they resolve to internal addresses. */
@Controller
class OutboundController {

	private final OutboundAllowlist allowlist;

	OutboundController(OutboundAllowlist allowlist) {
		this.allowlist = allowlist;
	}

	@GetMapping("/admin/outbound")
	String page(Model model) {
		return page(String.join("\n", allowlist.hosts()), FormErrors.none(), null, model);
	}

	@PostMapping("/admin/outbound")
	String save(@RequestParam(defaultValue = "") String hosts, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			allowlist.replace(List.of(hosts.split("[\\s,]+")));
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(hosts, FormErrors.none().add("hosts", "dradar.outbound.error.host"), e.getMessage(), model);
		}
		redirect.addFlashAttribute("saved", "dradar.outbound.saved");
		return "redirect:/admin/outbound";
	}

	private String page(String hosts, FormErrors errors, String badHost, Model model) {
		model.addAttribute("hosts", hosts);
		model.addAttribute("errors", errors);
		model.addAttribute("badHost", badHost);
		return "platform/outbound";
	}
}
