package org.agora.platform.security;

import java.util.Optional;

/** Resolves a personal access token presented as {@code Authorization: Bearer …} to its owner. */
public interface AccessTokens {

	Optional<AccountUser> authenticate(String rawToken);
}
