package org.reassure.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts and API tokens as an administrator and a liaison use them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AccessApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void liaisonUsesAnApiTokenUntilItIsRevokedAndNoSecretIsLogged(CapturedOutput output) throws Exception {
		openAccount("{\"username\":\"liaison-ee\",\"password\":\"estonia-liaison-pw\",\"nation\":\"EE\",\"roles\":[\"NATION_LIAISON\"]}");
		String body = mvc.perform(post("/api/v1/tokens").with(httpBasic("liaison-ee", "estonia-liaison-pw"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"scripts\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode issued = json.readTree(body);
		String secret = issued.path("secret").asString();
		String id = issued.path("token").path("id").asString();

		mvc.perform(get("/api/v1/participants/EE").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + secret)).andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/participants/EE").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Authentication required"));

		assertThat(output.getAll()).doesNotContain(secret).doesNotContain("estonia-liaison-pw").doesNotContain("admin-password-for-tests");
	}

	@Test
	void refusesAnUnknownToken() throws Exception {
		mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer rsr_not-a-token")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesALiaisonWithoutANation() throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin-password-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"nobody-s-liaison\",\"password\":\"long-enough-password\",\"roles\":[\"NATION_LIAISON\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("nation"));
	}

	@Test
	void refusesAShortPasswordAndADuplicateUser() throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin-password-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"short-pw\",\"password\":\"short\",\"roles\":[\"VIEWER\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		openAccount("{\"username\":\"viewer-twice\",\"password\":\"long-enough-password\",\"roles\":[\"VIEWER\"]}");
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin-password-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"viewer-twice\",\"password\":\"long-enough-password\",\"roles\":[\"VIEWER\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void refusesAnUnknownRole() throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin-password-for-tests"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"emperor\",\"password\":\"long-enough-password\",\"roles\":[\"EMPEROR\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
	}

	private void openAccount(String account) throws Exception {
		mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin-password-for-tests")).contentType(MediaType.APPLICATION_JSON).content(account))
			.andExpect(status().isCreated());
	}
}
