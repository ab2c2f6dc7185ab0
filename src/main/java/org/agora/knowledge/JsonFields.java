package org.agora.knowledge;

import java.util.List;
import java.util.Map;

import org.agora.platform.web.InvalidInputException;

/** Reads the fields of a JSON object sent to the API, naming the field when it has the wrong shape. */
final class JsonFields {

	private final Map<String, Object> json;

	JsonFields(Map<String, Object> json) {
		this.json = json == null ? Map.of() : json;
	}

	boolean has(String field) {
		return json.containsKey(field);
	}

	String text(String field) {
		Object value = json.get(field);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		throw new InvalidInputException(field, "knowledge.error.json", "\"" + field + "\" is to be text.");
	}

	/** A list of texts or one comma-separated text, as one comma-separated text. */
	String list(String field) {
		if (json.get(field) instanceof List<?> list) {
			return String.join(",", list.stream().map(String::valueOf).toList());
		}
		return text(field);
	}

	Integer number(String field) {
		Object value = json.get(field);
		if (value == null) {
			return null;
		}
		if (value instanceof Number n) {
			return n.intValue();
		}
		throw new InvalidInputException(field, "knowledge.error.json", "\"" + field + "\" is to be a number.");
	}

	Long id(String field) {
		Object value = json.get(field);
		if (value == null) {
			return null;
		}
		if (value instanceof Number n) {
			return n.longValue();
		}
		throw new InvalidInputException(field, "knowledge.error.json", "\"" + field + "\" is to be an id.");
	}

	Boolean bool(String field) {
		Object value = json.get(field);
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		throw new InvalidInputException(field, "knowledge.error.json", "\"" + field + "\" is to be true or false.");
	}

	/** The field's text, or the fallback when the object has no such field. */
	String textOr(String field, String fallback) {
		return has(field) ? text(field) : fallback;
	}

	String listOr(String field, String fallback) {
		return has(field) ? list(field) : fallback;
	}
}
