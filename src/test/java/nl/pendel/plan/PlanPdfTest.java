package nl.pendel.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The plan document, read back with a PDF library. */
@IntegrationTest
class PlanPdfTest {

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    PlanProgressService progress;

    @Autowired
    PlanSectionService sections;

    @Test
    void the_pdf_holds_every_section_under_its_heading_with_the_facts_of_the_plan() throws Exception {
        var course = fixtures.published(8);
        var member = course.member(1, 0);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));
        testData.runAs(member.email(), () -> {
            sections.save(planId, "werktitel", "Buurtmoestuin aan de singel", 0, false);
            sections.save(planId, "doelgroep", "Oude en nieuwe bewoners van de wijk", 0, false);
            sections.save(
                    planId,
                    "activiteit",
                    "Elke zaterdag samen tuinieren.\n\nIn de winter: zaaiplannen maken.",
                    0,
                    false);
            progress.setCompetences(planId, Set.of("2", "3"), 0);
        });

        PlanService.PlanFile file =
                testData.runAs(course.lead().email(), () -> plans.pdf(planId, Locale.forLanguageTag("nl")));
        assertThat(file.fileName()).isEqualTo("plan-" + planId + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("COLLECTIEF ACTIVITEITENPLAN")
                    .contains("Buurtmoestuin aan de singel")
                    .contains(course.fixture().course().title())
                    .contains(member.displayName())
                    .contains("Status Idee")
                    .contains("2 · Sociale cohesie en samenredzaamheid")
                    .contains("Doelgroep")
                    .contains("Oude en nieuwe bewoners van de wijk")
                    .contains("Elke zaterdag samen tuinieren.")
                    .contains("In de winter: zaaiplannen maken.")
                    .contains("Eigenaarschap bij bewoners")
                    .contains("Nog niet ingevuld.")
                    .contains("Evaluatie");
            assertThat(text.indexOf("Doelgroep")).isLessThan(text.indexOf("Oude en nieuwe bewoners"));
        }
        assertThatThrownBy(() -> testData.runAs(course.member(2, 0).email(), () -> plans.pdf(planId, Locale.ENGLISH)))
                .as("another subgroup gets no PDF")
                .isInstanceOf(AccessDeniedException.class);
    }
}
