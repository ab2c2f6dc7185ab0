package org.agora.platform.security;

/** What a person may do in Agora; a person holds one or more. */
public enum Role {

	ADMIN, COMMUNITY_MANAGER, KNOWLEDGE_LEADER, EMPLOYEE, GUEST;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
