package org.reassure.access.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.reassure.access.AccessAdministration;
import org.reassure.access.Account;
import org.reassure.access.ApiToken;
import org.reassure.access.IssuedToken;
import org.reassure.access.Role;
import org.reassure.shared.NationCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Accounts (administrators) and the caller's own API tokens.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access", description = "Users, roles and API tokens")
class AccessApi {

	private final AccessAdministration administration;

	AccessApi(AccessAdministration administration) {
		this.administration = administration;
	}

	record NewAccount(@NotBlank @Size(max = 64) String username, @NotBlank @Size(min = 12, max = 128) String password,
			@Pattern(regexp = "[A-Z]{2,8}") String nation, @NotEmpty Set<Role> roles) {
	}

	record AccountView(String username, String nation, Set<Role> roles, boolean enabled) {
		static AccountView of(Account account) {
			return new AccountView(account.username(), account.nation() == null ? null : account.nation().value(), account.roles(), account.enabled());
		}
	}

	record NewToken(@NotBlank @Size(max = 100) String name) {
	}

	@GetMapping("/users")
	@Operation(summary = "List user accounts (administrators)")
	List<AccountView> users() {
		return administration.accounts().stream().map(AccountView::of).toList();
	}

	@PostMapping("/users")
	@Operation(summary = "Open a user account (administrators)")
	ResponseEntity<AccountView> open(@Valid @RequestBody NewAccount request) {
		Account account = administration.open(new Account(request.username(), request.nation() == null ? null : new NationCode(request.nation()),
				request.roles(), true), request.password());
		return ResponseEntity.created(URI.create("/api/v1/users/" + account.username())).body(AccountView.of(account));
	}

	@GetMapping("/tokens")
	@Operation(summary = "List my API tokens")
	List<ApiToken> tokens() {
		return administration.myTokens();
	}

	@PostMapping("/tokens")
	@Operation(summary = "Issue an API token for myself; the secret is returned once")
	ResponseEntity<IssuedToken> issue(@Valid @RequestBody NewToken request) {
		IssuedToken issued = administration.issueToken(request.name());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(issued);
	}

	@DeleteMapping("/tokens/{id}")
	@Operation(summary = "Revoke one of my API tokens")
	ResponseEntity<Void> revoke(@PathVariable String id) {
		administration.revokeToken(id);
		return ResponseEntity.noContent().build();
	}
}
