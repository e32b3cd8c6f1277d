package nl.pendel.subgroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.Map;
import nl.pendel.account.Discipline;
import nl.pendel.account.PersonProfile;
import nl.pendel.course.CoursePage;
import nl.pendel.security.CurrentUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.CourseTabs;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.subgroup.SubgroupOverview;
import nl.pendel.subgroup.SubgroupService;
import nl.pendel.subgroup.SubgroupView;
import nl.pendel.subgroup.SubgroupsPage;
import org.springframework.security.access.AccessDeniedException;

/**
 * The subgroups of a course with each one's discipline mix and a balance indicator. The course's
 * trainers compose them automatically and move people by hand; the indicator follows at once.
 */
@Route("cursussen/:courseId/subgroepen")
@PermitAll
class SubgroupsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final SubgroupService subgroups;
    private final CurrentUser currentUser;
    private long courseId;
    private String courseTitle = "";
    private boolean manage;
    private boolean attendance;

    SubgroupsView(SubgroupService subgroups, CurrentUser currentUser) {
        this.subgroups = subgroups;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SubgroupsPage page;
        try {
            page = subgroups.page(event.getRouteParameters().getLong("courseId").orElse(-1L));
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        CoursePage course = CoursePage.of(page.access(), currentUser.require());
        courseId = course.courseId();
        courseTitle = page.courseTitle();
        manage = course.manage();
        attendance = course.attendance();
        show(page.overview());
    }

    @Override
    public String titleKey() {
        return "course.tab.subgroups";
    }

    void show(SubgroupOverview overview) {
        removeAll();
        add(new H2(courseTitle), new CourseTabs(courseId, CourseTabs.Tab.SUBGROUPS, attendance));

        add(status(overview));

        if (manage) {
            Button compose = new Button(getTranslation("subgroup.compose"), VaadinIcon.MAGIC.create(), click -> {
                show(subgroups.composeAutomatically(courseId));
                Notifications.success(this, "subgroup.composed");
            });
            compose.addThemeVariants(ButtonVariant.PRIMARY);
            Div toolbar = new Div(compose);
            toolbar.addClassName("toolbar");
            add(toolbar);
        }

        Div cards = new Div();
        cards.addClassName("card-grid");
        for (SubgroupView subgroup : overview.subgroups()) {
            cards.add(card(subgroup, overview));
        }
        add(cards);
        if (!overview.unassigned().isEmpty()) {
            add(new H3(getTranslation("subgroup.unassigned")));
            UnorderedList list = new UnorderedList();
            overview.unassigned().forEach(p -> list.add(new ListItem(p.displayName())));
            add(list);
        }
    }

    /** Whether the subgroups are balanced, announced to screen readers. */
    private Div status(SubgroupOverview overview) {
        Div status = new Div();
        status.addClassName("callout");
        status.addClassName(overview.balanced() ? "callout-success" : "callout-warning");
        status.getElement().setAttribute("role", "status");
        status.setText(
                overview.subgroups().isEmpty()
                        ? getTranslation("subgroup.none-yet")
                        : overview.balanced()
                                ? getTranslation("subgroup.balanced")
                                : getTranslation(
                                        "subgroup.unbalanced",
                                        overview.disciplineSpread(),
                                        overview.unassigned().size()));
        return status;
    }

    private Div card(SubgroupView subgroup, SubgroupOverview overview) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("subgroup-card");
        card.add(new H3(getTranslation(
                "subgroup.title", subgroup.number(), subgroup.members().size())));
        card.add(mix(subgroup));
        UnorderedList members = new UnorderedList();
        members.addClassName("member-list");
        for (PersonProfile member : subgroup.members()) {
            members.add(memberItem(member, subgroup, overview));
        }
        card.add(members);
        if (subgroup.members().isEmpty()) {
            card.add(new Paragraph(getTranslation("subgroup.empty")));
        }
        return card;
    }

    /** How many of each discipline, most first. */
    private Div mix(SubgroupView subgroup) {
        Div mix = new Div();
        mix.addClassName("mix");
        mix.getElement().setAttribute("aria-label", getTranslation("subgroup.mix"));
        subgroup.disciplineMix().entrySet().stream()
                .sorted(Map.Entry.<Discipline, Long>comparingByValue()
                        .reversed()
                        .thenComparing(e -> getTranslation(e.getKey().translationKey())))
                .forEach(e -> {
                    Span chip = new Span(
                            e.getValue() + " × " + getTranslation(e.getKey().translationKey()));
                    chip.addClassName("badge");
                    mix.add(chip);
                });
        return mix;
    }

    private ListItem memberItem(PersonProfile member, SubgroupView subgroup, SubgroupOverview overview) {
        ListItem item = new ListItem();
        Div who = new Div(new Span(member.displayName()));
        who.addClassName("who");
        if (member.discipline() != null) {
            Span discipline = new Span(getTranslation(member.discipline().translationKey()));
            discipline.addClassName("muted");
            who.add(discipline);
        }
        item.add(who);
        if (manage) {
            item.add(mover(member, subgroup, overview));
        }
        return item;
    }

    private Select<SubgroupView> mover(PersonProfile member, SubgroupView current, SubgroupOverview overview) {
        Select<SubgroupView> select = new Select<>();
        select.setItems(overview.subgroups().stream()
                .sorted(Comparator.comparingInt(SubgroupView::number))
                .toList());
        select.setItemLabelGenerator(s -> getTranslation("subgroup.short", s.number()));
        select.setValue(current);
        select.setAriaLabel(getTranslation("subgroup.move", member.displayName()));
        select.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue().id() != current.id()) {
                show(subgroups.move(courseId, member.id(), change.getValue().id()));
            }
        });
        return select;
    }
}
