package org.reassure.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reassure.access.internal.AccountPrincipal;
import org.reassure.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint for every role and checks who gets through, against the table in
 * {@code src/test/resources/authz/*.csv}. An endpoint without a row fails the build, so a new
 * endpoint cannot ship without a decision on who may call it.
 * <p>
 * A row: {@code METHOD,pattern as mapped,sample path,who} where who is {@code ANYONE},
 * {@code AUTHENTICATED} or roles joined by {@code |}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

	private static final String ROLE_DENIAL = "Your role does not allow this request.";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Row(HttpMethod method, String pattern, String sample, String who) {

		boolean allows(Role role) {
			return who.equals("ANYONE") || who.equals("AUTHENTICATED") || Arrays.asList(who.split("\\|")).contains(role.name());
		}

		String endpoint() {
			return method.name() + " " + pattern;
		}
	}

	@Test
	void everyEndpointHasARule() throws IOException {
		Set<String> mapped = mappedEndpoints();
		Set<String> ruled = rows().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(ruled);
		Set<String> stale = new TreeSet<>(ruled);
		stale.removeAll(mapped);
		assertThat(missing).as("endpoints with no row in src/test/resources/authz/*.csv").isEmpty();
		assertThat(stale).as("rows naming no endpoint").isEmpty();
	}

	@Test
	void everyRoleGetsExactlyWhatTheTableSays() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Row row : rows()) {
			MockHttpServletResponse anonymous = call(row, null);
			boolean anonymousDenied = anonymous.getStatus() == 401 || isLoginRedirect(anonymous);
			if (row.who().equals("ANYONE") == anonymousDenied) {
				failures.add(row.endpoint() + " anonymous: got " + anonymous.getStatus());
			}
			for (Role role : Role.values()) {
				MockHttpServletResponse response = call(row, role);
				boolean denied = response.getStatus() == 401 || isLoginRedirect(response)
						|| (response.getStatus() == 403 && response.getContentAsString().contains(ROLE_DENIAL)) || response.getStatus() == 403 && !row.sample().startsWith("/api/");
				if (row.allows(role) == denied) {
					failures.add(row.endpoint() + " as " + role + ": expected " + (row.allows(role) ? "access" : "denial") + ", got " + response.getStatus());
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private MockHttpServletResponse call(Row row, Role role) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(), row.sample()).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);
		if (row.method() != HttpMethod.GET) {
			request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		if (role != null) {
			NationCode nation = role == Role.NATION_LIAISON ? new NationCode("FR") : null;
			request.with(user(new AccountPrincipal(new Account("matrix-" + role.name().toLowerCase().replace('_', '-'), nation, EnumSet.of(role), true), "")));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private static boolean isLoginRedirect(MockHttpServletResponse response) {
		return response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<String> patterns = info.getPatternValues();
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			patterns.forEach(p -> methods.forEach(m -> endpoints.add(m + " " + p)));
		});
		return endpoints;
	}

	static List<Row> rows() throws IOException {
		List<Row> rows = new ArrayList<>();
		for (Resource table : new PathMatchingResourcePatternResolver().getResources("classpath*:authz/*.csv")) {
			try (InputStream in = table.getInputStream()) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					String trimmed = line.trim();
					if (trimmed.isEmpty() || trimmed.startsWith("#")) {
						continue;
					}
					String[] cells = trimmed.split(",");
					rows.add(new Row(HttpMethod.valueOf(cells[0].trim()), cells[1].trim(), cells[2].trim(), cells[3].trim()));
				}
			}
		}
		return rows;
	}
}
