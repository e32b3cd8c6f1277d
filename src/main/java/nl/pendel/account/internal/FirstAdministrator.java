package nl.pendel.account.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import nl.pendel.security.PasswordPolicy;
import nl.pendel.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any account, creates the first administrator from configuration
 * ({@code pendel.first-admin.email}, {@code pendel.first-admin.name} and {@code
 * pendel.first-admin.password}, e.g. as environment variables or {@code --pendel.first-admin...}
 * options). There is no built-in default password: without configuration nothing is created.
 */
@Component
@Order(30)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Environment environment;
    private final Clock clock;

    FirstAdministrator(PersonRepository people, PasswordEncoder passwordEncoder, Environment environment, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        String email =
                environment.getProperty("pendel.first-admin.email", "").strip().toLowerCase(Locale.ROOT);
        String password = environment.getProperty("pendel.first-admin.password", "");
        if (email.isEmpty() || password.isEmpty()) {
            log.warn("There are no accounts yet. Start once with PENDEL_FIRST_ADMIN_EMAIL and "
                    + "PENDEL_FIRST_ADMIN_PASSWORD set to create the first administrator.");
            return;
        }
        PasswordPolicy.problem(password).ifPresent(problem -> {
            throw new IllegalStateException("pendel.first-admin.password does not meet the password rules: at least "
                    + PasswordPolicy.MIN_LENGTH + " and at most " + PasswordPolicy.MAX_LENGTH + " characters");
        });
        Person admin =
                new Person(email, environment.getProperty("pendel.first-admin.name", "Beheerder"), clock.instant());
        admin.setRoles(EnumSet.of(Role.ADMIN));
        admin.setPasswordHash(passwordEncoder.encode(password));
        people.save(admin);
        log.info("First administrator {} created", email);
    }
}
