package org.idic.crm.web.security;

import java.time.Clock;
import org.idic.crm.domain.audit.AuditLog;
import org.idic.crm.domain.user.LoginThrottle;
import org.idic.crm.domain.user.UserAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Who may reach what, how people sign in and out, and the headers every response carries. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SessionProperties.class)
class SecurityConfiguration {

    /** No inline script anywhere: every script is a file served by this application. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * The one way to sign in. Being a bean, it replaces Spring Boot's generated in-memory user, and it is
     * the only provider: no fallback can answer differently from the throttle.
     */
    @Bean
    ThrottlingAuthenticationProvider authenticationProvider(UserAccounts accounts, PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new ThrottlingAuthenticationProvider(new CrmUserDetailsService(accounts), encoder, throttle);
    }

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, UserAccounts accounts, LoginThrottle throttle,
            AuditLog audit, SessionProperties sessions, Clock clock) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/preferences/language").permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/segmentation/**", "/audit", "/audit/**", "/team").hasAnyRole("MANAGER", "ADMIN")
                        .requestMatchers("/imports", "/imports/**").hasAnyRole("MANAGER", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(new LoginOutcomeHandlers.Success(throttle, audit, clock))
                        .failureHandler(new LoginOutcomeHandlers.Failure(throttle, audit)))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new AuditingAccessDeniedHandler(audit)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .addFilterBefore(new SessionLifetimeFilter(sessions.absoluteLifetime(), clock), AuthorizationFilter.class)
                .addFilterBefore(new CurrentUserRefreshFilter(accounts), AuthorizationFilter.class)
                .addFilterBefore(new PasswordChangeFilter(), AuthorizationFilter.class);
        return http.build();
    }
}
