package org.reassure.access.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.reassure.access.AccessAdministration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the {@code admin} account on first start: with REASSURE_ADMIN_PASSWORD when set, else a
 * random password printed once to the console (standard error, never the log, which may be shipped elsewhere).
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private final AccessAdministration administration;
	private final String configuredPassword;

	FirstAdministrator(AccessAdministration administration, @Value("${reassure.admin-password:}") String configuredPassword) {
		this.administration = administration;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		if (administration.openFirstAdministrator(password) && generated) {
			System.err.println("""

					  Reassure: first start. An administrator account was opened.
					    user:     admin
					    password: %s
					  This password is shown once. Set REASSURE_ADMIN_PASSWORD to choose it instead.
					""".formatted(password));
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
