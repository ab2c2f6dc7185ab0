package org.agora.platform.security;

import java.util.Optional;

/** The account of a person as it is now, so that sessions follow changes to roles, status and password. */
public interface CurrentAccounts {

	/** The person's current account, without its password hash; empty when the person no longer exists. */
	Optional<AccountUser> current(long personId);
}
