package org.agora.calendar;

import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The calendar is for signed-in people (guests included, who see only what they are invited to), with every event
 * checked by {@link CalendarPolicy}; personal feeds are fetched by calendar applications with their secret link.
 */
@Component
class CalendarRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/calendar/feed/*").permitAll();
		routes.requestMatchers("/calendar", "/calendar/**", "/api/v1/events", "/api/v1/events/**", "/api/v1/calendar/**")
			.authenticated();
	}
}
