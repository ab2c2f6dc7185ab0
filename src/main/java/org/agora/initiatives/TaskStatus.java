package org.agora.initiatives;

import java.util.Locale;

import org.agora.platform.Text;
import org.agora.platform.web.InvalidInputException;

/** The columns of a project's task board, in their order. */
enum TaskStatus {

	TODO, DOING, DONE;

	static TaskStatus parse(String field, String typed) {
		try {
			return valueOf(typed == null ? "" : Text.withoutNul(typed).strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", ""));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "projects.error.taskStatus", "The column is TODO, DOING or DONE.");
		}
	}
}
