package org.agora.platform.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.agora.platform.AgoraProperties;
import org.springframework.stereotype.Component;

/**
 * Short values signed with the installation's secret, for links that must work without signing in
 * (unsubscribe, calendar feeds). A token is {@code payload.signature}, both URL-safe.
 */
@Component
public class SignedTokens {

	private final byte[] key;

	SignedTokens(AgoraProperties properties) {
		this.key = properties.secret().getBytes(StandardCharsets.UTF_8);
	}

	public String sign(String payload) {
		String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return encoded + "." + mac(encoded);
	}

	/** The payload of a token this installation signed, or empty when it is forged or damaged. */
	public Optional<String> verify(String token) {
		if (token == null) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String encoded = token.substring(0, dot);
		byte[] expected = mac(encoded).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, actual)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The path of the one-click link that stops emails of a kind ({@code all} for every optional email). */
	public String unsubscribePath(long personId, String kind) {
		return "/unsubscribe?token=" + sign("unsubscribe:" + personId + ":" + kind);
	}

	private String mac(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
