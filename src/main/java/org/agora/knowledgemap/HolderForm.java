package org.agora.knowledgemap;

/**
 * The form of a holder, every field as text so that what was typed comes back with the errors. People and areas are
 * named by id, as the form offers them in lists; {@code version} is the one the form was read at.
 */
record HolderForm(String areaId, String personId, String level, String departureReason, String expectedDeparture,
		String positionRisk, String successorId, String captured, String version) {

	static final HolderForm BLANK = new HolderForm("", "", "", "", "", "", "", "", "");

	boolean capturedChecked() {
		return captured != null && !captured.isBlank() && !"false".equalsIgnoreCase(captured.strip());
	}

	static HolderForm of(Holder h) {
		return new HolderForm(String.valueOf(h.areaId()), String.valueOf(h.personId()), h.level().name(),
				h.reason() == null ? "" : h.reason().name(),
				h.expectedDeparture() == null ? "" : h.expectedDeparture().toString(),
				String.valueOf(h.positionRisk()), h.successorId() == null ? "" : String.valueOf(h.successorId()),
				h.captured() ? "true" : "", String.valueOf(h.version()));
	}
}
