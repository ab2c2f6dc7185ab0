package org.agora.notifications;

import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The notification centre is for signed-in people; unsubscribe links work without signing in. */
@Component
class NotificationsRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/notifications", "/notifications/**", "/api/v1/notifications", "/api/v1/notifications/**")
			.authenticated();
		routes.requestMatchers("/unsubscribe").permitAll();
	}
}
