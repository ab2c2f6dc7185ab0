package org.agora.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders an HTML page to PDF, as Agora's documents are made (certificates, reports): the fonts embedded (DejaVu Sans,
 * which has Hebrew), Hebrew shaped and ordered right to left where the page is, tagged for screen readers (PDF/UA),
 * and nothing outside the document ever loaded, whatever the page's text says.
 */
@Component
public class HtmlPdf {

	/** The font family the pages name in their CSS. */
	public static final String FONT = "DejaVu Sans";

	private final byte[] regular;

	private final byte[] bold;

	HtmlPdf() throws IOException {
		this.regular = new ClassPathResource("fonts/DejaVuSans.ttf").getContentAsByteArray();
		this.bold = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getContentAsByteArray();
		XRLog.setLoggerImpl(new Slf4jLog());
	}

	/** The page as PDF; {@code rtl} when its text runs right to left. */
	public byte[] render(String html, boolean rtl) {
		var pdf = new ByteArrayOutputStream();
		var builder = new PdfRendererBuilder().useFastMode()
			.withHtmlContent(html, null)
			.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
			.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
			.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
			.useUnicodeBidiReorderer(new ICUBidiReorderer())
			.defaultTextDirection(rtl ? TextDirection.RTL : TextDirection.LTR)
			// what people typed must never make the renderer fetch anything
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
	private static final class Slf4jLog implements XRLogger {

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
