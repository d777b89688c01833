package org.reassure.access.internal;

import java.util.Collection;
import java.util.List;

import org.reassure.access.Account;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account as Spring Security sees it.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final Account account;
	private String passwordHash;

	public AccountPrincipal(Account account, String passwordHash) {
		this.account = account;
		this.passwordHash = passwordHash;
	}

	public Account account() {
		return account;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	@Override
	public boolean isEnabled() {
		return account.enabled();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
