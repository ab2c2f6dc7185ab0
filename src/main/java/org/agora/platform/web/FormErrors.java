package org.agora.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

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

	/** The message key of the field's error, or null. */
	public String get(String field) {
		return byField.get(field);
	}

	/** Bootstrap's class for an invalid control. */
	public String cls(String field) {
		return has(field) ? " is-invalid" : "";
	}
}
