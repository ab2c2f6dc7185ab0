package org.agora.initiatives;

/** An obstacle as typed: its category, what happened, how it was handled, and whether it is resolved. */
record ObstacleForm(String category, String description, String handling, Boolean resolved) {

	static ObstacleForm blank() {
		return new ObstacleForm("", "", "", false);
	}
}
