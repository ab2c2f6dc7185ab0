package org.agora.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agora.platform.web.InvalidInputException;

/**
 * Reads the JSON of an event for the API: the fields given replace those of a base form (a blank one to create, the
 * event's own to change), and fields left out keep their values. Numbers are taken as text and lists of tags,
 * organizers or focus areas as lists or as comma-separated text, the way the form takes them.
 */
final class EventRequests {

	static final Set<String> FIELDS = Set.of("title", "description", "type", "focus", "tags", "start", "end",
			"timeZone", "location", "onlineUrl", "capacity", "registrationDeadline", "audience",
			"partnerOrganization", "organizers");

	private EventRequests() {
	}

	static EventForm merge(EventForm base, Map<String, Object> json) {
		if (json == null) {
			throw new InvalidInputException("body", "calapi.error.body", "Send the event as a JSON object.");
		}
		for (String key : json.keySet()) {
			if (!FIELDS.contains(key)) {
				throw new InvalidInputException(key, "calapi.error.unknownField",
						"\"" + key + "\" is not a field of an event.");
			}
		}
		return new EventForm(text(json, "title", base.title()), text(json, "description", base.description()),
				text(json, "type", base.type()), focus(json, base.focus()), list(json, "tags", base.tags()),
				text(json, "start", base.start()), text(json, "end", base.end()),
				text(json, "timeZone", base.timeZone()), text(json, "location", base.location()),
				text(json, "onlineUrl", base.onlineUrl()), text(json, "capacity", base.capacity()),
				text(json, "registrationDeadline", base.registrationDeadline()), text(json, "audience", base.audience()),
				text(json, "partnerOrganization", base.partnerOrganization()),
				list(json, "organizers", base.organizers()));
	}

	private static String text(Map<String, Object> json, String field, String current) {
		if (!json.containsKey(field)) {
			return current;
		}
		Object value = json.get(field);
		if (value == null) {
			return "";
		}
		if (value instanceof String || value instanceof Number) {
			return value.toString();
		}
		throw wrongType(field, "text");
	}

	private static String list(Map<String, Object> json, String field, String current) {
		if (json.get(field) instanceof List<?> items) {
			return String.join(", ", strings(field, items));
		}
		return text(json, field, current);
	}

	private static List<String> focus(Map<String, Object> json, List<String> current) {
		if (!json.containsKey("focus")) {
			return current;
		}
		Object value = json.get("focus");
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> items) {
			return strings("focus", items);
		}
		if (value instanceof String text) {
			return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		throw wrongType("focus", "a list");
	}

	private static List<String> strings(String field, List<?> items) {
		var strings = new ArrayList<String>();
		for (Object item : items) {
			if (!(item instanceof String text)) {
				throw wrongType(field, "a list of text");
			}
			strings.add(text);
		}
		return strings;
	}

	private static InvalidInputException wrongType(String field, String expected) {
		return new InvalidInputException(field, "calapi.error.type", "\"" + field + "\" is to be " + expected + ".");
	}
}
