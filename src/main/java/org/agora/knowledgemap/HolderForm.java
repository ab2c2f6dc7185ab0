package org.agora.knowledgemap;

/**
 * The form of a holder, every field as text so that what was typed comes back with the errors. People and areas are
 * named by id, as the form offers them in lists; {@code successorId} is the designated successor, who lowers the risk
 * only once a confirmed action says they hold the knowledge; {@code version} is the one the form was read at.
 */
record HolderForm(String areaId, String personId, String level, String departureReason, String expectedDeparture,
		String positionRisk, String successorId, String version) {

	static final HolderForm BLANK = new HolderForm("", "", "", "", "", "", "", "");

	static HolderForm of(Holder h) {
		return new HolderForm(String.valueOf(h.areaId()), String.valueOf(h.personId()), h.level().name(),
				h.reason() == null ? "" : h.reason().name(),
				h.expectedDeparture() == null ? "" : h.expectedDeparture().toString(),
				String.valueOf(h.positionRisk()), h.successorId() == null ? "" : String.valueOf(h.successorId()),
				String.valueOf(h.version()));
	}
}
