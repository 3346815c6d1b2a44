package org.jiaxiao.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page app's index for its client-side routes, so a reload or a shared
 * link such as {@code /students/stu_1} opens the app instead of a 404. The routes are
 * listed rather than matched by a catch-all, which would shadow {@code /graphiql} and the
 * sign-in endpoints.
 */
@Controller
class SpaForwardingController {

	@GetMapping({ "/classes/**", "/students/**", "/auth/**", "/households/**", "/audit", "/audit/**", "/tasks",
			"/tasks/**", "/compliance", "/compliance/**", "/policy", "/policy/**", "/calendar", "/calendar/**",
			"/contacts", "/contacts/**", "/explore", "/explore/**", "/escalations", "/escalations/**" })
	String forwardToIndex() {
		return "forward:/index.html";
	}

}
