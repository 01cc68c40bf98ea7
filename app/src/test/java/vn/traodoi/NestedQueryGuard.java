package vn.traodoi;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails the test during which a thread
 * <ul>
 * <li>executed a statement while one of its own ResultSets was still open: a query run inside another query's row
 * mapper, result set callback or open stream; or
 * <li>borrowed a second pooled connection while it still held one (such a nested query outside a transaction, or a
 * new transaction opened inside one): as many concurrent requests as the pool has connections then wait for each
 * other until they time out.
 * </ul>
 * Read the outer rows into plain records first, then the children, on one connection.
 *
 * <p>Every DataSource of the test context is wrapped (datasource-proxy; the bean keeps its type) and every
 * {@link IntegrationTest} ends with {@link Check}, which turns what was recorded into a failure of that test. The
 * second borrow is checked once the context is up: Flyway holds two connections of its own while it migrates.
 */
public class NestedQueryGuard implements BeanPostProcessor, MethodExecutionListener,
        ApplicationListener<ContextRefreshedEvent> {

    /** A statement of the guarded connections: its SQL and the connection it belongs to. */
    private record Prepared(String sql, String connection) {
    }

    /** A ResultSet not yet closed, of this statement, read by this thread. */
    private record Open(Thread thread, Object statement, String sql, String connection) {
    }

    /** What a thread did wrong, and where (the stack of the nested query or borrow). */
    public record Violation(String description, Throwable where) {
    }

    private final Map<Object, Prepared> statements = new IdentityHashMap<>();
    private final Map<Object, Open> open = new IdentityHashMap<>();
    /** The connections borrowed and not yet given back, by their id, and who holds them. */
    private final Map<String, Thread> held = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private volatile boolean started;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource target) || bean instanceof ProxyDataSource) {
            return bean;
        }
        ProxyDataSource guarded = ProxyDataSourceBuilder.create(target).name(beanName).methodListener(this)
                .proxyResultSet().proxyGeneratedKeys().build();
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            if (invocation.getMethod().getName().equals("getConnection")) {
                Object[] args = invocation.getArguments();
                return args.length == 0 ? guarded.getConnection()
                        : guarded.getConnection((String) args[0], (String) args[1]);
            }
            return invocation.proceed();
        });
        return factory.getProxy(getClass().getClassLoader());
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        started = true;
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
        Object target = context.getTarget();
        if (target instanceof Statement && context.getMethod().getName().startsWith("execute")) {
            executing(context);
        } else if (target instanceof DataSource && started) {
            borrowing();
        }
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        Object target = context.getTarget();
        Object result = context.getResult();
        boolean close = context.getMethod().getName().equals("close");
        if (target instanceof DataSource && result instanceof Connection) {
            borrowed(context);
        } else if (target instanceof Connection && result instanceof Statement) {
            prepared(result, context);
        } else if (target instanceof Statement && result instanceof ResultSet) {
            opened(result, context);
        } else if (close && (target instanceof Connection || target instanceof Statement || target instanceof ResultSet)) {
            closed(context);
        }
    }

    private synchronized void borrowing() {
        Thread thread = Thread.currentThread();
        if (held.containsValue(thread)) {
            String reading = open.values().stream().filter(o -> o.thread() == thread).map(o -> "\nwhile reading the rows of\n  "
                    + shorten(o.sql())).findFirst().orElse("");
            violations.add(new Violation("a second pooled connection was borrowed while this thread still held one"
                    + reading + "\nRun the queries one after the other, or in one transaction (one connection).",
                    new Throwable("the second connection was borrowed here")));
        }
    }

    private synchronized void borrowed(MethodExecutionContext context) {
        held.put(connection(context), Thread.currentThread());
    }

    private synchronized void prepared(Object statement, MethodExecutionContext context) {
        Object[] args = context.getMethodArgs();
        statements.put(statement, new Prepared(args != null && args.length > 0 && args[0] instanceof String sql ? sql
                : "(statement)", connection(context)));
    }

    private synchronized void opened(Object resultSet, MethodExecutionContext context) {
        open.put(resultSet, new Open(Thread.currentThread(), context.getProxy(), sql(context), connection(context)));
    }

    /** A ResultSet closes with its statement, and a statement with its connection (given back to the pool). */
    private synchronized void closed(MethodExecutionContext context) {
        Object closed = context.getProxy();
        if (context.getTarget() instanceof Connection) {
            String connection = connection(context);
            held.remove(connection);
            statements.values().removeIf(s -> s.connection().equals(connection));
            open.values().removeIf(o -> o.connection().equals(connection));
        } else if (context.getTarget() instanceof Statement) {
            statements.remove(closed);
            open.values().removeIf(o -> o.statement() == closed);
        } else {
            open.remove(closed);
        }
    }

    private synchronized void executing(MethodExecutionContext context) {
        Object statement = context.getProxy();
        // Executing a statement again closes its own previous ResultSet.
        open.values().removeIf(o -> o.statement() == statement);
        Thread thread = Thread.currentThread();
        open.values().stream().filter(o -> o.thread() == thread).findFirst().ifPresent(outer -> violations.add(
                new Violation("a query ran while the rows of another were still being read ("
                        + (outer.connection().equals(connection(context)) ? "same connection" : "on a second connection")
                        + "):\n  " + shorten(sql(context)) + "\ninside the row mapper, callback or stream of\n  "
                        + shorten(outer.sql()) + "\nRead the outer rows into records first, then run the other query.",
                        new Throwable("the nested query ran here"))));
    }

    /** The SQL a statement runs: given to execute, or to prepareStatement before. */
    private String sql(MethodExecutionContext context) {
        Object[] args = context.getMethodArgs();
        if (args != null && args.length > 0 && args[0] instanceof String sql) {
            return sql;
        }
        Prepared prepared = statements.get(context.getProxy());
        return prepared == null ? String.valueOf(context.getTarget()) : prepared.sql();
    }

    private static String connection(MethodExecutionContext context) {
        return context.getConnectionInfo() == null ? "?" : context.getConnectionInfo().getConnectionId();
    }

    private static String shorten(@Nullable String sql) {
        String flat = sql == null ? "?" : sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + " …" : flat;
    }

    /** What was recorded since the last call, and forgets it. */
    public synchronized List<Violation> take() {
        List<Violation> taken = List.copyOf(violations);
        violations.clear();
        return taken;
    }

    /** Throws when something was recorded since the last check (and forgets it): each kind once, counted. */
    public void check() {
        List<Violation> taken = take();
        if (!taken.isEmpty()) {
            Map<String, Long> kinds = taken.stream().collect(Collectors.groupingBy(Violation::description,
                    LinkedHashMap::new, Collectors.counting()));
            throw new AssertionError(taken.size() + " nested use" + (taken.size() == 1 ? "" : "s")
                    + " of the database:\n" + kinds.entrySet().stream().map(k -> k.getValue() + " × " + k.getKey())
                            .collect(Collectors.joining("\n\n")), taken.getFirst().where());
        }
    }

    /** After each test method of an {@link IntegrationTest}: nothing was nested meanwhile (start-up included). */
    public static class Check implements TestExecutionListener {

        @Override
        public void afterTestMethod(TestContext testContext) {
            if (testContext.hasApplicationContext()) {
                testContext.getApplicationContext().getBeanProvider(NestedQueryGuard.class)
                        .ifAvailable(NestedQueryGuard::check);
            }
        }
    }
}
