package vn.traodoi;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
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
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails the test during which a thread executed a statement while one of its own ResultSets was still open: a query
 * run inside another query's row mapper, result set callback or open stream. Outside a transaction such a query
 * borrows a second pooled connection while the first is held, and ten concurrent readers starve a pool of ten; inside
 * one it still interleaves two reads. Read the outer rows into plain records first, then the children.
 *
 * <p>Every DataSource of the test context is wrapped (datasource-proxy, the type of the bean kept) and every
 * {@link IntegrationTest} ends with {@link Check}, which turns what was recorded into a failure of that test.
 */
public class NestedQueryGuard implements BeanPostProcessor, MethodExecutionListener {

    /** A statement of the guarded connections: its SQL and the connection it belongs to. */
    private record Prepared(String sql, String connection) {
    }

    /** A ResultSet not yet closed, of this statement, read by this thread. */
    private record Open(Thread thread, Object statement, String sql, String connection) {
    }

    /** A statement executed while the thread still read another statement's rows. */
    public record Violation(String sql, String outerSql, boolean sameConnection, Throwable where) {

        String describe() {
            return "a query ran while the rows of another were still being read (" + (sameConnection
                    ? "same connection" : "a second pooled connection borrowed while the first was held") + "):\n  "
                    + sql + "\ninside the row mapper, callback or stream of\n  " + outerSql
                    + "\nRead the outer rows into records first, then run the other query.";
        }
    }

    private final Map<Object, Prepared> statements = new IdentityHashMap<>();
    private final Map<Object, Open> open = new IdentityHashMap<>();
    private final List<Violation> violations = new ArrayList<>();

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
            Method method = invocation.getMethod();
            if (method.getName().equals("getConnection")) {
                Object[] args = invocation.getArguments();
                return args.length == 0 ? guarded.getConnection()
                        : guarded.getConnection((String) args[0], (String) args[1]);
            }
            return invocation.proceed();
        });
        return factory.getProxy(getClass().getClassLoader());
    }

    @Override
    public void beforeMethod(MethodExecutionContext context) {
        if (context.getTarget() instanceof Statement && context.getMethod().getName().startsWith("execute")) {
            executing(context);
        }
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
        Object target = context.getTarget();
        Object result = context.getResult();
        boolean close = context.getMethod().getName().equals("close");
        if (target instanceof Connection && result instanceof Statement) {
            prepared(result, context);
        } else if (target instanceof Statement && result instanceof ResultSet) {
            opened(result, context);
        } else if (close && (target instanceof Connection || target instanceof Statement || target instanceof ResultSet)) {
            closed(context);
        }
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
                new Violation(shorten(sql(context)), shorten(outer.sql()), outer.connection().equals(connection(context)),
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

    /** What was recorded since the last call, and forgets it. */
    public synchronized List<Violation> take() {
        List<Violation> taken = List.copyOf(violations);
        violations.clear();
        return taken;
    }

    /** Throws when a nested query was recorded since the last check (and forgets it): each kind once, counted. */
    public void check() {
        List<Violation> taken = take();
        if (!taken.isEmpty()) {
            Map<String, Long> kinds = taken.stream().collect(Collectors.groupingBy(Violation::describe,
                    LinkedHashMap::new, Collectors.counting()));
            throw new AssertionError(taken.size() + " nested quer" + (taken.size() == 1 ? "y" : "ies") + ":\n"
                    + kinds.entrySet().stream().map(k -> k.getValue() + " × " + k.getKey())
                            .collect(Collectors.joining("\n\n")), taken.getFirst().where());
        }
    }

    private static String shorten(@Nullable String sql) {
        String flat = sql == null ? "?" : sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + " …" : flat;
    }

    /** After each test method of an {@link IntegrationTest}: no nested query ran meanwhile (start-up included). */
    public static class Check implements TestExecutionListener {

        @Override
        public void afterTestMethod(TestContext testContext) {
            if (testContext.hasApplicationContext()) {
                testContext.getApplicationContext().getBeanProvider(NestedQueryGuard.class).ifAvailable(NestedQueryGuard::check);
            }
        }
    }
}
