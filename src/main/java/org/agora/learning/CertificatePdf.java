package org.agora.learning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.agora.people.PersonSummary;
import org.agora.platform.AgoraProperties;
import org.agora.platform.pdf.HtmlPdf;
import org.agora.platform.settings.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a certificate as a one-page landscape A4 PDF, from the template {@code learning/certificatePdf.jte}, in the
 * learner's own language: the certificate is theirs, so it reads the same whoever downloads it. Fonts are embedded
 * (DejaVu Sans, which has Hebrew), and nothing outside the document is ever loaded.
 */
@Component
class CertificatePdf {

	/** What the template shows, with the texts in the certificate's language. */
	record Sheet(Locale locale, MessageSource messages, String name, String course, String organization, String date,
			String code, String verificationUrl) {

		String t(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}

		String lang() {
			return locale.getLanguage();
		}

		boolean rtl() {
			return "he".equals(lang());
		}
	}

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final Settings settings;

	private final AgoraProperties properties;

	private final ZoneId zone;

	private final HtmlPdf pdf;

	CertificatePdf(TemplateEngine templates, MessageSource messages, Settings settings, AgoraProperties properties,
			@Value("${agora.time-zone:UTC}") ZoneId zone, HtmlPdf pdf) {
		this.templates = templates;
		this.messages = messages;
		this.settings = settings;
		this.properties = properties;
		this.zone = zone;
		this.pdf = pdf;
	}

	byte[] render(Certificates.Certificate certificate, PersonSummary learner) {
		return render(sheet(certificate, learner));
	}

	Sheet sheet(Certificates.Certificate certificate, PersonSummary learner) {
		var locale = "he".equals(Locale.forLanguageTag(learner.locale()).getLanguage()) ? Locale.forLanguageTag("he")
				: Locale.ENGLISH;
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(certificate.completedAt().atZone(zone));
		return new Sheet(locale, messages, learner.fullName(), certificate.courseTitle().in(locale.getLanguage()),
				settings.find(Settings.ORGANIZATION_NAME).filter(name -> !name.isBlank()).orElse(null), date,
				certificate.code(), properties.link(certificate.verificationPath()));
	}

	byte[] render(Sheet sheet) {
		var html = new StringOutput();
		templates.render("learning/certificatePdf.jte", sheet, html);
		return pdf.render(html.toString(), sheet.rtl());
	}
}
