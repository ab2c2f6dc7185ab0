package org.agora.recognition;

import java.util.List;

import org.agora.people.People;
import org.springframework.stereotype.Component;

/** The latest changes of the point rules, each with the name of who made it, for the rules page and its JSON twin. */
@Component
class RulesTrail {

	/** A change, with the name of who made it (null when they are gone). */
	record Row(Rules.Change change, String by) {
	}

	private final Rules rules;

	private final People people;

	RulesTrail(Rules rules, People people) {
		this.rules = rules;
		this.people = people;
	}

	List<Row> latest() {
		var changes = rules.trail(50);
		var names = people.findAll(changes.stream().map(Rules.Change::changedBy).distinct().toList());
		return changes.stream().map(c -> {
			var by = names.get(c.changedBy());
			return new Row(c, by == null ? null : by.fullName());
		}).toList();
	}
}
