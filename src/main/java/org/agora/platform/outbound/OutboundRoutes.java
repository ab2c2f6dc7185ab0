package org.agora.platform.outbound;

import org.agora.platform.security.Role;
import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Only admins decide which internal hosts Agora may fetch from. */
@Component
class OutboundRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/admin/outbound").hasRole(Role.ADMIN.name());
	}
}
