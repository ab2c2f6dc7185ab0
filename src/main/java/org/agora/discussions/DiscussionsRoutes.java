package org.agora.discussions;

import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Discussions are for signed-in people; each space, thread and post is checked by {@link DiscussionsPolicy}, so a
 * guest reaches only the private spaces they are members of. The radar and announcements are for the organization.
 */
@Component
class DiscussionsRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/discussions", "/discussions/**", "/api/v1/spaces", "/api/v1/spaces/**",
				"/api/v1/threads", "/api/v1/threads/**", "/api/v1/posts/**", "/api/v1/questions",
				"/api/v1/questions/**", "/api/v1/discussions/**")
			.authenticated();
		routes.requestMatchers("/radar", "/radar/**", "/api/v1/radar", "/api/v1/radar/**", "/announcements",
				"/announcements/**", "/api/v1/announcements", "/api/v1/announcements/**")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER", "EMPLOYEE");
	}
}
