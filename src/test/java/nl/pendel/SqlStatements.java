package nl.pendel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements that work on the current thread sends to the database, through a thin
 * proxy around the application's data source: every prepared or callable statement, and every
 * execution of a plain statement, whether it comes from Hibernate or from {@code JdbcClient}. Only
 * the thread inside {@link #count} is counted, so other threads (the pool, Vaadin) never disturb a
 * test.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> COUNTER = new ThreadLocal<>();
    private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTE =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

    /** What the work returned and the SQL statements it sent, in order. */
    public record Counted<T>(T result, List<String> sql) {

        public int statements() {
            return sql.size();
        }
    }

    /** Runs the work on this thread and records its SQL statements. */
    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> previous = COUNTER.get();
        List<String> sql = new ArrayList<>();
        COUNTER.set(sql);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(sql));
        } finally {
            COUNTER.set(previous);
        }
    }

    public static int count(Runnable work) {
        return count(() -> {
                    work.run();
                    return null;
                })
                .statements();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (method, args, result) -> {
                if (result instanceof Connection connection) {
                    return proxy(Connection.class, connection, SqlStatements::onConnection);
                }
                return result;
            });
        }
        return bean;
    }

    private static Object onConnection(Method method, Object[] args, Object result) {
        if (PREPARE.contains(method.getName())) {
            record(args);
            return result;
        }
        if (result instanceof Statement statement && method.getName().equals("createStatement")) {
            return proxy(Statement.class, statement, (m, a, r) -> {
                if (EXECUTE.contains(m.getName())) {
                    record(a);
                }
                return r;
            });
        }
        return result;
    }

    private static void record(Object[] args) {
        List<String> sql = COUNTER.get();
        if (sql != null) {
            sql.add(args != null && args.length > 0 && args[0] instanceof String text ? text : "(batch)");
        }
    }

    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
