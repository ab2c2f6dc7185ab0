package org.agora.learning;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.agora.platform.web.InvalidInputException;

/**
 * The course editor's checks of typed values. Each names the field it refuses, so that the form can mark it and
 * keep what was typed.
 */
final class EditorTexts {

	/** Long enough for a lesson, short enough to keep pages and their previews quick. */
	static final int MARKDOWN_MAX = 50_000;

	private EditorTexts() {
	}

	/** The text without surrounding spaces; refused when blank or longer than max. */
	static String required(String value, int max, String field, String messageKey, String message) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new InvalidInputException(field, messageKey, message);
		}
		return value.strip();
	}

	/** The text without surrounding spaces, or null when blank; refused when longer than max. */
	static String optional(String value, int max, String field, String messageKey, String message) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, messageKey, message);
		}
		return value.strip();
	}

	/**
	 * An absolute http or https address with a host, or null when blank and not required. Anything else, such as a
	 * {@code javascript:} or {@code data:} address, is refused, since learners open these links.
	 */
	static String webAddress(String value, boolean required, String field, String messageKey, String message) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new InvalidInputException(field, messageKey, message);
			}
			return null;
		}
		String address = value.strip();
		if (address.length() > 1000) {
			throw new InvalidInputException(field, messageKey, message);
		}
		try {
			var uri = new URI(address);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
				throw new InvalidInputException(field, messageKey, message);
			}
		}
		catch (URISyntaxException e) {
			throw new InvalidInputException(field, messageKey, message);
		}
		return address;
	}

	/** A whole number from min to max; refused when blank. */
	static int number(String value, int min, int max, String field, String messageKey, String message) {
		Integer number = optionalNumber(value, min, max, field, messageKey, message);
		if (number == null) {
			throw new InvalidInputException(field, messageKey, message);
		}
		return number;
	}

	/** A whole number from min to max, or null when blank. */
	static Integer optionalNumber(String value, int min, int max, String field, String messageKey, String message) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// refused below, like a number out of range
		}
		throw new InvalidInputException(field, messageKey, message);
	}
}
