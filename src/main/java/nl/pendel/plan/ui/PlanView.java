package nl.pendel.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.pendel.plan.Plan;
import nl.pendel.plan.PlanComment;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.plan.PlanStatus;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.EditConflictException;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.TranslatedTitle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One plan, worked on together: its status with the checklist of required sections still empty
 * and the trainer's sign-off, the competences it exercises, the PDF and a printable page, and every
 * section with its own editor. Saves by others arrive by push, and who edits which section shows.
 * The team lead reads; anyone else gets "not found".
 */
@Route("plannen/:planId")
@PermitAll
class PlanView extends Div implements BeforeEnterObserver, TranslatedTitle, PlanLiveHub.Listener {

    private final PlanService plans;
    private final PlanSectionService sections;
    private final PlanLiveHub hub;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String windowId = UUID.randomUUID().toString();
    private final Div header = new Div();
    private final Map<String, SectionEditor> editors = new LinkedHashMap<>();
    private @Nullable Registration live;
    private @Nullable List<nl.pendel.plan.NeedChoice> needs;
    private long planId;
    private Plan plan;

    PlanView(PlanService plans, PlanSectionService sections, PlanLiveHub hub, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.sections = sections;
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", "plan-page");
    }

    static String route(long planId) {
        return "plannen/" + planId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElse(-1L);
        try {
            plan = plans.plan(planId);
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        editors.clear();
        Anchor back = new Anchor("cursussen/" + plan.courseId() + "/plannen", getTranslation("plan.back"));
        add(back, header);
        header();
        Map<String, List<PlanComment>> comments = new LinkedHashMap<>();
        sections.comments(planId)
                .forEach(c -> comments.computeIfAbsent(c.sectionKey(), k -> new java.util.ArrayList<>())
                        .add(c));
        SectionEditor.Events events = new SectionEditor.Events() {
            @Override
            public void editing(String sectionKey) {
                PendelUser me = currentUser.require();
                hub.editing(planId, windowId, me.personId(), me.displayName(), sectionKey);
            }

            @Override
            public void stopped(String sectionKey) {
                hub.stopped(planId, windowId);
            }

            @Override
            public void saved(String sectionKey, String content) {
                refreshHeader();
            }
        };
        for (PlanSection section : plan.sections()) {
            SectionEditor editor = new SectionEditor(
                    planId,
                    section,
                    comments.getOrDefault(section.key(), List.of()),
                    sections,
                    this::commonNeeds,
                    events,
                    clock);
            editors.put(section.key(), editor);
            add(editor);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (plan != null) {
            UI ui = attachEvent.getUI();
            live = hub.register(planId, ui, windowId, this);
            editors(hub.editors(planId));
            editors.values().stream()
                    .filter(SectionEditor::isEditing)
                    .findFirst()
                    .ifPresent(e -> {
                        PendelUser me = currentUser.require();
                        hub.editing(planId, windowId, me.personId(), me.displayName(), e.key());
                    });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    @Override
    public String titleKey() {
        return "plan.title";
    }

    // ---- pushed

    @Override
    public void saved(PlanSectionSaved saved) {
        SectionEditor editor = editors.get(saved.sectionKey());
        if (editor != null) {
            editor.savedElsewhere(saved);
        }
    }

    @Override
    public void editors(List<PlanLiveHub.Editor> now) {
        for (SectionEditor editor : editors.values()) {
            editor.editors(now.stream()
                    .filter(e ->
                            !e.windowId().equals(windowId) && e.sectionKey().equals(editor.key()))
                    .map(PlanLiveHub.Editor::name)
                    .distinct()
                    .toList());
        }
    }

    /** The needs board, read once and only when a section asks for it. */
    private List<nl.pendel.plan.NeedChoice> commonNeeds() {
        if (needs == null) {
            needs = plans.commonNeeds(planId);
        }
        return needs;
    }

    // ---- header

    private void refreshHeader() {
        try {
            plan = plans.plan(planId);
            header();
        } catch (AccessDeniedException | UserFacingException e) {
            Notifications.error(this, "plan.error.not-found");
        }
    }

    private void header() {
        header.removeAll();
        header.addClassName("plan-header");
        String title = plan.title().isBlank() ? getTranslation("plan.untitled", plan.subgroupNumber()) : plan.title();
        header.add(new H2(title));
        Paragraph meta = new Paragraph(getTranslation(
                "plan.meta", plan.courseTitle(), plan.subgroupNumber(), String.join(", ", plan.members())));
        meta.addClassName("muted");
        header.add(meta);
        header.add(statusBar(), checklist(), competences(), downloads());
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
                plans.changeStatus(planId, target, plan.version());
                Notifications.success(this, "plan.status.changed", getTranslation(target.translationKey()));
            } catch (EditConflictException ex) {
                Notifications.error(this, "plan.error.conflict");
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
            refreshHeader();
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
        Map<String, String> choices = plans.competenceChoices(planId);
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
                plans.setCompetences(planId, e.getValue(), plan.version());
            } catch (EditConflictException ex) {
                Notifications.error(this, "plan.error.conflict");
            } catch (UserFacingException ex) {
                Notifications.error(this, ex);
            }
            refreshHeader();
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
