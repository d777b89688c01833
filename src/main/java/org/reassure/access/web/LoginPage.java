package org.reassure.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form.
 */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
