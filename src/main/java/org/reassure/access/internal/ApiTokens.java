package org.reassure.access.internal;

import java.util.List;
import java.util.Optional;

import org.reassure.access.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-user API tokens, stored as SHA-256 hashes only.
 */
@Repository
public class ApiTokens {

	private final JdbcClient jdbc;

	public ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(ApiToken token, String tokenHash) {
		jdbc.sql("INSERT INTO api_tokens (id, username, name, token_hash, created_at, revoked) VALUES (?, ?, ?, ?, ?, ?)")
			.params(token.id(), token.username(), token.name(), tokenHash, token.createdAt().toEpochMilli(), false)
			.update();
	}

	public Optional<String> ownerOf(String tokenHash) {
		return jdbc.sql("SELECT username FROM api_tokens WHERE token_hash = ? AND revoked = ?")
			.params(tokenHash, false)
			.query(String.class)
			.optional();
	}

	public List<ApiToken> of(String username) {
		return jdbc.sql("SELECT id, username, name, created_at FROM api_tokens WHERE username = ? AND revoked = ? ORDER BY created_at")
			.params(username, false)
			.query((rs, n) -> new ApiToken(rs.getString(1), rs.getString(2), rs.getString(3), java.time.Instant.ofEpochMilli(rs.getLong(4))))
			.list();
	}

	public boolean revoke(String id, String username) {
		return jdbc.sql("UPDATE api_tokens SET revoked = ? WHERE id = ? AND username = ? AND revoked = ?")
			.params(true, id, username, false)
			.update() == 1;
	}
}
