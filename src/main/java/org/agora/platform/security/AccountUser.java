package org.agora.platform.security;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person signed in with a local password, single sign-on or an access token. The password hash is erased
 * once sign-in has checked it, so it never rests in a session.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, AgoraPrincipal, Serializable {

	private final long personId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private String passwordHash;

	private final boolean enabled;

	private final Instant credentialsChangedAt;

	private final ZoneId zone;

	/**
	 * @param credentialsChangedAt when the password last changed; a session signed in before another change ends
	 */
	public AccountUser(long personId, String email, String displayName, Set<Role> roles, String passwordHash,
			boolean enabled, Instant credentialsChangedAt) {
		this(personId, email, displayName, roles, passwordHash, enabled, credentialsChangedAt, null);
	}

	/**
	 * @param zone the time zone the person chose, or null for the organization's
	 */
	public AccountUser(long personId, String email, String displayName, Set<Role> roles, String passwordHash,
			boolean enabled, Instant credentialsChangedAt, ZoneId zone) {
		this.zone = zone;
		this.personId = personId;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.credentialsChangedAt = credentialsChangedAt;
	}

	public AccountUser(long personId, String email, String displayName, Set<Role> roles, String passwordHash,
			boolean enabled) {
		this(personId, email, displayName, roles, passwordHash, enabled, null);
	}

	@Override
	public long personId() {
		return personId;
	}

	public String email() {
		return email;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean enabled() {
		return enabled;
	}

	@Override
	public ZoneId zone() {
		return zone;
	}

	public Instant credentialsChangedAt() {
		return credentialsChangedAt;
	}

	/** Whether this principal still describes the person as they are now. */
	public boolean sameAs(AccountUser current) {
		return current.enabled == enabled && current.roles.equals(roles) && current.displayName.equals(displayName)
				&& Objects.equals(current.credentialsChangedAt, credentialsChangedAt) && Objects.equals(current.zone, zone);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountUser user && user.personId == personId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(personId);
	}

	@Override
	public String toString() {
		return "AccountUser[" + personId + "]";
	}
}
