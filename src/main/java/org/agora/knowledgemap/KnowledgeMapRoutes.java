package org.agora.knowledgemap;

import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The knowledge map is the organization's: every role but a guest's passes, and {@link KnowledgeMapPolicy} decides
 * per thing. The risk register and the scales are the managers'.
 */
@Component
class KnowledgeMapRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/knowledge-map/risks", "/knowledge-map/risks/**", "/knowledge-map/scales",
				"/knowledge-map/scales/**", "/api/v1/retention-risks", "/api/v1/retention-risks/**",
				"/api/v1/retention-risks.csv")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER");
		routes.requestMatchers("/knowledge-map", "/knowledge-map/**", "/api/v1/knowledge-areas",
				"/api/v1/knowledge-areas/**", "/api/v1/knowledge-needs", "/api/v1/knowledge-needs/**",
				"/api/v1/knowledge-needs.csv")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER", "EMPLOYEE");
	}
}
