package nl.pendel.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.pendel.course.CaseloadTheme;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.MyHomework;
import nl.pendel.homework.Submission;
import nl.pendel.homework.ThemeAnswer;

/**
 * The version handed in: its text, files, caseload themes and the feedback on it, and while the
 * participant's session has not started, the button that takes it back ({@code withdraw}).
 */
class HandedInWork extends Div {

    HandedInWork(
            HomeworkDownloadService homework,
            MyHomework mine,
            List<CaseloadTheme> caseloadThemes,
            Function<Instant, String> time,
            Runnable withdraw) {
        Submission latest = mine.submissions().getFirst();
        add(new H3(getTranslation("homework.submitted.title", latest.number())));
        addClassNames("card", "submitted-work");
        Paragraph when = new Paragraph(getTranslation(
                latest.late() ? "homework.submitted.when.late" : "homework.submitted.when",
                time.apply(latest.submittedAt())));
        when.addClassName("muted");
        add(when, HomeworkHtml.of(latest.bodyHtml()), new FileList(homework, latest.files(), null));
        if (!mine.themes().isEmpty()) {
            add(new H3(getTranslation("homework.themes.title")));
            Map<String, String> labels =
                    caseloadThemes.stream().collect(Collectors.toMap(CaseloadTheme::key, CaseloadTheme::label));
            for (ThemeAnswer answer : mine.themes()) {
                add(new Paragraph(getTranslation(
                        "homework.themes.own.line",
                        answer.themeKey() != null
                                ? labels.getOrDefault(answer.themeKey(), answer.themeKey())
                                : answer.ownLabel(),
                        answer.cases())));
            }
        }
        add(EarlierVersions.feedback(latest, time));
        if (mine.canWithdraw()) {
            Button button = new Button(getTranslation("homework.withdraw"), e -> withdraw.run());
            button.setId("homework-withdraw");
            Paragraph help = new Paragraph(getTranslation("homework.withdraw.help"));
            help.addClassName("muted");
            add(button, help);
        }
    }
}
