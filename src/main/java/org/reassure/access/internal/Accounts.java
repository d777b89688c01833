package org.reassure.access.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.reassure.access.Account;
import org.reassure.access.Role;
import org.reassure.shared.Conflict;
import org.reassure.shared.NationCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The platform's user accounts, with their password hashes.
 */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	public Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Stored(Account account, String passwordHash) {
	}

	public void add(Account account, String passwordHash, long createdAt) {
		try {
			jdbc.sql("INSERT INTO accounts (username, password_hash, nation, roles, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(account.username(), passwordHash, account.nation() == null ? null : account.nation().value(),
						encode(account.roles()), account.enabled(), createdAt)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("username", "a user named '" + account.username() + "' already exists");
		}
	}

	public boolean exists(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = ?").param(username).query(Integer.class).single() > 0;
	}

	public Optional<Stored> find(String username) {
		return jdbc.sql("SELECT username, password_hash, nation, roles, enabled FROM accounts WHERE username = ?")
			.param(username)
			.query((rs, n) -> new Stored(new Account(rs.getString(1), nation(rs.getString(3)), decode(rs.getString(4)), rs.getBoolean(5)), rs.getString(2)))
			.optional();
	}

	public List<Account> all() {
		return jdbc.sql("SELECT username, nation, roles, enabled FROM accounts ORDER BY username")
			.query((rs, n) -> new Account(rs.getString(1), nation(rs.getString(2)), decode(rs.getString(3)), rs.getBoolean(4)))
			.list();
	}

	private static NationCode nation(String code) {
		return code == null ? null : new NationCode(code);
	}

	private static String encode(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	private static Set<Role> decode(String roles) {
		return Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}
}
