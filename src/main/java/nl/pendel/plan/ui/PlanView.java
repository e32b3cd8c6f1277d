package nl.pendel.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.pendel.plan.Plan;
import nl.pendel.plan.PlanPage;
import nl.pendel.plan.PlanProgressService;
import nl.pendel.plan.PlanSection;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.plan.PlanSectionService;
import nl.pendel.plan.PlanService;
import nl.pendel.security.CurrentUser;
import nl.pendel.security.PendelUser;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.ui.TranslatedTitle;
import nl.pendel.shared.ui.UnsavedWork;
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
class PlanView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, TranslatedTitle, PlanLiveHub.Listener {

    private final PlanService plans;
    private final PlanProgressService progress;
    private final PlanSectionService sections;
    private final PlanLiveHub hub;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String windowId = UUID.randomUUID().toString();
    private PlanHeader header;
    private final Map<String, SectionEditor> editors = new LinkedHashMap<>();
    private @Nullable Registration live;
    private @Nullable List<nl.pendel.plan.NeedChoice> needs;
    private long planId;
    private Plan plan;

    PlanView(
            PlanService plans,
            PlanProgressService progress,
            PlanSectionService sections,
            PlanLiveHub hub,
            CurrentUser currentUser,
            Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.sections = sections;
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("page", "plan-page");
    }

    static String route(long planId) {
        return "plannen/" + planId;
    }

    /** Another screen of Pendel: asks first while a section shows text that is neither saved nor kept. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editors.values().stream().anyMatch(SectionEditor::hasUnsavedText)) {
            UnsavedWork.askBeforeLeaving(event, this);
        }
    }

    /** Builds the screen from the plan's page, read at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = event.getRouteParameters().getLong("planId").orElse(-1L);
        PlanPage page;
        try {
            page = plans.page(planId);
        } catch (AccessDeniedException | UserFacingException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        plan = page.plan();
        removeAll();
        editors.clear();
        Anchor back = new Anchor("cursussen/" + plan.courseId() + "/plannen", getTranslation("plan.back"));
        header = new PlanHeader(plans, progress, page);
        add(back, header);
        SectionEditor.Events events = editorEvents();
        for (PlanSection section : plan.sections()) {
            SectionEditor editor = new SectionEditor(
                    planId, section, page.comments(section.key()), sections, this::commonNeeds, events, clock);
            editors.put(section.key(), editor);
            add(editor);
        }
    }

    /** What the section editors tell this page: who edits where (for the others), and saves. */
    private SectionEditor.Events editorEvents() {
        return new SectionEditor.Events() {
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
                header.refresh();
            }
        };
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
}
