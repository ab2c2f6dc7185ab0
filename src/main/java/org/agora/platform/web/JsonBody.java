package org.agora.platform.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The fields of a JSON object sent to the API, read the way the forms read theirs: as text, numbers and lists. A value
 * of the wrong shape is an {@link InvalidInputException} naming the field, under the calling module's message keys.
 * A missing body reads as an empty object.
 */
public final class JsonBody {

	/**
	 * A module's message keys: {@code shape} for a value of the wrong shape (an object or a list where one value
	 * belongs, or not true or false), {@code number} for a value that is not a whole number or an id.
	 */
	public record Keys(String shape, String number) {
	}

	private final Map<String, Object> json;

	private final Keys keys;

	private JsonBody(Map<String, Object> json, Keys keys) {
		this.json = json == null ? Map.of() : json;
		this.keys = keys;
	}

	public static JsonBody of(Map<String, Object> json, Keys keys) {
		return new JsonBody(json, keys);
	}

	/** Whether the object has the field, even with a null value. */
	public boolean has(String field) {
		return json.containsKey(field);
	}

	/** The field as text, numbers and booleans as typed; null when absent or null. */
	public String text(String field) {
		Object value = json.get(field);
		if (value == null) {
			return null;
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			throw shape(field, "a single value");
		}
		return value.toString();
	}

	/** The field's text, or the fallback when the object has no such field. */
	public String textOr(String field, String fallback) {
		return has(field) ? text(field) : fallback;
	}

	/** The field as a whole number, given as a number or as text; null when absent, null or blank. */
	public Integer number(String field) {
		if (json.get(field) instanceof Number n) {
			// a fraction, or a number past an int, is refused rather than cut or wrapped
			var exact = new BigDecimal(n.toString());
			if (exact.stripTrailingZeros().scale() > 0 || exact.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
					|| exact.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
				throw new InvalidInputException(field, keys.number(), "\"" + field + "\" is to be a whole number.");
			}
			return exact.intValue();
		}
		String text = text(field);
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(field, keys.number(), "\"" + field + "\" is to be a whole number.");
		}
	}

	/** The field as the id of something, given as a number; null when absent or null. */
	public Long id(String field) {
		Object value = json.get(field);
		if (value == null) {
			return null;
		}
		if (value instanceof Number n) {
			return n.longValue();
		}
		throw new InvalidInputException(field, keys.number(), "\"" + field + "\" is to be an id.");
	}

	/** The field as true or false; null when absent or null. */
	public Boolean bool(String field) {
		Object value = json.get(field);
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		throw shape(field, "true or false");
	}

	/**
	 * The field as a list of texts, a null item as empty text; a single value counts as a list of one, and an absent
	 * or null field as none.
	 */
	public List<String> list(String field) {
		Object value = json.get(field);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> items) {
			return items.stream().map(item -> item == null ? "" : item.toString()).toList();
		}
		return List.of(text(field));
	}

	/** The field's list as one comma-separated text, as a form's field takes it; null when absent or null. */
	public String joined(String field) {
		return json.get(field) == null ? null : String.join(",", list(field));
	}

	/** The field's list as one comma-separated text, or the fallback when the object has no such field. */
	public String joinedOr(String field, String fallback) {
		return has(field) ? joined(field) : fallback;
	}

	private InvalidInputException shape(String field, String expected) {
		return new InvalidInputException(field, keys.shape(), "\"" + field + "\" is to be " + expected + ".");
	}
}
