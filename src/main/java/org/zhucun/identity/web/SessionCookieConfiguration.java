package org.zhucun.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * SEC-7: the session cookie is HttpOnly and SameSite=Lax always, and Secure when the system runs
 * behind HTTPS ({@code ZHUCUN_SECURE_COOKIE=true}, which production must set).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setUseSecureCookie(secure);
		return cookie;
	}

}
