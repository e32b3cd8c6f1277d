package nl.pendel.database;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** In production Pendel refuses to start without an external database, and says what to set. */
class ProductionDatabaseRequirementTest {

    private final ProductionDatabaseRequirement requirement = new ProductionDatabaseRequirement();

    @Test
    void production_without_a_database_url_stops_with_what_to_set() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("production");
        assertThatThrownBy(() -> requirement.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("SPRING_DATASOURCE_PASSWORD");
        environment.setProperty("spring.datasource.url", " ");
        assertThatThrownBy(() -> requirement.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void production_with_a_database_url_starts() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("production");
        environment.setProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/pendel");
        assertThatCode(() -> requirement.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void development_without_a_database_url_starts_on_the_embedded_one() {
        assertThatCode(() -> requirement.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
