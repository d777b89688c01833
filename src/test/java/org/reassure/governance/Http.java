package org.reassure.governance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the API tests: JSON in and out, HTTP Basic as one of the test users.
 */
final class Http {

	static final String PASSWORD = "password-for-tests";
	static final String ADMIN = "admin";
	private static final String ADMIN_PASSWORD = "admin-password-for-tests";

	private final HttpClient client = HttpClient.newHttpClient();
	private final JsonMapper json = JsonMapper.builder().build();
	private final String base;

	record Response(int status, JsonNode body) {

		/** The field named by the first error of a problem+json answer. */
		String errorField() {
			return body.path("errors").path(0).path("field").asString();
		}
	}

	Http(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Opens an account through the API as the administrator, unless it exists already. */
	void user(String username, String nation, String... roles) {
		for (JsonNode existing : get(ADMIN, "/api/v1/users").body()) {
			if (existing.path("username").asString().equals(username)) {
				return;
			}
		}
		Map<String, Object> account = nation == null ? Map.of("username", username, "password", PASSWORD, "roles", List.of(roles))
				: Map.of("username", username, "password", PASSWORD, "nation", nation, "roles", List.of(roles));
		Response response = send("POST", ADMIN, "/api/v1/users", account);
		if (response.status() != 201) {
			throw new IllegalStateException("could not open account " + username + ": " + response);
		}
	}

	Response get(String user, String path) {
		return send("GET", user, path, null);
	}

	Response post(String user, String path, Object body) {
		return send("POST", user, path, body);
	}

	Response put(String user, String path, Object body) {
		return send("PUT", user, path, body);
	}

	Response delete(String user, String path) {
		return send("DELETE", user, path, null);
	}

	Response send(String method, String user, String path, Object body) {
		String password = user.equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json, application/problem+json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body().isEmpty() ? json.nullNode() : json.readTree(response.body()));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
