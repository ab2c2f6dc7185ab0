package org.agora.recognition;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.agora.platform.OrganizationClock;
import org.agora.platform.pdf.HtmlPdf;
import org.agora.platform.settings.Settings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws the recognition report as an A4 PDF from the template {@code recognition/reportPdf.jte}, in the reader's
 * language, set up as the learning module's certificates are: fonts embedded (DejaVu Sans, which has Hebrew), Hebrew
 * shaped and ordered by ICU's bidi algorithm, right to left in Hebrew, tagged for screen readers, and nothing outside
 * the document ever loaded.
 */
@Component
class ReportPdf {

	/**
	 * A cell of a table: text, or a number, which lines up at the end of its column. People's text (a name, a unit)
	 * runs in its own direction, as dir="auto" would have it, lined up as the document is: its style says so.
	 */
	record Cell(String text, boolean number, String style) {
	}

	/** A table's header and rows, their cells in the order they are drawn from left to right. */
	record Table(List<Cell> header, List<List<Cell>> rows) {
	}

	/**
	 * What the template shows, with the texts in the reader's language. The renderer lays a table's columns out from
	 * left to right whatever the direction, so for a right-to-left reader each row is drawn reversed, the first column
	 * on the right.
	 */
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

		Table totals() {
			return table(List.of(), List.of(
					List.of(text(t("recognition.report.totalPoints")), figure(report.points())),
					List.of(text(t("recognition.report.totalPeople")), figure(report.people()))));
		}

		Table top() {
			return table(List.of(header("csv.rank"), header("csv.name"), header("csv.unit"), numberHeader("csv.points")),
					report.top().stream()
						.map(s -> List.of(text(number(s.rank())), written(s.name()), written(s.unitName()), figure(s.points())))
						.toList());
		}

		Table outcomes() {
			return table(List.of(header("outcome"), numberHeader("csv.count")), report.outcomes().stream()
				.map(o -> List.of(text(t("recognition.report.outcome." + o.rule().name())), figure(o.count())))
				.toList());
		}

		Table units() {
			return table(List.of(header("csv.unit"), numberHeader("csv.points"), numberHeader("activePeople")),
					report.units().stream()
						.map(u -> List.of(u.name() == null ? text(t("recognition.report.noUnit")) : written(u.name()),
								figure(u.points()), figure(u.people())))
						.toList());
		}

		Table badges() {
			return table(List.of(header("badge"), numberHeader("csv.count")), report.badges().stream()
				.map(b -> List.of(written(b.name(lang())), figure(b.count())))
				.toList());
		}

		private Table table(List<Cell> header, List<List<Cell>> rows) {
			return new Table(drawn(header), rows.stream().map(this::drawn).toList());
		}

		private List<Cell> drawn(List<Cell> cells) {
			if (!rtl()) {
				return cells;
			}
			var reversed = new ArrayList<>(cells);
			Collections.reverse(reversed);
			return reversed;
		}

		private Cell header(String key) {
			return text(t("recognition.report." + key));
		}

		private Cell numberHeader(String key) {
			return new Cell(t("recognition.report." + key), true, null);
		}

		private static Cell text(String text) {
			return new Cell(text == null ? "" : text, false, null);
		}

		private Cell figure(long value) {
			return new Cell(number(value), true, null);
		}

		/** Text people wrote, in the direction of its first letter that has one. */
		private Cell written(String text) {
			if (text == null) {
				return text(null);
			}
			Boolean rightToLeft = null;
			for (int i = 0; i < text.length() && rightToLeft == null; i = text.offsetByCodePoints(i, 1)) {
				byte direction = Character.getDirectionality(text.codePointAt(i));
				if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
					rightToLeft = false;
				}
				else if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
						|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
					rightToLeft = true;
				}
			}
			if (rightToLeft == null || rightToLeft == rtl()) {
				return text(text);
			}
			return new Cell(text, false, rightToLeft ? "direction: rtl; text-align: left;"
					: "direction: ltr; text-align: right;");
		}
	}

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final Settings settings;

	private final OrganizationClock clock;

	private final HtmlPdf pdf;

	ReportPdf(TemplateEngine templates, MessageSource messages, Settings settings, OrganizationClock clock,
			HtmlPdf pdf) {
		this.templates = templates;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.pdf = pdf;
	}

	byte[] render(RecognitionReport.Report report, Locale locale) {
		var language = "he".equals(locale.getLanguage()) ? Locale.forLanguageTag("he") : Locale.ENGLISH;
		var sheet = new Sheet(language, messages, report,
				settings.find(Settings.ORGANIZATION_NAME).filter(name -> !name.isBlank()).orElse(null),
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(clock.today()));
		var html = new StringOutput();
		templates.render("recognition/reportPdf.jte", sheet, html);
		return pdf.render(html.toString(), sheet.rtl());
	}
}
