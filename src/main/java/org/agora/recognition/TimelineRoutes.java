package org.agora.recognition;

import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The timeline, kudos and reactions are the organization's: every role but a guest's passes, and
 * {@link RecognitionPolicy} decides per thing (private kudos for their giver and receiver only).
 */
@Component
class TimelineRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/recognition", "/recognition/kudos", "/recognition/achievements/**", "/api/v1/kudos",
				"/api/v1/achievements", "/api/v1/achievements/**")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER", "EMPLOYEE");
	}
}
