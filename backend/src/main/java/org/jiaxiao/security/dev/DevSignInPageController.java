package org.jiaxiao.security.dev;

import java.util.List;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The development sign-in page: one button per demo user, no password to remember. Exists
 * only with the development issuer.
 */
@RestController
@ConditionalOnExpression(DevelopmentProvider.ACTIVE)
class DevSignInPageController {

	private static final int MAX_USERS = 50;

	private final DirectoryService directory;

	DevSignInPageController(DirectoryService directory) {
		this.directory = directory;
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String signInPage(CsrfToken csrf) {
		StringBuilder buttons = new StringBuilder();
		for (StaffMember staff : this.directory.staffForSignIn(MAX_USERS)) {
			buttons.append("<button type=\"submit\" name=\"username\" value=\"")
				.append(HtmlUtils.htmlEscape(staff.username()))
				.append("\"><strong>")
				.append(HtmlUtils.htmlEscape(staff.displayName()))
				.append("</strong><span>")
				.append(HtmlUtils.htmlEscape(staff.username()))
				.append(" · ")
				.append(HtmlUtils.htmlEscape(roles(staff)))
				.append("</span></button>");
		}
		return """
				<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>家校 Jiaxiao · 开发登录 Development sign-in</title>
				<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f1f1f}
				h1{font-size:1.4rem}p{color:#555}form{display:grid;gap:.6rem}
				button{display:flex;flex-direction:column;align-items:flex-start;padding:.7rem 1rem;border:1px solid #d9d9d9;
				border-radius:8px;background:#fff;cursor:pointer;font-size:1rem}button:hover{border-color:#1677ff}
				button span{color:#666;font-size:.85rem}</style></head><body>
				<h1>家校 Jiaxiao · 开发登录</h1>
				<p>开发身份提供者：选择一位演示用户登录（无需密码）。<br>Development identity provider: pick a demo user.</p>
				<form method="post" action="/login">
				<input type="hidden" name="%s" value="%s">
				<input type="hidden" name="password" value="%s">
				%s
				</form></body></html>
				"""
			.formatted(csrf.getParameterName(), csrf.getToken(), DevAuthorizationServerConfiguration.DEV_PASSWORD,
					buttons);
	}

	private static String roles(StaffMember staff) {
		List<String> names = staff.roles().stream().map(Enum::name).sorted().toList();
		return String.join(", ", names);
	}

}
