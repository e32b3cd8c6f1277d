package nl.pendel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules only use each other's public API, and have no cycles; the module map in
 * docs/ is the one Spring Modulith draws from the code.
 */
class ModularityTests {

    /** The module map that docs/architecture.md shows. */
    static final Path MODULE_MAP = Path.of("docs", "modules.puml");

    private final ApplicationModules modules = ApplicationModules.of(PendelApplication.class);

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        modules.verify();
    }

    /**
     * Fails when a module or a dependency between modules changed without the map; {@code mvn test
     * -Dtest=ModularityTests -Ddocs.update=true} draws it anew.
     */
    @Test
    void the_module_map_in_the_docs_is_the_one_drawn_from_the_code() throws IOException {
        Path folder = Files.createTempDirectory("pendel-modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml();
        String drawn;
        try (var files = Files.list(folder)) {
            Path diagram = files.filter(file -> file.toString().endsWith(".puml"))
                    .findFirst()
                    .orElseThrow();
            drawn = Files.readString(diagram);
        }
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(MODULE_MAP, drawn);
        }
        // Spring Modulith writes the same components and relations in an order that varies from
        // run to run: the lines are compared, not their order
        assertThat(Files.readAllLines(MODULE_MAP))
                .as("%s is out of date: run mvn test -Dtest=ModularityTests -Ddocs.update=true", MODULE_MAP)
                .containsExactlyInAnyOrderElementsOf(drawn.lines().toList());
    }
}
