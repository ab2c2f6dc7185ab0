package org.agora.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps signed-in sessions true to the account: a disabled account or a password changed elsewhere ends the
 * session, and changed roles take effect on the next request instead of at the next sign-in.
 */
class SessionRefreshFilter extends OncePerRequestFilter {

	private final CurrentAccounts accounts;

	private final RememberMeServices rememberMe;

	private final SignedInSessions sessions;

	SessionRefreshFilter(CurrentAccounts accounts, RememberMeServices rememberMe, SignedInSessions sessions) {
		this.accounts = accounts;
		this.rememberMe = rememberMe;
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		AccountUser signedIn = signedInAccount(authentication);
		if (signedIn != null && !BearerTokenFilter.hasBearer(request)) {
			var current = accounts.current(signedIn.personId()).orElse(null);
			if (current == null || !current.enabled() || !java.util.Objects
				.equals(current.credentialsChangedAt(), signedIn.credentialsChangedAt())) {
				signOut(request, response, authentication);
			}
			else if (!signedIn.sameAs(current)
					&& authentication.getPrincipal() instanceof AccountUser) {
				sessions.replace(request, response, current);
			}
		}
		chain.doFilter(request, response);
	}

	private static AccountUser signedInAccount(Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		if (authentication.getPrincipal() instanceof AccountUser user) {
			return user;
		}
		if (authentication.getPrincipal() instanceof SingleSignOnUserService.SsoUser sso) {
			return sso.account();
		}
		return null;
	}

	private void signOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		for (LogoutHandler handler : new LogoutHandler[] { (LogoutHandler) rememberMe,
				new SecurityContextLogoutHandler() }) {
			handler.logout(request, response, authentication);
		}
	}

}
