package org.agora.initiatives;

import org.agora.platform.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Initiatives and joint projects are the organization's: every role but a guest's passes, and
 * {@link InitiativesPolicy} decides per thing. The portfolio is the managers'. Support plans are for knowledge
 * leaders, community managers and admins to reach; the policy then lets in only the leader, the coach and community
 * managers.
 */
@Component
class InitiativesRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/initiatives/portfolio", "/initiatives/portfolio/**")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER");
		routes.requestMatchers("/initiatives/support", "/initiatives/support/**", "/api/v1/support-plans",
				"/api/v1/support-plans/**")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER");
		routes.requestMatchers(HttpMethod.GET, "/initiatives/new", "/initiatives/projects/new")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER");
		routes.requestMatchers(HttpMethod.POST, "/initiatives", "/initiatives/projects", "/api/v1/initiatives",
				"/api/v1/projects")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER");
		routes.requestMatchers("/initiatives", "/initiatives/**", "/api/v1/initiatives", "/api/v1/initiatives/**",
				"/api/v1/projects", "/api/v1/projects/**")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER", "EMPLOYEE");
	}
}
