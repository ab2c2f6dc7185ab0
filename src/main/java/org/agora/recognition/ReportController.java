package org.agora.recognition;

import jakarta.servlet.http.HttpServletResponse;

import org.agora.platform.security.AgoraPrincipal;
import org.agora.platform.web.Downloads;
import org.agora.platform.web.FormErrors;
import org.agora.platform.web.InvalidInputException;
import org.agora.platform.web.Ui;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recognition report for managers, as a page, a CSV file and a PDF, over the days chosen (the current quarter
 * unless chosen). A wrong day or unit comes back on the page with the reason and the typing kept; the files answer it
 * with the error page.
 */
@Controller
class ReportController {

	private final RecognitionReport reports;

	private final ReportPdf pdf;

	private final BoardUnits units;

	ReportController(RecognitionReport reports, ReportPdf pdf, BoardUnits units) {
		this.reports = reports;
		this.pdf = pdf;
		this.units = units;
	}

	@GetMapping("/recognition/report")
	String show(@AuthenticationPrincipal AgoraPrincipal viewer, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit,
			HttpServletResponse response, Model model) {
		RecognitionReport.Report report = null;
		var errors = FormErrors.none();
		try {
			report = reports.report(viewer, reports.query(viewer, from, to, unit));
			from = report.query().from().toString();
			to = report.query().to().toString();
		}
		catch (InvalidInputException e) {
			errors = FormErrors.of(e);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("report", report);
		model.addAttribute("errors", errors);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("unit", unit == null ? "" : unit.strip());
		model.addAttribute("units", units.all());
		return "recognition/report";
	}

	@GetMapping("/recognition/report.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String unit, @ModelAttribute(name = "ui", binding = false) Ui ui) {
		var report = reports.report(viewer, reports.query(viewer, from, to, unit));
		return Downloads.of(fileName(report, "csv"), "text/csv;charset=UTF-8",
				ReportCsv.write(report, ui.locale(), ui::t));
	}

	@GetMapping("/recognition/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AgoraPrincipal viewer,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String unit, @ModelAttribute(name = "ui", binding = false) Ui ui) {
		var report = reports.report(viewer, reports.query(viewer, from, to, unit));
		return Downloads.of(fileName(report, "pdf"), "application/pdf", pdf.render(report, ui.locale()));
	}

	private static String fileName(RecognitionReport.Report report, String extension) {
		return "recognition-report-" + report.query().from() + "-" + report.query().to() + "." + extension;
	}
}
