package nl.pendel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pendel.IntegrationTest;
import nl.pendel.TestData;
import nl.pendel.account.PersonDraft;
import nl.pendel.account.PersonService;
import nl.pendel.account.PersonSummary;
import nl.pendel.attendance.AccreditationService;
import nl.pendel.course.CourseDraft;
import nl.pendel.course.CourseService;
import nl.pendel.dashboard.TeamDashboardService;
import nl.pendel.plan.PlanFixtures;
import nl.pendel.plan.PlanService;
import nl.pendel.security.SystemAuthentication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pendel's PDFs print Turkish, Polish, Hungarian and other Latin letters as written (read back with
 * PDFBox), with embedded fonts, and bold and italic text in the real bold and italic cuts.
 */
@IntegrationTest
class PdfLettersTest {

    static final String NAME = "Yılmaz Şahin-Gümüşoğlu Łukasz";
    static final String MORE = "İğdır Ńowak Erdős";

    @Autowired
    TestData testData;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PersonService people;

    @Autowired
    CourseService courses;

    @Autowired
    AccreditationService accreditation;

    @Autowired
    TeamDashboardService dashboards;

    @Autowired
    PlanService plans;

    @Test
    void the_accreditation_list_prints_every_letter_of_a_name() throws IOException {
        PlanFixtures.Course course = planFixtures.published(2);
        rename(course.member(1, 0), NAME);
        rename(
                course.fixture().participants().stream()
                        .filter(p -> p.id() != course.member(1, 0).id())
                        .findFirst()
                        .orElseThrow(),
                MORE);

        byte[] pdf = testData.runAs(course.trainer().email(), () -> accreditation.pdf(course.id(), Translations.DUTCH))
                .content();

        assertThat(text(pdf)).contains(NAME).contains(MORE);
        assertThat(fonts(pdf))
                .allMatch(PdfLettersTest::embedded)
                .anyMatch(name -> name.endsWith("LiberationSans-Bold"));
    }

    @Test
    void the_dashboard_prints_every_letter_of_a_course_title() throws IOException {
        PlanFixtures.Course course = planFixtures.published(4);
        String title = "Cursus " + NAME + " " + TestData.unique("");
        testData.runAs(course.trainer().email(), () -> {
            CourseDraft draft = CourseDraft.of(
                    courses.summary(course.id()),
                    course.fixture().participants().stream()
                            .map(PersonSummary::id)
                            .collect(Collectors.toSet()));
            draft.setTitle(title);
            return courses.update(draft);
        });

        byte[] pdf = testData.runAs(course.lead().email(), () -> dashboards.pdf(course.id(), Translations.DUTCH))
                .content();

        assertThat(text(pdf)).contains(title);
        assertThat(fonts(pdf))
                .allMatch(PdfLettersTest::embedded)
                .anyMatch(name -> name.endsWith("LiberationSans-Bold"));
    }

    @Test
    void the_plan_prints_every_letter_of_its_members_names_with_real_bold_and_italic() throws IOException {
        PlanFixtures.Course course = planFixtures.published(4);
        PersonSummary member = rename(course.member(1, 0), NAME);
        long planId = testData.runAs(member.email(), () -> plans.start(course.id(), null));

        byte[] pdf = testData.runAs(member.email(), () -> plans.pdf(planId, Locale.forLanguageTag("nl")))
                .content();

        assertThat(text(pdf)).contains(NAME);
        assertThat(fonts(pdf))
                .allMatch(PdfLettersTest::embedded)
                .anyMatch(name -> name.endsWith("LiberationSans-Bold"))
                .anyMatch(name -> name.endsWith("LiberationSans-Italic"));
    }

    private PersonSummary rename(PersonSummary person, String name) {
        return SystemAuthentication.runAsAdministrator(() -> {
            PersonDraft draft = PersonDraft.of(people.find(person.id()).orElseThrow());
            draft.setDisplayName(name);
            return people.save(draft);
        });
    }

    /** The text, with line breaks (a long name wraps in its table cell) as spaces. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The names of the fonts the pages use; an embedded subset is named {@code ABCDEF+Font}. */
    private static Set<String> fonts(byte[] pdf) throws IOException {
        Set<String> names = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName font : resources.getFontNames()) {
                    names.add(resources.getFont(font).getName());
                }
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    private static boolean embedded(String fontName) {
        return fontName.matches("[A-Z]{6}\\+LiberationSans.*");
    }
}
