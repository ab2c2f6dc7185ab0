package org.agora.initiatives;

/**
 * An initiative as typed in the form or sent to the API, every field as text so that what was typed comes back with
 * the errors.
 *
 * @param leaderId the leader's person id; blank for the person registering it (only managers name another)
 * @param plannedStart an ISO date, or blank
 * @param version the version the edit was made on; null for a new initiative
 */
record InitiativeForm(String unitId, String leaderId, String title, String goal, String kind, String audience,
		String plannedStart, String plannedEnd, Integer version) {

	static InitiativeForm blank() {
		return new InitiativeForm("", "", "", "", "", "", "", "", null);
	}

	static InitiativeForm of(Initiative i) {
		return new InitiativeForm(String.valueOf(i.unitId()), String.valueOf(i.leaderId()), i.title(), i.goal(),
				i.kind().name(), i.audience() == null ? "" : i.audience(),
				i.plannedStart() == null ? "" : i.plannedStart().toString(),
				i.plannedEnd() == null ? "" : i.plannedEnd().toString(), i.version());
	}

	InitiativeForm withVersion(int number) {
		return new InitiativeForm(unitId, leaderId, title, goal, kind, audience, plannedStart, plannedEnd, number);
	}
}
