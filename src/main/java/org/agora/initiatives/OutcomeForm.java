package org.agora.initiatives;

import java.util.List;

/**
 * An outcome as typed. A measure is all or nothing: its name with both values (before and after), or none of them;
 * its unit is optional. Links come as parallel lists of kind, path and label; a row left blank is ignored.
 */
record OutcomeForm(String description, String measure, String measureUnit, String valueBefore, String valueAfter,
		List<String> values, List<String> linkKind, List<String> linkPath, List<String> linkLabel) {

	static OutcomeForm blank() {
		return new OutcomeForm("", "", "", "", "", List.of(), List.of(), List.of(), List.of());
	}

	List<String> valuesOrEmpty() {
		return values == null ? List.of() : values;
	}

	boolean valued(String value) {
		return valuesOrEmpty().contains(value);
	}

	/** The typed link at the index, or blank. */
	String kindAt(int i) {
		return at(linkKind, i);
	}

	String pathAt(int i) {
		return at(linkPath, i);
	}

	String labelAt(int i) {
		return at(linkLabel, i);
	}

	int linkRows() {
		return Math.max(size(linkKind), Math.max(size(linkPath), size(linkLabel)));
	}

	private static int size(List<String> list) {
		return list == null ? 0 : list.size();
	}

	private static String at(List<String> list, int i) {
		return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
	}
}
