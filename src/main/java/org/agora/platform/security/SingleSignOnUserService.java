package org.agora.platform.security;

import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Turns an OpenID Connect sign-in into an Agora account, matched or created by verified email. */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final SingleSignOnAccounts accounts;

	SingleSignOnUserService(SingleSignOnAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser oidc = delegate.loadUser(request);
		if (oidc.getEmail() == null || !Boolean.TRUE.equals(oidc.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error("unverified_email",
					"The identity provider did not vouch for an email address.", null));
		}
		AccountUser user = accounts.signIn(oidc.getEmail(), oidc.getFullName());
		if (!user.enabled()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("disabled", "This account is disabled.", null));
		}
		return new SsoUser(user, oidc);
	}

	static final class SsoUser extends DefaultOidcUser implements AgoraPrincipal {

		private final AccountUser user;

		SsoUser(AccountUser user, OidcUser oidc) {
			super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
		}

		AccountUser account() {
			return user;
		}

		@Override
		public long personId() {
			return user.personId();
		}

		@Override
		public String displayName() {
			return user.displayName();
		}

		@Override
		public Set<Role> roles() {
			return user.roles();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SsoUser sso && sso.user.personId() == user.personId();
		}

		@Override
		public int hashCode() {
			return Long.hashCode(user.personId());
		}
	}
}
