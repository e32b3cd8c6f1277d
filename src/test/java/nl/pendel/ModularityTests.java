package nl.pendel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature modules only use each other's public API, and have no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PendelApplication.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }
}
