package org.agora.recognition;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.agora.platform.security.Role;
import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Badges and points are the organization's: every role but a guest's reads them, and community managers create and
 * award manual badges; {@link RecognitionPolicy} decides again per request.
 */
@Component
class BadgeRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(POST, "/recognition/badges", "/recognition/badges/*/awards", "/api/v1/badges",
				"/api/v1/badges/*/awards")
			.hasRole(Role.COMMUNITY_MANAGER.name());
		routes.requestMatchers(GET, "/recognition/badges", "/recognition/badges/*", "/api/v1/badges",
				"/api/v1/badges/*", "/api/v1/people/*/badges", "/api/v1/people/*/points")
			.hasAnyRole(Role.ADMIN.name(), Role.COMMUNITY_MANAGER.name(), Role.KNOWLEDGE_LEADER.name(),
					Role.EMPLOYEE.name());
	}
}
