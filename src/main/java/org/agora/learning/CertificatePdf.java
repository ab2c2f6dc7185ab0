package org.agora.learning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.logging.Level;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.agora.people.PersonSummary;
import org.agora.platform.AgoraProperties;
import org.agora.platform.settings.Settings;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
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

	private static final String FONT = "DejaVu Sans";

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final Settings settings;

	private final AgoraProperties properties;

	private final ZoneId zone;

	private final byte[] regular;

	private final byte[] bold;

	CertificatePdf(TemplateEngine templates, MessageSource messages, Settings settings, AgoraProperties properties,
			@Value("${agora.time-zone:UTC}") ZoneId zone) throws IOException {
		this.templates = templates;
		this.messages = messages;
		this.settings = settings;
		this.properties = properties;
		this.zone = zone;
		this.regular = new ClassPathResource("fonts/DejaVuSans.ttf").getContentAsByteArray();
		this.bold = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getContentAsByteArray();
		XRLog.setLoggerImpl(new Slf4jLog());
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
		var pdf = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html.toString(), null)
			.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
			.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
			.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
			.useUnicodeBidiReorderer(new ICUBidiReorderer())
			.defaultTextDirection(sheet.rtl() ? TextDirection.RTL : TextDirection.LTR)
			// a name or a setting must never make the renderer fetch anything
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.withProducer("Agora")
			// tagged for screen readers (PDF/UA), which also keeps to the embedded fonts alone
			.usePdfUaAccessibility(true)
			.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pdf.toByteArray();
	}

	/**
	 * Sends the renderer's messages to the application's log, where {@code logging.level.com.openhtmltopdf} governs
	 * them, instead of its own console handler. Its INFO messages report progress on every document, so they are
	 * logged at DEBUG.
	 */
	static final class Slf4jLog implements XRLogger {

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			var logger = LoggerFactory.getLogger(where);
			if (level.intValue() >= Level.SEVERE.intValue()) {
				logger.error(message, error);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				logger.warn(message, error);
			}
			else if (level.intValue() >= Level.INFO.intValue()) {
				logger.debug(message, error);
			}
			else {
				logger.trace(message, error);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// levels come from the application's logging configuration
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			var logger = LoggerFactory.getLogger("com.openhtmltopdf");
			int level = diagnostic.getLevel().intValue();
			return level >= Level.WARNING.intValue() ? logger.isWarnEnabled()
					: level >= Level.INFO.intValue() ? logger.isDebugEnabled() : logger.isTraceEnabled();
		}
	}
}
