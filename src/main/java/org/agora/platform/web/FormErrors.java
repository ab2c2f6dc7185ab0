package org.agora.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Field errors of a submitted form, as message keys by field, for showing beside the fields. */
public final class FormErrors {

	private final Map<String, String> byField = new LinkedHashMap<>();

	public static FormErrors none() {
		return new FormErrors();
	}

	public static FormErrors of(InvalidInputException e) {
		return new FormErrors().add(e.field(), e.messageKey());
	}

	public FormErrors add(String field, String messageKey) {
		byField.putIfAbsent(field, messageKey);
		return this;
	}

	public boolean any() {
		return !byField.isEmpty();
	}

	public boolean has(String field) {
		return byField.containsKey(field);
	}

	/** The fields with an error, in the order they were found, for an error summary that links to them. */
	public Set<String> fields() {
		return Collections.unmodifiableSet(byField.keySet());
	}

	/** The message key of the field's error, or null. */
	public String get(String field) {
		return byField.get(field);
	}

	/** Bootstrap's class for an invalid control. */
	public String cls(String field) {
		return has(field) ? " is-invalid" : "";
	}

	/**
	 * The id of the field's error message (see layout/fieldError.jte) for aria-describedby, or null when the field
	 * has none, so that the template leaves the attribute out.
	 */
	public String describedBy(String field) {
		return has(field) ? field + "-error" : null;
	}

	/** The field's help text, followed by its error message when it has one, for aria-describedby. */
	public String describedBy(String field, String helpId) {
		return has(field) ? helpId + " " + field + "-error" : helpId;
	}

	/** "true" for aria-invalid when the field has an error, else null, so that the template leaves it out. */
	public String invalid(String field) {
		return has(field) ? "true" : null;
	}
}
