package vn.traodoi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.traodoi.system.AwaitedEvent;

/**
 * Read your own writes across modules: a request that published an {@link AwaitedEvent} answers (the page it redirects
 * to, or the JSON of the API) once the event publication registry holds no publication of that moment still to be
 * handled, waiting at most {@code traodoi.events.await} (3 s by default). The wait starts after the request's own
 * transaction committed, so it holds no connection while it polls. Requests that published nothing pay nothing.
 */
@Component
@ControllerAdvice
class AwaitConsequences implements HandlerInterceptor, ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(AwaitConsequences.class);
    private static final String PUBLISHED = AwaitConsequences.class.getName() + ".published";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration limit;

    AwaitConsequences(JdbcClient jdbc, Clock clock, @Value("${traodoi.events.await:PT3S}") Duration limit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limit = limit;
    }

    /** Notes, on the request that publishes it, when an awaited event was published. */
    @EventListener
    void published(AwaitedEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(PUBLISHED, RequestAttributes.SCOPE_REQUEST) == null) {
            request.setAttribute(PUBLISHED, clock.instant().minusSeconds(1), RequestAttributes.SCOPE_REQUEST);
        }
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView view) {
        if (request.getAttribute(PUBLISHED) instanceof Instant since) {
            await(since);
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null
                && attributes.getAttribute(PUBLISHED, RequestAttributes.SCOPE_REQUEST) instanceof Instant since) {
            attributes.removeAttribute(PUBLISHED, RequestAttributes.SCOPE_REQUEST);
            await(since);
        }
        return body;
    }

    private void await(Instant since) {
        Instant deadline = clock.instant().plus(limit);
        long pause = 5;
        while (pending(since) && clock.instant().isBefore(deadline)) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, 100);
        }
        if (pending(since)) {
            log.info("Answering before the consequences of the request's events were handled (after {})", limit);
        }
    }

    private boolean pending(Instant since) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?)""")
                .param(since.atOffset(ZoneOffset.UTC)).query(Boolean.class).single());
    }
}
