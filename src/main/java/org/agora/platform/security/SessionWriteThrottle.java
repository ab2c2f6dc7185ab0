package org.agora.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ThrottledSessionRepository} between the session filter and the JDBC session store. The store stays the
 * one Spring Boot configures (its table, timeout and clean-up); only the filter, which touches the session on every
 * request, reads and writes through the throttle, with the same cookie settings.
 */
@Component
class SessionWriteThrottle implements BeanPostProcessor {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	private final ObjectProvider<CookieSerializer> cookies;

	SessionWriteThrottle(ObjectProvider<JdbcIndexedSessionRepository> sessions, ObjectProvider<CookieSerializer> cookies) {
		this.sessions = sessions;
		this.cookies = cookies;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof SessionRepositoryFilter<?>)) {
			return bean;
		}
		var store = sessions.getIfAvailable();
		if (store == null) {
			return bean;
		}
		var filter = new SessionRepositoryFilter<>(new ThrottledSessionRepository(store, RESOLUTION));
		var resolver = new CookieHttpSessionIdResolver();
		cookies.ifAvailable(resolver::setCookieSerializer);
		filter.setHttpSessionIdResolver(resolver);
		return filter;
	}
}
