package org.agora.search;

import org.agora.platform.security.Role;
import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in may search, guests too: what each finds is filtered by the sources' keys and policies. Only
 * admins rebuild the index.
 */
@Component
class SearchRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/search", "/admin/search/**", "/api/v1/search/rebuild")
			.hasRole(Role.ADMIN.name());
		routes.requestMatchers("/search", "/search/suggest", "/api/v1/search").authenticated();
	}
}
