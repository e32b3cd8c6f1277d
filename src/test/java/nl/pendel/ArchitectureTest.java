package nl.pendel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.pendel");

    @Test
    void services_and_domain_never_reach_into_the_ui() {
        noClasses()
                .that()
                .resideOutsideOfPackages("nl.pendel..ui..", "nl.pendel.home..")
                .and()
                .doNotHaveSimpleName("SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.pendel..ui..")
                .check(CLASSES);
    }

    /**
     * The production jar (mvn -Pproduction) leaves out the demo data and the embedded database;
     * the rest of the application must not need them (that build would not compile).
     */
    @Test
    void nothing_but_the_demo_module_needs_the_demo_data_or_the_embedded_database() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.pendel.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("nl.pendel.demo..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.pendel.database..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.pendel.database..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("EmbeddedDatabaseCondition"))))
                .check(CLASSES);
    }

    @Test
    void only_the_notification_module_talks_to_the_mail_server() {
        noClasses()
                .that()
                .resideOutsideOfPackage("nl.pendel.notification..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.mail..", "jakarta.mail..")
                .because("other modules publish events; the notification module decides what to send")
                .check(CLASSES);
    }

    @Test
    void views_never_use_repositories_directly() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void every_route_says_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void views_are_not_public_except_the_login_page() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .doNotHaveSimpleName("LoginView")
                .should()
                .notBePublic()
                .check(CLASSES);
    }
}
