package nl.pendel.cluster.internal;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import nl.pendel.cluster.ClusterNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * ShedLock's lock provider on the {@code shedlock} table (V0032): the database server's time
 * decides whether a lock has expired, and each lock row names the node that holds it.
 */
@Configuration(proxyBeanMethods = false)
public class JobLocks {

    @Bean
    LockProvider lockProvider(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterNode node) {
        return forNode(jdbc, transactions, node.name());
    }

    /**
     * A provider whose locks name this node; each statement commits in a transaction of its own,
     * so a lock is never held up by a transaction of the caller.
     */
    public static LockProvider forNode(JdbcTemplate jdbc, PlatformTransactionManager transactions, String node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTransactionManager(transactions)
                .withTableName("shedlock")
                .withLockedByValue(node)
                .usingDbTime()
                .build());
    }
}
