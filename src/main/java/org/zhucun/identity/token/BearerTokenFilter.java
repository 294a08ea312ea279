package org.zhucun.identity.token;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer <token>} header. A missing,
 * unknown, expired or revoked token leaves the request anonymous, and the API refuses it with 401.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokenService tokens;

	public BearerTokenFilter(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.startsWith(PREFIX)) {
			String token = header.substring(PREFIX.length()).strip();
			if (!token.isEmpty()) {
				tokens.authenticate(token).ifPresent(principal -> {
					var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
					var context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(auth);
					SecurityContextHolder.setContext(context);
				});
			}
		}
		chain.doFilter(request, response);
	}

}
