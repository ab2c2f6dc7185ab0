package org.agora.recognition;

import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The leaderboards and a person's own recognition are the organization's: every role but a guest's passes. The point
 * rules and the report are the managers'; {@link RecognitionPolicy} decides the rest, such as who changes the rules.
 */
@Component
class BoardRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/recognition/rules", "/recognition/report", "/recognition/report.csv",
				"/recognition/report.pdf", "/api/v1/recognition/rules", "/api/v1/recognition/report")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER");
		routes.requestMatchers("/recognition/leaderboard", "/recognition/me", "/api/v1/recognition/leaderboard",
				"/api/v1/recognition/me")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER", "EMPLOYEE");
	}
}
