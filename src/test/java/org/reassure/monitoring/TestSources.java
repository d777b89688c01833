package org.reassure.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Registers monitoring sources through the API, as a monitor does, and returns their tokens.
 */
public final class TestSources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TestSources() {
	}

	public static String register(MockMvc mvc, String id, String type) throws Exception {
		return register(mvc, id, type, null);
	}

	public static String register(MockMvc mvc, String id, String type, String certificateSha256) throws Exception {
		String certificate = certificateSha256 == null ? "" : ",\"certificateSha256\":\"" + certificateSha256 + "\"";
		String body = mvc.perform(post("/api/v1/monitoring/sources").with(httpBasic("admin", "admin-password-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":\"" + id + "\",\"name\":\"Test sensor\",\"sourceType\":\"" + type + "\"" + certificate + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).path("token").asString();
	}
}
