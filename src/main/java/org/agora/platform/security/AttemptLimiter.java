package org.agora.platform.security;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.agora.platform.AgoraProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in and password-reset attempts per client address and per account, so that guessing passwords
 * or flooding someone's mailbox is slowed to a crawl.
 */
@Component
public class AttemptLimiter {

	private final AgoraProperties.RateLimit limits;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	AttemptLimiter(AgoraProperties properties) {
		this.limits = properties.rateLimit();
	}

	/** Takes one attempt for the address and, when known, the account; false when either has none left. */
	public boolean tryAttempt(String address, String account) {
		boolean addressAllowed = bucket("ip:" + address, limits.perIp()).tryConsume(1);
		if (account == null || account.isBlank()) {
			return addressAllowed;
		}
		boolean accountAllowed = bucket("account:" + account.trim().toLowerCase(Locale.ROOT), limits.perAccount())
			.tryConsume(1);
		return addressAllowed && accountAllowed;
	}

	private Bucket bucket(String key, int capacity) {
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limits.window()).build())
			.build());
	}

	/** Forgets buckets that have filled up again, so the map does not grow without bound. */
	@Scheduled(fixedDelay = 600_000)
	void forgetIdle() {
		buckets.entrySet()
			.removeIf(e -> e.getValue().getAvailableTokens() >= (e.getKey().startsWith("ip:") ? limits.perIp()
					: limits.perAccount()));
	}
}
