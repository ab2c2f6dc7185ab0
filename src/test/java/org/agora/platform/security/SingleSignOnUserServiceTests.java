package org.agora.platform.security;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Single sign-on matches accounts only by an email the identity provider has verified. */
class SingleSignOnUserServiceTests {

	static final ClientRegistration SSO = ClientRegistration.withRegistrationId("sso")
		.clientId("agora")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
		.authorizationUri("https://login.example.org/auth")
		.tokenUri("https://login.example.org/token")
		.scope("openid", "email")
		.build();

	@Test
	void aVerifiedEmailSignsInTheMatchingAccountWithItsRoles() {
		var service = new SingleSignOnUserService((email, name) -> new AccountUser(42, email, "Noa Levi",
				Set.of(Role.COMMUNITY_MANAGER), null, true));

		var user = service.loadUser(request(Map.of("email", "noa.levi@example.org", "email_verified", true)));

		assertThat(user).isInstanceOf(AgoraPrincipal.class);
		assertThat(((AgoraPrincipal) user).personId()).isEqualTo(42);
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COMMUNITY_MANAGER");
	}

	@Test
	void anUnverifiedEmailIsRefused() {
		var service = new SingleSignOnUserService((email, name) -> {
			throw new AssertionError("no account may be matched by an unverified email");
		});

		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> service.loadUser(request(Map.of("email", "noa.levi@example.org", "email_verified", false))));
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> service.loadUser(request(Map.of("name", "No Email"))));
	}

	@Test
	void aDisabledAccountIsRefused() {
		var service = new SingleSignOnUserService((email, name) -> new AccountUser(7, email, "Gone", Set.of(Role.EMPLOYEE),
				null, false));

		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> service.loadUser(request(Map.of("email", "gone@example.org", "email_verified", true))));
	}

	private static OidcUserRequest request(Map<String, Object> claims) {
		var now = Instant.parse("2026-11-29T08:00:00Z");
		var idToken = OidcIdToken.withTokenValue("id-token")
			.issuer("https://login.example.org")
			.subject("subject-1")
			.audience(Set.of("agora"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claims(c -> c.putAll(claims))
			.build();
		var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
				now.plusSeconds(300), Set.of("openid", "email"));
		return new OidcUserRequest(SSO, accessToken, idToken);
	}
}
