package org.agora.platform.security;

/** Matches or creates the account of a person who signed in through the organization's identity provider. */
public interface SingleSignOnAccounts {

	/**
	 * @param email the email the provider vouches for
	 * @param name the person's name as the provider knows it
	 * @return the signed-in person
	 */
	AccountUser signIn(String email, String name);
}
