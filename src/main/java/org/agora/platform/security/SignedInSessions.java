package org.agora.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Replaces the signed-in account of the current session, e.g. after the person changed their own password. */
@Component
public class SignedInSessions {

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	public void replace(HttpServletRequest request, HttpServletResponse response, AccountUser current) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
		SecurityContextHolder.setContext(context);
		sessions.saveContext(context, request, response);
	}
}
