package nl.pendel.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In production ({@code production} profile) Pendel runs on an external MariaDB only: without
 * {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}) it stops at once with a
 * message that says what to set, before anything else starts. The production jar contains no
 * embedded database to fall back to, and a development build must not quietly start one either.
 */
final class ProductionDatabaseRequirement implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "production";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(PROFILE)) && EmbeddedDatabaseCondition.isEmbedded(environment)) {
            throw new IllegalStateException("Pendel runs in production on an external MariaDB, but no database is"
                    + " configured. Set SPRING_DATASOURCE_URL (e.g. jdbc:mariadb://db.example:3306/pendel),"
                    + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
        }
    }

    /** After the configuration files and profiles are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
