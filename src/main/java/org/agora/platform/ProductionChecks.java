package org.agora.platform;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production installation (the {@code postgres} profile) with the published development
 * secret, which would let anyone forge unsubscribe links and remember-me cookies.
 */
@Component
class ProductionChecks implements InitializingBean {

	static final String DEVELOPMENT_SECRET = "change-me-in-production-agora-signing-secret";

	private static final Logger log = LoggerFactory.getLogger(ProductionChecks.class);

	private final AgoraProperties properties;

	private final Environment environment;

	ProductionChecks(AgoraProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
			return;
		}
		String secret = properties.secret();
		if (DEVELOPMENT_SECRET.equals(secret) || secret.length() < 32) {
			throw new IllegalStateException("Set AGORA_SECRET to a random value of at least 32 characters "
					+ "(e.g. openssl rand -base64 48) before running Agora on PostgreSQL.");
		}
		if ("localhost".equals(properties.baseUrl().getHost())) {
			log.warn("AGORA_BASE_URL is {}; links in emails will not work for anyone else.", properties.baseUrl());
		}
	}
}
