package nl.pendel.precondition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.pendel.course.CoursePage;
import nl.pendel.precondition.Comparison;
import nl.pendel.precondition.MyAnswers;
import nl.pendel.precondition.Precondition;
import nl.pendel.precondition.PreconditionAnswer;
import nl.pendel.precondition.PreconditionPage;
import nl.pendel.precondition.PreconditionService;
import nl.pendel.precondition.Respondent;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The preconditions scan of a course. Participants and the team lead rate the five
 * preconditions (1-5, with a comment) and save; below, everyone who may see the course reads the
 * team's average beside the lead's view, and the lead and trainers read the participants'
 * comments without names once enough participants answered.
 */
@Route("cursussen/:courseId/randvoorwaarden")
@PermitAll
class PreconditionView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final PreconditionService preconditions;
    private final CurrentUser currentUser;
    private final Div form = new Div();
    private final Div comparison = new Div();
    private final Map<Precondition, RadioButtonGroup<Integer>> ratings = new EnumMap<>(Precondition.class);
    private final Map<Precondition, TextArea> comments = new EnumMap<>(Precondition.class);
    private long courseId;
    private long version;

    PreconditionView(PreconditionService preconditions, CurrentUser currentUser) {
        this.preconditions = preconditions;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PreconditionPage page;
        try {
            page = preconditions.page(
                    event.getRouteParameters().getLong("courseId").orElse(-1L));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        CoursePage course = CoursePage.of(page.access(), currentUser.require());
        courseId = course.courseId();
        removeAll();
        add(
                new H2(page.courseTitle()),
                new CourseTabs(courseId, CourseTabs.Tab.PRECONDITIONS, course.attendance()),
                new Paragraph(getTranslation("precondition.intro")));
        MyAnswers mine = page.mine();
        if (mine != null) {
            add(form);
            showForm(mine);
        }
        add(comparison);
        showComparison(page.comparison());
    }

    @Override
    public String titleKey() {
        return "course.tab.preconditions";
    }

    private void showForm(MyAnswers mine) {
        version = mine.version();
        form.removeAll();
        ratings.clear();
        comments.clear();
        form.addClassName("card");
        form.add(new H3(getTranslation(
                mine.respondent() == Respondent.LEAD ? "precondition.form.lead" : "precondition.form.participant")));
        form.add(new Paragraph(getTranslation("precondition.form.help")));
        for (Precondition p : Precondition.values()) {
            form.add(item(p, mine.answers().get(p), mine.editable()));
        }
        if (mine.editable()) {
            Button save = new Button(getTranslation("precondition.save"), click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            form.add(save);
        } else {
            form.add(new Paragraph(getTranslation("precondition.closed")));
        }
    }

    /** One precondition's rating and comment. */
    private Div item(Precondition p, @Nullable PreconditionAnswer answer, boolean editable) {
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation(p.translationKey()));
        rating.setItems(IntStream.rangeClosed(PreconditionService.RATING_MIN, PreconditionService.RATING_MAX)
                .boxed()
                .toList());
        rating.setItemLabelGenerator(this::ratingLabel);
        rating.setHelperText(getTranslation(p.descriptionKey()));
        rating.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.AURA_HORIZONTAL);
        rating.addClassName("precondition-rating");
        rating.setValue(answer == null ? null : answer.rating());
        rating.setReadOnly(!editable);
        TextArea comment = new TextArea(getTranslation("precondition.comment"));
        comment.setMaxLength(PreconditionService.COMMENT_MAX);
        comment.setAriaLabel(getTranslation("precondition.comment.of", getTranslation(p.translationKey())));
        comment.setValue(answer == null ? "" : answer.comment());
        comment.setWidthFull();
        comment.setReadOnly(!editable);
        ratings.put(p, rating);
        comments.put(p, comment);
        Div item = new Div(rating, comment);
        item.addClassName("precondition-item");
        return item;
    }

    private void save() {
        List<PreconditionAnswer> answers = new ArrayList<>();
        for (Precondition p : Precondition.values()) {
            answers.add(new PreconditionAnswer(
                    p, ratings.get(p).getValue(), comments.get(p).getValue()));
        }
        try {
            MyAnswers saved = preconditions.save(courseId, answers, version);
            version = saved.version();
            Notifications.success(this, "saved");
            showComparison(preconditions.comparison(courseId));
        } catch (UserFacingException e) {
            Notifications.error(this, e);
        }
    }

    private void showComparison(Comparison result) {
        comparison.removeAll();
        comparison.addClassName("card");
        comparison.add(new H3(getTranslation("precondition.comparison")));
        comparison.add(new Paragraph(
                getTranslation("precondition.answered", result.participantsAnswered(), result.participants())));
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        for (Comparison.Row row : result.rows()) {
            comparison.add(row(row, number));
        }
        if (result.commentsShown()) {
            showComments(result.comments());
        }
    }

    /** One precondition: the team's bar and the lead's. */
    private Div row(Comparison.Row row, NumberFormat number) {
        Div line = new Div();
        line.addClassName("precondition-row");
        line.getStyle().set("margin-block", "var(--lumo-space-m, 0.75rem)");
        line.add(new H4(getTranslation(row.precondition().translationKey())));
        Double team = row.teamAverage();
        if (team == null) {
            line.add(bar(
                    getTranslation("precondition.team"),
                    null,
                    getTranslation("precondition.too-few", PreconditionService.MIN_PARTICIPANTS),
                    "team"));
        } else {
            line.add(bar(
                    getTranslation("precondition.team"),
                    team,
                    getTranslation("precondition.team.value", number.format(team), row.teamCount()),
                    "team"));
        }
        Double lead = row.leadRating();
        line.add(bar(
                getTranslation("precondition.lead"),
                lead,
                lead == null ? getTranslation("precondition.lead.none") : number.format(lead),
                "lead"));
        return line;
    }

    /** The participants' comments without names, by precondition. */
    private void showComments(List<Comparison.AnonymousComment> anonymous) {
        comparison.add(new H3(getTranslation("precondition.comments")));
        comparison.add(new Paragraph(getTranslation("precondition.comments.help")));
        if (anonymous.isEmpty()) {
            comparison.add(new Paragraph(getTranslation("precondition.comments.none")));
        }
        for (Precondition p : Precondition.values()) {
            List<Comparison.AnonymousComment> these =
                    anonymous.stream().filter(c -> c.precondition() == p).toList();
            if (!these.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.addClassName("precondition-comments");
                these.forEach(c -> list.add(new ListItem(c.text())));
                comparison.add(new H4(getTranslation(p.translationKey())), list);
            }
        }
    }

    /** One labelled bar on a 1-5 scale, with the figure as text so it reads without the bar. */
    private Div bar(String label, @Nullable Double value, String text, String kind) {
        Span name = new Span(label);
        name.getStyle().set("display", "inline-block").set("min-width", "7em");
        Div track = new Div();
        track.addClassName("precondition-bar");
        track.getStyle()
                .set("display", "inline-block")
                .set("vertical-align", "middle")
                .set("width", "min(40vw, 12rem)")
                .set("height", "0.75rem")
                .set("margin-inline", "0.5rem")
                .set("border-radius", "0.375rem")
                .set("background", "var(--lumo-contrast-10pct, #e5e7eb)");
        track.getElement().setAttribute("aria-hidden", "true");
        if (value != null) {
            Div fill = new Div();
            fill.getStyle()
                    .set("height", "100%")
                    .set("border-radius", "0.375rem")
                    .set("width", Math.round(value / PreconditionService.RATING_MAX * 100) + "%")
                    .set(
                            "background",
                            kind.equals("lead")
                                    ? "var(--lumo-success-color, #15803d)"
                                    : "var(--lumo-primary-color, #1d4ed8)");
            track.add(fill);
        }
        Div line = new Div(name, track, new Span(text));
        line.addClassName("precondition-" + kind);
        return line;
    }

    private String ratingLabel(int value) {
        return getTranslation("precondition.rating.label", value, getTranslation("precondition.rating." + value));
    }
}
