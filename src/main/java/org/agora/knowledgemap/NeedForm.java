package org.agora.knowledgemap;

import java.util.ArrayList;
import java.util.List;

/**
 * A need as typed in the form or sent to the API, every field as text so that what was typed comes back with the
 * errors. The links come as three lists of the same length (kind, path, label); rows left wholly blank are ignored.
 *
 * @param version the version the edit was made on; null for a new need
 */
record NeedForm(String unitId, String areaId, String title, String description, String neededBy, String peopleCount,
		String availability, String importance, String scarcity, String frequency, List<String> linkKind,
		List<String> linkPath, List<String> linkLabel, Integer version) {

	NeedForm {
		linkKind = linkKind == null ? List.of() : linkKind;
		linkPath = linkPath == null ? List.of() : linkPath;
		linkLabel = linkLabel == null ? List.of() : linkLabel;
	}

	static NeedForm blank() {
		return new NeedForm("", "", "", "", "", "", "", "", "", "", List.of(), List.of(), List.of(), null);
	}

	static NeedForm of(Need n) {
		return new NeedForm(String.valueOf(n.unitId()), n.areaId() == null ? "" : String.valueOf(n.areaId()), n.title(),
				text(n.description()), text(n.neededBy()),
				n.peopleCount() == null ? "" : String.valueOf(n.peopleCount()), n.availability().name(),
				String.valueOf(n.importance()), String.valueOf(n.scarcity()), String.valueOf(n.frequency()),
				n.links().stream().map(l -> l.kind().name()).toList(), n.links().stream().map(Need.Link::path).toList(),
				n.links().stream().map(Need.Link::label).toList(), n.version());
	}

	NeedForm withVersion(Integer number) {
		return new NeedForm(unitId, areaId, title, description, neededBy, peopleCount, availability, importance,
				scarcity, frequency, linkKind, linkPath, linkLabel, number);
	}

	/** The link rows typed, with two blank rows more for the form to offer. */
	List<String[]> linkRows() {
		int rows = Math.max(linkKind.size(), Math.max(linkPath.size(), linkLabel.size()));
		var all = new ArrayList<String[]>();
		for (int i = 0; i < rows; i++) {
			all.add(new String[] { at(linkKind, i), at(linkPath, i), at(linkLabel, i) });
		}
		all.add(new String[] { "", "", "" });
		all.add(new String[] { "", "", "" });
		return all;
	}

	static String at(List<String> values, int i) {
		return i < values.size() && values.get(i) != null ? values.get(i) : "";
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
