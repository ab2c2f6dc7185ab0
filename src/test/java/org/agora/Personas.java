package org.agora;

import java.util.LinkedHashMap;
import java.util.Map;

import org.agora.platform.security.AccountUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** The demo community's sign-in accounts, one per role, as tests sign in with them. */
public final class Personas {

	public static final String PASSWORD = "agora-demo-2026";

	public static final String ADMIN = "admin@agora.example";

	public static final String MANAGER = "manager@agora.example";

	public static final String LEADER = "leader@agora.example";

	public static final String EMPLOYEE = "employee@agora.example";

	public static final String GUEST = "guest@partner.example";

	/** Persona name → email, in the order of the authorization table's columns. */
	public static final Map<String, String> BY_ROLE = new LinkedHashMap<>();

	static {
		BY_ROLE.put("GUEST", GUEST);
		BY_ROLE.put("EMPLOYEE", EMPLOYEE);
		BY_ROLE.put("KNOWLEDGE_LEADER", LEADER);
		BY_ROLE.put("COMMUNITY_MANAGER", MANAGER);
		BY_ROLE.put("ADMIN", ADMIN);
	}

	private Personas() {
	}

	public static AccountUser user(UserDetailsService users, String email) {
		return (AccountUser) users.loadUserByUsername(email);
	}

	/** Signs the request in as the person, the way a session would. */
	public static RequestPostProcessor as(UserDetailsService users, String email) {
		var user = user(users, email);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}
}
