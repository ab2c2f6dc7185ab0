package org.agora.people;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.agora.platform.security.Role;
import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The routes of the people module; finer checks per object are in {@link PeoplePolicy}. */
@Component
class PeopleRoutes implements RouteRules {

	private static final String[] MEMBERS = { Role.ADMIN.name(), Role.COMMUNITY_MANAGER.name(),
			Role.KNOWLEDGE_LEADER.name(), Role.EMPLOYEE.name() };

	private static final String[] MANAGERS = { Role.ADMIN.name(), Role.COMMUNITY_MANAGER.name() };

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/password/forgot", "/password/reset").permitAll();
		routes.requestMatchers("/me", "/me/**", "/api/v1/me").authenticated();
		routes.requestMatchers(GET, "/people", "/people/**", "/units", "/leaders", "/api/v1/people", "/api/v1/people/**",
				"/api/v1/units", "/nominations", "/nominations/**", "/api/v1/nominations", "/api/v1/nominations/*")
			.hasAnyRole(MEMBERS);
		routes.requestMatchers(GET, "/leaders/coverage")
			.hasAnyRole(Role.ADMIN.name(), Role.COMMUNITY_MANAGER.name(), Role.KNOWLEDGE_LEADER.name());
		routes.requestMatchers(POST, "/nominations", "/api/v1/nominations").hasAnyRole(MEMBERS);
		routes.requestMatchers(POST, "/nominations/*/decision", "/api/v1/nominations/*/decision", "/leaders/*/retire")
			.hasAnyRole(MANAGERS);
		routes.requestMatchers(POST, "/units", "/units/*", "/api/v1/units").hasRole(Role.ADMIN.name());
		routes.requestMatchers("/programme", "/programme/**").hasAnyRole(MANAGERS);
		routes.requestMatchers("/admin/users", "/admin/users/**", "/admin/import", "/admin/import/**")
			.hasRole(Role.ADMIN.name());
		routes.requestMatchers(POST, "/api/v1/import/units", "/api/v1/import/people").hasRole(Role.ADMIN.name());
	}
}
