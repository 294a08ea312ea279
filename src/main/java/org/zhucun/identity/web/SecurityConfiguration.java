package org.zhucun.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.zhucun.audit.AuditTrail;
import org.zhucun.identity.account.AccountDetailsService;
import org.zhucun.identity.account.UserAccountRepository;
import org.zhucun.identity.password.LoginThrottle;
import org.zhucun.identity.password.PasswordPolicyRepository;
import org.zhucun.identity.password.PasswordService;
import org.zhucun.identity.password.ThrottledAuthenticationProvider;
import org.zhucun.identity.totp.SecondFactorService;
import org.zhucun.identity.token.ApiTokenService;
import org.zhucun.identity.token.BearerTokenFilter;

/**
 * Two ways in. Pages: form login, a session stored in PostgreSQL, CSRF tokens on every form and htmx
 * request. API ({@code /api/**}): a bearer token issued at login, no cookies, hence no CSRF. Both
 * then check permissions per endpoint ({@code @PreAuthorize}) and the data scope per record.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * SEC-7: scripts and styles only from the application itself (htmx and Bootstrap come from
	 * WebJars under the same origin); no inline script anywhere; no framing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String[] PUBLIC_PAGES = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/error", "/actuator/health", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			// CON-1: the public village page and its notice-board sheet, for the villagers (no login)
			"/public/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			AuthenticationEventPublisher events, LoginThrottle throttle, PasswordPolicyRepository policies,
			AuditTrail audit, Clock clock, SecondFactorService secondFactor) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(provider, throttle, policies, audit, clock, secondFactor));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	AccountStatusFilter accountStatusFilter(UserAccountRepository accounts, PasswordService passwords,
			SecondFactorService secondFactor, SecurityProblemWriter problems, Clock clock,
			@Value("${zhucun.security.absolute-session-timeout:PT12H}") Duration absoluteTimeout) {
		return new AccountStatusFilter(accounts, passwords, secondFactor, problems, absoluteTimeout, clock);
	}

	/** The status filter runs inside the security chains only, not as a servlet filter of its own. */
	@Bean
	FilterRegistrationBean<AccountStatusFilter> accountStatusFilterRegistration(AccountStatusFilter filter) {
		FilterRegistrationBean<AccountStatusFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, SecurityProblemWriter problems,
			AccountStatusFilter status) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(status, AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				// CON-1: the public village page as JSON (read only, no login)
				.requestMatchers(HttpMethod.GET, "/api/v1/public/**")
				.permitAll()
				// SAT-1: a vote with a one-time code, from a phone without login (the code is the credential)
				.requestMatchers(HttpMethod.POST, "/api/v1/public/survey/votes")
				.permitAll()
				.anyRequest()
				.authenticated())
			.headers(SecurityConfiguration::protectiveHeaders)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
						"error.unauthenticated"))
				.accessDeniedHandler(
						(req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN, "error.forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AccountStatusFilter status, AuthenticationManager manager)
			throws Exception {
		var failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		http.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
			.addFilterBefore(status, AuthorizationFilter.class)
			// SAT-1: the public voting form is sent without a session (the one-time code is what
			// authorises the vote; there is no login to ride on)
			.csrf(csrf -> csrf.ignoringRequestMatchers("/public/survey"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(failures).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(SecurityConfiguration::protectiveHeaders)
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor((req, res, ex) -> {
				// an htmx request after the session ended: send the whole page to the login form
				res.setHeader("HX-Redirect", req.getContextPath() + "/login");
				res.setStatus(HttpStatus.UNAUTHORIZED.value());
			}, new RequestHeaderRequestMatcher("HX-Request", "true"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						request -> true));
		return http.build();
	}

	private static void protectiveHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny())
			.contentTypeOptions(Customizer.withDefaults());
	}

}
