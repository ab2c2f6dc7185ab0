package org.agora.knowledgemap;

import java.util.List;

/**
 * An area as typed in the form or sent to the API, as text, so that what was typed comes back with the errors.
 *
 * @param version the version an edit was made on; null for a new area
 */
record AreaForm(String parentId, String name, String description, List<String> unitIds, Integer version) {

	AreaForm {
		unitIds = unitIds == null ? List.of() : unitIds;
	}

	static AreaForm blank() {
		return new AreaForm("", "", "", List.of(), null);
	}

	static AreaForm of(Area a) {
		return new AreaForm(a.parentId() == null ? "" : String.valueOf(a.parentId()), a.name(),
				a.description() == null ? "" : a.description(), a.unitIds().stream().map(String::valueOf).toList(),
				a.version());
	}

	AreaForm withVersion(Integer number) {
		return new AreaForm(parentId, name, description, unitIds, number);
	}
}
