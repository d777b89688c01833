package org.reassure.guarantees;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;

import org.reassure.access.Account;
import org.reassure.access.Role;
import org.reassure.access.internal.AccountPrincipal;
import org.reassure.shared.NationCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in callers of the API tests: a liaison of a nation, or a member of the staff with one role.
 */
final class Callers {

	private Callers() {
	}

	static RequestPostProcessor liaison(String nation) {
		return user(new AccountPrincipal(new Account(nation.toLowerCase() + "-liaison", NationCode.of(nation), EnumSet.of(Role.NATION_LIAISON), true), ""));
	}

	static RequestPostProcessor staff(Role role) {
		return user(new AccountPrincipal(new Account(role.name().toLowerCase().replace('_', '-') + "-user", null, EnumSet.of(role), true), ""));
	}

	static MockHttpServletRequestBuilder post(String path, String json) {
		return MockMvcRequestBuilders.post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	static MockHttpServletRequestBuilder put(String path, String json) {
		return MockMvcRequestBuilders.put(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	static MockHttpServletRequestBuilder patch(String path, String json) {
		return MockMvcRequestBuilders.patch(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(path).accept(MediaType.APPLICATION_JSON);
	}
}
