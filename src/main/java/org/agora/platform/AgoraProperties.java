package org.agora.platform;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Agora's own settings, under {@code agora.*}.
 *
 * @param baseUrl the public address of this installation; every link in an email is built from it, never from a request
 * @param secret the key that signs unsubscribe links and remember-me cookies
 * @param mailFrom the sender address of Agora's emails
 * @param passwordResetValidity how long a password reset link works
 * @param rateLimit how many sign-in and reset attempts are allowed
 */
@ConfigurationProperties("agora")
public record AgoraProperties(
		@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue(ProductionChecks.DEVELOPMENT_SECRET) String secret,
		@DefaultValue("Agora <agora@localhost>") String mailFrom,
		@DefaultValue("PT1H") Duration passwordResetValidity,
		@DefaultValue RateLimit rateLimit) {

	/**
	 * @param perIp attempts one address may make per window
	 * @param perAccount attempts against one account per window
	 * @param window the length of the window
	 */
	public record RateLimit(@DefaultValue("30") int perIp, @DefaultValue("10") int perAccount,
			@DefaultValue("PT5M") Duration window) {
	}

	/** An absolute link to a path of this installation. */
	public String link(String path) {
		String base = baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + (path.startsWith("/") ? path : "/" + path);
	}
}
