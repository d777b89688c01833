package org.reassure.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.reassure.access.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One real account per role, opened through the API by the administrator the first time a test asks for it.
 */
public final class TestUsers {

    public static final String PASSWORD = "password-for-tests-1";

    private final MockMvc mvc;
    private final Map<Role, String> opened = new EnumMap<>(Role.class);

    public TestUsers(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** HTTP Basic credentials of this role's account. */
    public RequestPostProcessor as(Role role) throws Exception {
        String username = opened.get(role);
        if (username == null) {
            username = LiveReports.sourceId(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            String nation = role == Role.NATION_LIAISON ? ",\"nation\":\"FR\"" : "";
            mvc.perform(post("/api/v1/users").with(httpBasic("admin", "admin-password-for-tests"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]" + nation + "}"))
                .andExpect(status().isCreated());
            opened.put(role, username);
        }
        return httpBasic(username, PASSWORD);
    }
}
