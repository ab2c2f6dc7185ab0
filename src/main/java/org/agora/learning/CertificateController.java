package org.agora.learning;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.people.People;
import org.agora.platform.AgoraProperties;
import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** A learner's certificates, their PDFs, and the public page that confirms a certificate is genuine. */
@Controller
class CertificateController {

	private final Certificates certificates;

	private final CertificatePdf pdf;

	private final People people;

	private final FeedbackSurvey survey;

	private final LearningPolicy policy;

	private final AgoraProperties properties;

	CertificateController(Certificates certificates, CertificatePdf pdf, People people, FeedbackSurvey survey,
			LearningPolicy policy, AgoraProperties properties) {
		this.certificates = certificates;
		this.pdf = pdf;
		this.people = people;
		this.survey = survey;
		this.policy = policy;
		this.properties = properties;
	}

	@GetMapping("/learning/certificates")
	String mine(@AuthenticationPrincipal AgoraPrincipal viewer, Model model) {
		var mine = certificates.ofPerson(viewer.personId());
		model.addAttribute("certificates", mine);
		model.addAttribute("feedbackDue", mine.stream()
			.filter(c -> !survey.given(c.enrolmentId()))
			.map(Certificates.Certificate::enrolmentId)
			.toList());
		model.addAttribute("links", properties);
		return "learning/certificates";
	}

	/** The learner's certificate; community managers, who run the cohorts, may download it too. */
	@GetMapping("/learning/certificates/{enrolmentId}.pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal AgoraPrincipal viewer, @PathVariable long enrolmentId) {
		var certificate = certificates.ofEnrolment(enrolmentId)
			.filter(c -> c.personId() == viewer.personId() || policy.mayManageCohorts(viewer))
			.orElseThrow(() -> new NotFoundException("Certificate"));
		var learner = people.find(certificate.personId()).orElseThrow(() -> new NotFoundException("Certificate"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename("certificate-" + certificate.code() + ".pdf").build().toString())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(pdf.render(certificate, learner));
	}

	/** Open to anyone holding the code; shows the name, the course and the date, and nothing else about the person. */
	@GetMapping("/certificates/{code}")
	ModelAndView verify(@PathVariable String code, HttpServletResponse response) {
		// a certificate is for the people its holder shares the link with, not for search engines
		response.setHeader("X-Robots-Tag", "noindex");
		String normalized = CertificateCodes.normalize(code);
		var certificate = normalized == null ? null : certificates.byCode(normalized).orElse(null);
		var learner = certificate == null ? null : people.find(certificate.personId()).orElse(null);
		var page = new ModelAndView("learning/certificateVerify", learner == null ? HttpStatus.NOT_FOUND : HttpStatus.OK);
		page.addObject("certificate", learner == null ? null : certificate);
		page.addObject("name", learner == null ? null : learner.fullName());
		return page;
	}
}
