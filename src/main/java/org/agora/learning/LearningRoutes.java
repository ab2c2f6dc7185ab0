package org.agora.learning;

import org.agora.platform.security.RouteRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The learning module's routes: open to signed-in people, with every page and action checked by
 * {@link LearningPolicy}; certificates can be verified by anyone.
 */
@Component
class LearningRoutes implements RouteRules {

	@Override
	public void open(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/certificates/*").permitAll();
		routes.requestMatchers("/learning", "/learning/**", "/api/v1/courses", "/api/v1/courses/**", "/api/v1/me/learning",
				"/api/v1/cohorts/**", "/api/v1/lessons/**", "/api/v1/quizzes/**")
			.authenticated();
	}
}
