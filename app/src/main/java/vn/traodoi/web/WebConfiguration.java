package vn.traodoi.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.traodoi.account.AccountService;
import vn.traodoi.account.CurrentUser;
import vn.traodoi.system.TraodoiProperties;

/** Vietnamese by default, English by {@code ?lang=en}; the choice is kept in a cookie and on the user. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final AccountService accounts;
    private final AwaitConsequences consequences;

    WebConfiguration(AccountService accounts, AwaitConsequences consequences) {
        this.accounts = accounts;
        this.consequences = consequences;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("traodoi-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(TraodoiProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Multipart bodies are read for the request itself only: an error page (a multipart body that could not be parsed
     * is one reason for it) never parses the body again.
     */
    @Bean
    StandardServletMultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return request.getDispatcherType() == DispatcherType.REQUEST && super.isMultipart(request);
            }
        };
    }

    /** After the size limit, before sign-in and everything else that reads parameters. */
    @Bean
    FilterRegistrationBean<MalformedInputFilter> malformedInputFilter(JsonMapper json, TraodoiProperties properties) {
        FilterRegistrationBean<MalformedInputFilter> registration =
                new FilterRegistrationBean<>(new MalformedInputFilter(json, properties.maxRequestSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * Tomcat's own error responses (for requests it refuses before the application sees them) in the app's words;
     * static, so that the web server does not wait for the rest of this configuration.
     */
    @Bean
    static TomcatContextCustomizer containerErrorReport(MessageSource messages, JsonMapper json) {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new ContainerErrorReport(messages, json));
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
                // Spring Boot adds Tomcat's own report valve with a customizer of its own: ours answers instead.
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorReport)) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                    }
                });
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver(), accounts));
        registry.addInterceptor(consequences);
    }

    /** {@code ?lang=vi} or {@code ?lang=en} switches the language; other values are ignored. */
    private record LanguageSwitch(LocaleResolver resolver, AccountService accounts) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            // From the query string only: getParameter would read (and may choke on) a form body.
            String query = request.getQueryString();
            String lang = query == null ? null
                    : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
            if (!"vi".equals(lang) && !"en".equals(lang)) {
                return true;
            }
            resolver.setLocale(request, response, Locale.forLanguageTag(lang));
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
                accounts.rememberLocale(user.userId(), lang);
            }
            return true;
        }
    }
}
