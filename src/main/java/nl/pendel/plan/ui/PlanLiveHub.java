package nl.pendel.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.pendel.plan.PlanSectionSaved;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open windows of each plan on this server: after a section is saved (and committed) the
 * other windows get the new text by server push, and every window sees who is editing which
 * section now. In memory, one per application node: with several nodes behind a load balancer
 * only the windows on the saving node hear it at once, the others on their next action or reload.
 */
@Component
class PlanLiveHub {

    /** Someone editing a section in one window. */
    record Editor(String windowId, long personId, String name, String sectionKey) {}

    /** What an open window of the plan is told. */
    interface Listener {
        void saved(PlanSectionSaved saved);

        void editors(List<Editor> editors);
    }

    private record Window(UI ui, String windowId, Listener listener) {}

    private final Map<Long, List<Window>> windows = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Editor>> editing = new ConcurrentHashMap<>();

    Registration register(long planId, UI ui, String windowId, Listener listener) {
        Window window = new Window(ui, windowId, listener);
        windows.computeIfAbsent(planId, id -> new CopyOnWriteArrayList<>()).add(window);
        return () -> {
            List<Window> open = windows.get(planId);
            if (open != null) {
                open.remove(window);
            }
            stopped(planId, windowId);
        };
    }

    void editing(long planId, String windowId, long personId, String name, String sectionKey) {
        editing.computeIfAbsent(planId, id -> new ConcurrentHashMap<>())
                .put(windowId, new Editor(windowId, personId, name, sectionKey));
        tellEditors(planId);
    }

    void stopped(long planId, String windowId) {
        Map<String, Editor> now = editing.get(planId);
        if (now != null && now.remove(windowId) != null) {
            tellEditors(planId);
        }
    }

    List<Editor> editors(long planId) {
        return List.copyOf(editing.getOrDefault(planId, Map.of()).values());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PlanSectionSaved saved) {
        for (Window window : new ArrayList<>(windows.getOrDefault(saved.planId(), List.of()))) {
            push(saved.planId(), window, () -> window.listener().saved(saved));
        }
    }

    private void tellEditors(long planId) {
        List<Editor> now = editors(planId);
        for (Window window : new ArrayList<>(windows.getOrDefault(planId, List.of()))) {
            push(planId, window, () -> window.listener().editors(now));
        }
    }

    private void push(long planId, Window window, Runnable change) {
        try {
            window.ui().access(change::run);
        } catch (UIDetachedException e) {
            List<Window> open = windows.get(planId);
            if (open != null) {
                open.remove(window);
            }
        }
    }
}
