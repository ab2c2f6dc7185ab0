package org.agora.platform.security;

import java.util.List;

import javax.sql.DataSource;

import org.agora.platform.AgoraProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach which route. Every route is denied unless a module's {@link RouteRules} open it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PersistentTokenBasedRememberMeServices rememberMeServices(AgoraProperties properties,
			UserDetailsService users, DataSource dataSource) {
		var tokens = new JdbcTokenRepositoryImpl();
		tokens.setDataSource(dataSource);
		var services = new PersistentTokenBasedRememberMeServices(properties.secret(), users, tokens);
		services.setParameter("remember-me");
		services.setTokenValiditySeconds(60 * 60 * 24 * 30);
		return services;
	}

	@Bean
	SecurityFilterChain agoraSecurity(HttpSecurity http, List<RouteRules> rules, AccessTokens accessTokens,
			AttemptLimiter limiter, PersistentTokenBasedRememberMeServices rememberMe,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations,
			ObjectProvider<SingleSignOnAccounts> ssoAccounts, CurrentAccounts currentAccounts,
			SignedInSessions sessions) throws Exception {
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(routes -> {
			routes.requestMatchers("/error", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
				.permitAll();
			routes.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
			routes.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
			rules.forEach(rule -> rule.open(routes));
			routes.anyRequest().denyAll();
		});
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		http.rememberMe(remember -> remember.rememberMeServices(rememberMe));
		// the signed token authorizes an unsubscribe, and mail clients' one-click POST carries no CSRF token
		http.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer,
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe")));
		// pages get the error page: a single access-denied mapping would answer every request, not only the API's
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(new ProblemEntryPoint(HttpStatus.UNAUTHORIZED), api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
			.defaultAccessDeniedHandlerFor(new ProblemEntryPoint(HttpStatus.FORBIDDEN), api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
		var apiExplorer = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		http.headers(headers -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(request -> !apiExplorer.matches(request),
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
			// the API explorer is a vendor page that sets one inline style; its scripts stay as strict as everywhere
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(apiExplorer, new StaticHeadersWriter(
					"Content-Security-Policy", CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		http.addFilterBefore(new BearerTokenFilter(accessTokens), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new AttemptLimitFilter(limiter), BearerTokenFilter.class);
		http.addFilterBefore(new SessionRefreshFilter(currentAccounts, rememberMe, sessions), AuthorizationFilter.class);
		if (clientRegistrations.getIfAvailable() != null) {
			var oidcUsers = new SingleSignOnUserService(ssoAccounts.getObject());
			http.oauth2Login(oauth -> oauth.loginPage("/login").userInfoEndpoint(info -> info.oidcUserService(oidcUsers)));
		}
		return http.build();
	}
}
