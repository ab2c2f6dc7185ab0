package org.agora.recognition;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.agora.platform.settings.Settings;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Draws the recognition report as an A4 PDF from the template {@code recognition/reportPdf.jte}, in the reader's
 * language, set up as the learning module's certificates are: fonts embedded (DejaVu Sans, which has Hebrew), Hebrew
 * shaped and ordered by ICU's bidi algorithm, right to left in Hebrew, tagged for screen readers, and nothing outside
 * the document ever loaded.
 */
@Component
class ReportPdf {

	/** What the template shows, with the texts in the reader's language. */
	record Sheet(Locale locale, MessageSource messages, RecognitionReport.Report report, String organization,
			String generated) {

		String t(String key, Object... args) {
			return messages.getMessage(key, args, key, locale);
		}

		String lang() {
			return locale.getLanguage();
		}

		boolean rtl() {
			return "he".equals(lang());
		}

		String date(LocalDate day) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
		}

		String number(long value) {
			return NumberFormat.getIntegerInstance(locale).format(value);
		}
	}

	private static final String FONT = "DejaVu Sans";

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final Settings settings;

	private final RecognitionClock clock;

	private final byte[] regular;

	private final byte[] bold;

	ReportPdf(TemplateEngine templates, MessageSource messages, Settings settings, RecognitionClock clock)
			throws IOException {
		this.templates = templates;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.regular = new ClassPathResource("fonts/DejaVuSans.ttf").getContentAsByteArray();
		this.bold = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getContentAsByteArray();
	}

	byte[] render(RecognitionReport.Report report, Locale locale) {
		var language = "he".equals(locale.getLanguage()) ? Locale.forLanguageTag("he") : Locale.ENGLISH;
		var sheet = new Sheet(language, messages, report,
				settings.find(Settings.ORGANIZATION_NAME).filter(name -> !name.isBlank()).orElse(null),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(clock.today()));
		var html = new StringOutput();
		templates.render("recognition/reportPdf.jte", sheet, html);
		var pdf = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html.toString(), null)
			.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
			.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
			.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
			.useUnicodeBidiReorderer(new ICUBidiReorderer())
			.defaultTextDirection(sheet.rtl() ? TextDirection.RTL : TextDirection.LTR)
			// a name or a unit must never make the renderer fetch anything
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.withProducer("Agora")
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
}
