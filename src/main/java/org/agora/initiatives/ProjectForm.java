package org.agora.initiatives;

/**
 * A charter as typed in the form or sent to the API, every field as text so that what was typed comes back with the
 * errors.
 *
 * @param lead who leads it, by email or handle; blank for the person starting it (or, on an edit, the same lead)
 * @param version the version the edit was made on; null for a new project
 */
record ProjectForm(String title, String goal, String scope, String lead, Integer version) {

	static ProjectForm blank() {
		return new ProjectForm("", "", "", "", null);
	}

	static ProjectForm of(Project p, String leadEmail) {
		return new ProjectForm(p.title(), p.goal(), p.scope() == null ? "" : p.scope(), leadEmail, p.version());
	}

	ProjectForm withVersion(int number) {
		return new ProjectForm(title, goal, scope, lead, number);
	}
}
