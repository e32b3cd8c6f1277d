package nl.pendel.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.pendel.plan.Plan;
import nl.pendel.plan.PlanPage;
import nl.pendel.plan.PlanProgressService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanStatus;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The head of a plan's page: title, course, subgroup and members, the status with the steps the
 * reader may take (the trainer's sign-off), the checklist of required sections still empty, the
 * competences it exercises, and the PDF and print version.
 */
class PlanHeader extends Div {

    private final PlanService plans;
    private final PlanProgressService progress;
    private final long planId;
    /** The competences of the course's framework: they do not change while the page is open. */
    private final Map<String, String> choices;

    private Plan plan;

    PlanHeader(PlanService plans, PlanProgressService progress, PlanPage page) {
        this.plans = plans;
        this.progress = progress;
        this.planId = page.plan().id();
        this.plan = page.plan();
        this.choices = page.competenceChoices();
        addClassName("plan-header");
        show();
    }

    /** Reads the plan again and shows it (after a change here or a save in a section). */
    void refresh() {
        try {
            plan = plans.plan(planId);
            show();
        } catch (AccessDeniedException | UserFacingException e) {
            Notifications.error(this, "plan.error.not-found");
        }
    }

    private void show() {
        removeAll();
        String title = plan.title().isBlank() ? getTranslation("plan.untitled", plan.subgroupNumber()) : plan.title();
        add(new H2(title));
        Paragraph meta = new Paragraph(getTranslation(
                "plan.meta", plan.courseTitle(), plan.subgroupNumber(), String.join(", ", plan.members())));
        meta.addClassName("muted");
        add(meta);
        add(statusBar(), checklist(), competences(), downloads());
    }

    private Div statusBar() {
        Div bar = new Div();
        bar.addClassNames("toolbar", "plan-status");
        Span status = new Span(getTranslation(plan.status().translationKey()));
        status.setId("plan-status");
        status.addClassNames(
                "badge", plan.status().ordinal() >= PlanStatus.READY.ordinal() ? "badge-success" : "badge-muted");
        bar.add(status);
        if (plan.signedOffBy() != null) {
            Span signed = new Span(getTranslation("plan.signed-off", plan.signedOffBy()));
            signed.addClassName("muted");
            bar.add(signed);
        }
        if (!plan.canEdit()) {
            return bar;
        }
        PlanStatus[] all = PlanStatus.values();
        int at = plan.status().ordinal();
        if (at > 0) {
            bar.add(statusButton(all[at - 1], "plan.status.back", false));
        }
        if (at + 1 < all.length) {
            PlanStatus next = all[at + 1];
            if (next != PlanStatus.READY || plan.canSignOff()) {
                bar.add(statusButton(
                        next, next == PlanStatus.READY ? "plan.status.sign-off" : "plan.status.next", true));
            }
        }
        return bar;
    }

    private Button statusButton(PlanStatus target, String key, boolean primary) {
        Button button = new Button(getTranslation(key, getTranslation(target.translationKey())), e -> {
            try {
                progress.changeStatus(planId, target, plan.version());
                Notifications.success(this, "plan.status.changed", getTranslation(target.translationKey()));
            } catch (EditConflictException ex) {
                Notifications.error(this, "plan.error.conflict");
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
            refresh();
        });
        button.setId("status-" + target.name().toLowerCase(Locale.ROOT));
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    private Div checklist() {
        Div box = new Div();
        box.addClassName("plan-checklist");
        List<String> empty = plan.emptyRequired();
        if (empty.isEmpty()) {
            Paragraph done = new Paragraph(getTranslation("plan.checklist.done"));
            done.addClassNames("callout", "callout-success");
            box.add(done);
            return box;
        }
        Paragraph intro = new Paragraph(getTranslation("plan.checklist.intro", empty.size()));
        UnorderedList list = new UnorderedList();
        plan.sections().stream()
                .filter(s -> s.required() && s.isEmpty())
                .forEach(s -> list.add(new ListItem(new Anchor("#section-" + s.key(), s.title()))));
        box.add(intro, list);
        box.addClassName("callout");
        return box;
    }

    private CheckboxGroup<String> competences() {
        CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("plan.competences"));
        group.setId("plan-competences");
        group.setItems(choices.keySet());
        group.setItemLabelGenerator(code -> choices.getOrDefault(code, code));
        group.setValue(new HashSet<>(plan.competences()));
        group.setReadOnly(!plan.canEdit());
        group.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                progress.setCompetences(planId, e.getValue(), plan.version());
            } catch (EditConflictException ex) {
                Notifications.error(this, "plan.error.conflict");
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
            refresh();
        });
        return group;
    }

    private Div downloads() {
        Locale locale = getLocale();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    PlanService.PlanFile file = plans.pdf(planId, locale);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            "application/pdf",
                            file.content().length);
                }),
                getTranslation("plan.pdf"));
        pdf.setId("plan-pdf");
        Anchor print = new Anchor(PlanPrintView.route(planId), getTranslation("plan.print"));
        print.setId("plan-print");
        Div links = new Div(pdf, print);
        links.addClassName("toolbar");
        return links;
    }
}
