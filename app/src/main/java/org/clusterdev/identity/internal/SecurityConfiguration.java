package org.clusterdev.identity.internal;

import org.clusterdev.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API authenticates programs by bearer token and answers with problem details;
 * the pages use form login with CSRF-protected forms and sessions stored in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages and API paths anyone may read: the public observatory, reference data and documentation. */
    private static final String[] PUBLIC_PAGES = {
        "/",
        "/login",
        "/setup",
        "/clusters",
        "/clusters/**",
        "/geography",
        "/geography/**",
        "/ogc/**",
        "/classification",
        "/classification/**",
        "/search",
        "/documents",
        "/documents/**",
        "/news",
        "/news/**",
        "/events",
        "/events/**",
        "/practices",
        "/practices/**",
        "/directory",
        "/directory/**",
        "/links",
        "/links/**",
        "/exchange",
        "/exchange/**",
        "/error",
        "/error/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/images/**",
        "/geo/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/api",
        "/api/",
        "/swagger-ui/**",
        "/v3/api-docs",
        "/v3/api-docs/**"
    };

    /** Pages under the public paths that still need a signed-in user: the editing ones. */
    private static final String[] SIGNED_IN_PAGES = {"/clusters/new", "/clusters/*/edit", "/clusters/*/figures"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ProblemEntryPoint problemEntryPoint(JsonMapper json) {
        return new ProblemEntryPoint(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemEntryPoint problems) {
        http.securityMatcher("/api/v1/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/api/v1/geography/**",
                                "/api/v1/classification/**",
                                "/api/v1/clusters/**",
                                "/api/v1/knowledge/search")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(SIGNED_IN_PAGES)
                        .authenticated()
                        .requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(login ->
                        login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'self'")));
        return http.build();
    }
}
