package nl.pendel.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.pendel.plan.PlanSectionSaved;
import nl.pendel.plan.internal.PlanEventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open windows of each plan on this node: after a section is saved (and committed) the other
 * windows get the new text by server push, and every window sees who is editing which section now.
 * Saves on this node arrive at once; saves on other nodes of a cluster arrive within about two
 * seconds, because every node polls {@code plan_event} for the plans that have windows open on it
 * (nothing is queried while no plan is open). Who is editing is known per node only.
 */
@Component
class PlanLiveHub {

    /** How far back a poll reads: long enough for a save that committed late, or a slow poll. */
    static final Duration LOOKBACK = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(PlanLiveHub.class);

    /** Someone editing a section in one window. */
    record Editor(String windowId, long personId, String name, String sectionKey) {}

    /** What an open window of the plan is told. */
    interface Listener {
        void saved(PlanSectionSaved saved);

        void editors(List<Editor> editors);
    }

    /** Runs a change in a window's UI (Vaadin's {@code UI.access}, which pushes it). */
    @FunctionalInterface
    interface Access {
        void run(Runnable change);
    }

    private record Window(Access access, String windowId, Listener listener) {}

    private final Map<Long, List<Window>> windows = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Editor>> editing = new ConcurrentHashMap<>();
    private final Map<Long, Instant> delivered = new ConcurrentHashMap<>();
    private final PlanEventLog events;

    PlanLiveHub(PlanEventLog events) {
        this.events = events;
    }

    Registration register(long planId, UI ui, String windowId, Listener listener) {
        return register(
                planId,
                change -> {
                    if (ui.isClosing()) {
                        // e.g. ended because the person's account was erased or deactivated
                        throw new UIDetachedException();
                    }
                    ui.access(change::run);
                },
                windowId,
                listener);
    }

    Registration register(long planId, Access access, String windowId, Listener listener) {
        Window window = new Window(access, windowId, listener);
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
        deliver(saved);
    }

    /** Delivers what other nodes saved to the plans open here, each save once. */
    @Scheduled(
            fixedDelayString = "${pendel.plan.live-poll-interval:2s}",
            initialDelayString = "${pendel.plan.live-poll-interval:2s}")
    void pollOtherNodes() {
        List<Long> open = windows.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList();
        // real time, not the application's clock: how long a delivered update is remembered
        Instant now = Instant.now();
        delivered.values().removeIf(at -> at.isBefore(now.minus(LOOKBACK.multipliedBy(2))));
        if (open.isEmpty()) {
            return;
        }
        try {
            for (PlanEventLog.Remote remote : events.fromOtherNodes(open, LOOKBACK)) {
                if (delivered.putIfAbsent(remote.id(), now) == null) {
                    deliver(remote.saved());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the plan saves of other nodes; the next poll tries again: {}", e.toString());
        }
    }

    private void deliver(PlanSectionSaved saved) {
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
            window.access().run(change);
        } catch (UIDetachedException e) {
            List<Window> open = windows.get(planId);
            if (open != null) {
                open.remove(window);
            }
        }
    }
}
