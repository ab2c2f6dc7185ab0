package org.agora.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The order of modules in a course, lessons in a module, links in a lesson and questions in a quiz. Moving one
 * swaps it with its neighbour and numbers the whole list again, so that ties and gaps left by older data vanish.
 */
@Component
class EditorPositions {

	/** A list of things kept in order under a parent. Table and column names are fixed here, never typed by people. */
	enum Siblings {

		MODULES("learning_module", "course_id"), LESSONS("learning_lesson", "module_id"),
		LINKS("learning_lesson_link", "lesson_id"), QUESTIONS("learning_question", "quiz_id");

		private final String table;

		private final String parent;

		Siblings(String table, String parent) {
			this.table = table;
			this.parent = parent;
		}
	}

	private final JdbcClient jdbc;

	EditorPositions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads a move button's direction: "up" or "down"; anything else is a bad request, not a form error. */
	private static boolean up(String direction) {
		if ("up".equals(direction) || "down".equals(direction)) {
			return "up".equals(direction);
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Move up or down");
	}

	/** The position after the last one under the parent. */
	int next(Siblings siblings, long parentId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from " + siblings.table + " where " + siblings.parent + " = :p")
			.param("p", parentId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Moves the item one place "up" or "down"; the first stays first when moved up, the last stays last. Call it
	 * after checking who asks, so that only editors learn what a bad direction is.
	 */
	void move(Siblings siblings, long id, String direction) {
		boolean up = up(direction);
		long parentId = jdbc.sql("select " + siblings.parent + " from " + siblings.table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		List<Long> order = new ArrayList<>(jdbc
			.sql("select id from " + siblings.table + " where " + siblings.parent + " = :p order by position, id")
			.param("p", parentId)
			.query(Long.class)
			.list());
		int at = order.indexOf(id);
		int to = up ? at - 1 : at + 1;
		if (to < 0 || to >= order.size()) {
			return;
		}
		Collections.swap(order, at, to);
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update " + siblings.table + " set position = :position where id = :id")
				.param("position", i + 1)
				.param("id", order.get(i))
				.update();
		}
	}
}
