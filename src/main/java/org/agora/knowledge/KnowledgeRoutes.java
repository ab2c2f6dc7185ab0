package org.agora.knowledge;

import org.agora.platform.security.RouteRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The knowledge base is the organization's: every role but a guest's reads it. Writing a new article, or harvesting
 * one from discussions, is for knowledge leaders and managers; each article is then checked by
 * {@link KnowledgePolicy}.
 */
@Component
class KnowledgeRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/knowledge/new")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER");
		routes.requestMatchers(HttpMethod.POST, "/knowledge/articles", "/knowledge/harvest", "/api/v1/articles",
				"/api/v1/articles/harvest")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER");
		routes.requestMatchers("/knowledge", "/knowledge/**", "/api/v1/articles", "/api/v1/articles/**",
				"/api/v1/templates")
			.hasAnyRole("ADMIN", "COMMUNITY_MANAGER", "KNOWLEDGE_LEADER", "EMPLOYEE");
	}
}
