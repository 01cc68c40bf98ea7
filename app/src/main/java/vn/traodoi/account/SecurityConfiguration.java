package vn.traodoi.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: {@code /api/**} answers 401/403 as problem+json and accepts personal API tokens
 * (and the browser session, for Swagger UI); everything else is form login with CSRF protection. Both
 * send a content security policy that allows scripts and styles from traodoi itself only.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets inline styles; its pages get that one exception. */
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** Session attribute with the user name of the last failed sign-in. */
    public static final String LAST_USERNAME = "traodoi.lastUsername";
    /** Session attribute with the {@link SignInRefusal} of the last refused sign-in. */
    public static final String SIGN_IN_REFUSAL = "traodoi.signInRefusal";

    /** The id of new password hashes: PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP, 2023). */
    static final String PASSWORD_HASH = "pbkdf2-sha256-600000";

    /**
     * New passwords are hashed with PBKDF2-HMAC-SHA256, which, unlike bcrypt, reads the whole password:
     * bcrypt stops at 72 bytes, which a Vietnamese passphrase of 30 letters can reach, and Spring Security
     * refuses longer ones. Hashes made earlier with bcrypt are still checked. Passwords are hashed and
     * checked in Unicode NFC, so that the same Vietnamese password typed composed or decomposed is one.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder pbkdf2 = new Pbkdf2PasswordEncoder("", 16, 600_000,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        return new NfcPasswordEncoder(new DelegatingPasswordEncoder(PASSWORD_HASH,
                Map.of(PASSWORD_HASH, pbkdf2, "bcrypt", new BCryptPasswordEncoder())));
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                    UserDetails user) {
                Authentication result = super.createSuccessAuthentication(principal, authentication, user);
                CurrentUser clean = ((CurrentUser) user).withoutPassword();
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(clean,
                        null, result.getAuthorities());
                token.setDetails(result.getDetails());
                return token;
            }
        };
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AccountService accounts, JsonMapper json)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(json, response,
                HttpStatus.UNAUTHORIZED, "unauthorized", "Cần xác thực / Authentication required",
                "Gửi mã truy cập cá nhân: Authorization: Bearer td_… / Send a personal API token.", request);
        AccessDeniedHandler forbidden = (request, response, e) -> problem(json, response, HttpStatus.FORBIDDEN,
                "forbidden", "Không có quyền / Forbidden", "Tài khoản không có quyền thực hiện thao tác này.", request);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, unauthorized),
                        BasicAuthenticationFilter.class)
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .requestCache(c -> c.disable())
                .headers(h -> headers(h));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, LocaleResolver localeResolver,
            AccountService accounts, Clock clock) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/error", "/error/**", "/favicon.ico", "/webjars/**", "/static/**",
                                "/js/**", "/img/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/places", "/places.csv", "/places.xlsx", "/places/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/tasks/calendar.ics").permitAll()
                        .requestMatchers("/y-kien/*", "/bao-cao/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/tin/**", "/sitemap.xml").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .failureHandler((request, response, e) -> {
                            rememberUsername(request);
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        })
                        .successHandler(new RememberLocaleSuccessHandler(localeResolver, accounts)))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(new ThrottleFilter(throttle, clock), UsernamePasswordAuthenticationFilter.class)
                .headers(h -> headers(h));
        return http.build();
    }

    private static void headers(
            HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"))
                .addHeaderWriter(swaggerStyles());
    }

    /** Replaces the policy on Swagger UI pages only. */
    private static HeaderWriter swaggerStyles() {
        return (request, response) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui")) {
                response.setHeader("Content-Security-Policy", CSP_SWAGGER);
            }
        };
    }

    /** Keeps the user name typed on a failed sign-in, so that the form shows it again. */
    static void rememberUsername(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 60) {
            request.getSession().setAttribute(LAST_USERNAME, username);
        }
    }

    static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String type, String title,
            String detail, HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /**
     * Counts each sign-in attempt of a (user name, address) pair and refuses it, before the password is even
     * checked, while the pair must wait or the user name is locked; the sign-in page then says until when.
     */
    static final class ThrottleFilter extends OncePerRequestFilter {

        private final LoginThrottle throttle;
        private final Clock clock;

        ThrottleFilter(LoginThrottle throttle, Clock clock) {
            this.throttle = throttle;
            this.clock = clock;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            String username = request.getParameter("username");
            LoginThrottle.Verdict verdict = throttle.begin(username == null ? "" : username, request.getRemoteAddr());
            if (!verdict.allowed()) {
                rememberUsername(request);
                request.getSession().setAttribute(SIGN_IN_REFUSAL, SignInRefusal.of(verdict, clock));
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Hashes and checks passwords in Unicode NFC; a hash made from another form before is still accepted. */
    static final class NfcPasswordEncoder extends AbstractValidatingPasswordEncoder {

        private final PasswordEncoder delegate;

        NfcPasswordEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        protected String encodeNonNullPassword(String rawPassword) {
            return delegate.encode(Normalizer.normalize(rawPassword, Normalizer.Form.NFC));
        }

        @Override
        protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
            String nfc = Normalizer.normalize(rawPassword, Normalizer.Form.NFC);
            return delegate.matches(nfc, encodedPassword)
                    || (!nfc.equals(rawPassword) && delegate.matches(rawPassword, encodedPassword));
        }

        @Override
        protected boolean upgradeEncodingNonNull(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    /** After sign-in, pages speak the language the user chose last time. */
    static final class RememberLocaleSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LocaleResolver localeResolver;
        private final AccountService accounts;

        RememberLocaleSuccessHandler(LocaleResolver localeResolver, AccountService accounts) {
            this.localeResolver = localeResolver;
            this.accounts = accounts;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            accounts.locale(authentication.getName())
                    .ifPresent(tag -> localeResolver.setLocale(request, response, Locale.forLanguageTag(tag)));
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
