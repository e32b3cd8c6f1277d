package nl.pendel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real MariaDB (embedded, in a temporary folder), migrated by the
 * real Flyway migrations, with the demo data and the real course-content. All integration tests
 * share this one configuration, so Spring and MariaDB start once per test run. Tests create their
 * own data with {@link TestData} and never assume empty tables. The application's clock is a
 * {@link TestClock}: the suite runs on {@link TestClock#SUITE_TODAY} whatever day it is, and a
 * test that needs another day moves the clock (it is put back after each test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestClock.Configuration.class)
@ExtendWith(TestClock.Reset.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pendel.embedded-db.ephemeral=true",
            "pendel.demo-data=true",
            // mails are written to the outbox as in production; the tests drive the senders
            "pendel.mail.delivery=smtp",
            "pendel.mail.sender-enabled=false",
            // open sessions are checked against their account every second (60 s in the
            // application), so that OpenSessionRecheckTest need not wait a minute
            "pendel.security.session-recheck=1s"
        })
public @interface IntegrationTest {}
