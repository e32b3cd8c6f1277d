package nl.pendel.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.TestData.CourseFixture;
import nl.pendel.course.CourseService;
import nl.pendel.material.Material;
import nl.pendel.material.MaterialService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.TestDocuments;
import nl.pendel.shared.files.UploadedFileInspector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The materials' forms (a link's title and address, a file's upload), tried with hostile input
 * through their service, where the checks live (issue 19).
 */
@IntegrationTest
class MaterialBadInputTest {

    private static int inputs;

    @Autowired
    MaterialService materials;

    @Autowired
    CourseService courses;

    @Autowired
    TestData testData;

    @AfterAll
    static void summary() {
        System.out.printf("bad input: materials (link and file), %d inputs%n", inputs);
    }

    @Test
    void hostile_titles_and_odd_addresses_are_stored_exactly() {
        CourseFixture fixture = testData.course(1);
        long courseId = fixture.course().id();
        long meeting = meeting(fixture);
        List<String> texts = new ArrayList<>(BadInputs.ACCEPTED_TEXTS);
        texts.add("🌱".repeat(Material.TITLE_MAX)); // at the limit, counted in characters
        for (String text : texts) {
            inputs++;
            Material added = as(
                    fixture,
                    () -> materials.addLink(courseId, meeting, text, "https://wijk.example/a?b=c&d=%3Cx%3E#e"));
            assertThat(added.title()).isEqualTo(text);
            assertThat(shown(fixture, courseId)).contains(text);
        }
    }

    @Test
    void bad_links_get_a_dutch_message_and_nothing_is_stored() {
        CourseFixture fixture = testData.course(1);
        long courseId = fixture.course().id();
        long meeting = meeting(fixture);
        record Case(String title, String url, String message) {}
        List<Case> cases = new ArrayList<>();
        String good = "https://wijk.example/lijst";
        for (String blank : List.of("", BadInputs.WHITESPACE, BadInputs.INVISIBLE)) {
            cases.add(new Case(blank, good, BadInputs.dutch("material.error.title-required")));
            cases.add(new Case("Lijst", blank, BadInputs.dutch("material.error.url-required")));
        }
        cases.add(new Case(null, good, BadInputs.dutch("material.error.title-required")));
        cases.add(new Case("Lijst", null, BadInputs.dutch("material.error.url-required")));
        cases.add(new Case(
                BadInputs.OVERLONG, good, BadInputs.dutch("material.error.title-too-long", Material.TITLE_MAX)));
        cases.add(new Case(
                "🌱".repeat(Material.TITLE_MAX + 1),
                good,
                BadInputs.dutch("material.error.title-too-long", Material.TITLE_MAX)));
        cases.add(new Case("Eerste regel\nTweede", good, BadInputs.dutch("material.error.one-line")));
        cases.add(new Case(
                "Lijst",
                "https://wijk.example/" + BadInputs.OVERLONG,
                BadInputs.dutch("material.error.url-too-long", Material.URL_MAX)));
        String scheme = BadInputs.dutch("material.error.url-scheme");
        for (String url : List.of(
                "javascript:alert(1)",
                "JAVASCRIPT:alert(1)",
                "data:text/html,<b>x</b>",
                "ftp://wijk.example",
                "file:///etc/passwd",
                "mailto:trainer@pendel.test",
                "wijk.example/lijst",
                "//wijk.example/lijst",
                BadInputs.SQL_OR.replace(" ", ""))) {
            cases.add(new Case("Lijst", url, scheme));
        }
        String invalid = BadInputs.dutch("material.error.url-invalid");
        for (String url : List.of(
                "https://",
                "https:///pad",
                "https://wijk example.nl",
                "https://wijk.example/\u0000",
                "https://wijk.example/a b",
                "https://user:wachtwoord@wijk.example",
                "https://wijk.example/" + BadInputs.SCRIPT,
                "https://wijk.example/\u200B",
                "https://[::1",
                "http://wijk.example/" + BadInputs.EMOJI)) {
            cases.add(new Case("Lijst", url, invalid));
        }
        for (Case c : cases) {
            inputs++;
            assertThatThrownBy(() -> as(fixture, () -> materials.addLink(courseId, meeting, c.title(), c.url())))
                    .as(c.title() + " / " + c.url())
                    .isInstanceOfSatisfying(
                            UserFacingException.class, e -> assertThat(BadInputs.dutch(e.messageKey(), e.arguments()))
                                    .isEqualTo(c.message()));
        }
        assertThat(shown(fixture, courseId)).isEmpty();
    }

    @Test
    void bad_files_get_a_dutch_message_and_nothing_is_stored() {
        CourseFixture fixture = testData.course(1);
        long courseId = fixture.course().id();
        long meeting = meeting(fixture);
        record Case(String name, byte[] bytes, String key) {}
        byte[] tooBig = new byte[UploadedFileInspector.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooBig, 0, 5);
        byte[] html = BadInputs.SCRIPT.getBytes(StandardCharsets.UTF_8);
        List<Case> cases = List.of(
                new Case("leeg.pdf", new byte[0], "upload.error.empty"),
                new Case("leeg.pdf", null, "upload.error.empty"),
                new Case("groot.pdf", tooBig, "upload.error.too-large"),
                new Case("pagina.html", html, "upload.error.type"),
                new Case("dia.pdf", html, "upload.error.renamed"),
                new Case("dia.png", TestDocuments.pdf("Dia"), "upload.error.renamed"),
                new Case("programma.exe", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1), "upload.error.type"));
        for (Case c : cases) {
            inputs++;
            assertThatThrownBy(() -> as(fixture, () -> materials.addFile(courseId, meeting, null, c.name(), c.bytes())))
                    .as(c.name())
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo(c.key()));
        }
        inputs++;
        Material odd = as(
                fixture,
                () -> materials.addFile(courseId, meeting, null, "../../<script>\u202E.pdf", TestDocuments.pdf("Dia")));
        assertThat(odd.fileName()).isEqualTo("_script_.pdf");
        assertThat(shown(fixture, courseId)).containsExactly("_script_.pdf");
    }

    private List<String> shown(CourseFixture fixture, long courseId) {
        return as(fixture, () -> materials.page(courseId)).meetings().stream()
                .flatMap(m -> m.materials().stream())
                .map(Material::title)
                .toList();
    }

    private <T> T as(CourseFixture fixture, Supplier<T> work) {
        return testData.runAs(fixture.trainer().email(), work);
    }

    private long meeting(CourseFixture fixture) {
        return as(fixture, () -> courses.details(fixture.course().id())
                .meetings()
                .getFirst()
                .id());
    }
}
