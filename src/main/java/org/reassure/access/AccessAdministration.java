package org.reassure.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.reassure.access.internal.Accounts;
import org.reassure.access.internal.ApiTokens;
import org.reassure.access.internal.TokenHash;
import org.reassure.ledger.Ledger;
import org.reassure.ledger.LedgerEntry;
import org.reassure.shared.Actor;
import org.reassure.shared.NotFound;
import org.reassure.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts and issues API tokens; each such write is recorded in the ledger.
 */
@Service
public class AccessAdministration {

	static final int MIN_PASSWORD_LENGTH = 12;
	static final int MAX_PASSWORD_LENGTH = 128;
	private static final String TOKEN_PREFIX = "rsr_";

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final PasswordEncoder passwords;
	private final Ledger ledger;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	AccessAdministration(Accounts accounts, ApiTokens tokens, PasswordEncoder passwords, Ledger ledger, Actors actors,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.ledger = ledger;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Account open(Account account, String password) {
		checkPassword(password);
		accounts.add(account, passwords.encode(password), clock.millis());
		ledger.record(LedgerEntry.of(actors.current(), "access.account.opened", Map.of("username", account.username(),
				"nation", account.nation() == null ? "" : account.nation().value(), "roles", account.roles().stream().map(Role::name).sorted().toList())));
		events.publishEvent(new AccountCreated(account));
		return account;
	}

	/** Opens the first administrator account when the platform starts empty; recorded as done by the system. */
	@Transactional
	public boolean openFirstAdministrator(String password) {
		if (accounts.exists("admin")) {
			return false;
		}
		checkPassword(password);
		Account admin = new Account("admin", null, Set.of(Role.ADMIN), true);
		accounts.add(admin, passwords.encode(password), clock.millis());
		ledger.record(LedgerEntry.of(Actor.SYSTEM, "access.account.opened",
				Map.of("username", "admin", "nation", "", "roles", List.of(Role.ADMIN.name()))));
		return true;
	}

	public List<Account> accounts() {
		return accounts.all();
	}

	@Transactional
	public IssuedToken issueToken(String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new RuleViolation("name", "length", "a token name is 1 to 100 characters");
		}
		String owner = actors.current().user();
		byte[] secretBytes = new byte[32];
		random.nextBytes(secretBytes);
		String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		ApiToken token = new ApiToken(UUID.randomUUID().toString(), owner, name, clock.instant());
		tokens.add(token, TokenHash.of(secret));
		ledger.record(LedgerEntry.of(actors.current(), "access.token.issued", Map.of("id", token.id(), "username", owner, "name", name)));
		return new IssuedToken(token, secret);
	}

	public List<ApiToken> myTokens() {
		return tokens.of(actors.current().user());
	}

	@Transactional
	public void revokeToken(String id) {
		String owner = actors.current().user();
		if (!tokens.revoke(id, owner)) {
			throw new NotFound("token", id);
		}
		ledger.record(LedgerEntry.of(actors.current(), "access.token.revoked", Map.of("id", id, "username", owner)));
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
			throw new RuleViolation("password", "length", "a password is " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters");
		}
	}
}
