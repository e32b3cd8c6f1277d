package nl.pendel.shared.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one screen that are saved while the person types, and whether all they typed is
 * stored. A small script in the browser ({@code unsaved-work.js}) sends a watched field's value
 * a moment after typing starts ({@link #SEND_MILLIS}), and at once when the field loses focus or
 * the page is hidden or left; and it makes the browser ask before a reload or a closed tab while
 * the field shows text the server has not stored (typed just now, or refused, like a draft
 * holding a citizen service number). Leaving for another screen of Pendel asks the same in a
 * dialog ({@link #confirmLeaving}).
 */
public final class UnsavedWork {

    private static final String SCRIPT = script();

    /** At most this long after a keystroke the field's value is on its way to the server. */
    public static final int SEND_MILLIS = 1500;

    /** The field's property holding the hash of the text the server stored. */
    static final String STORED_HASH = "pendelStoredHash";

    private final List<Watched> fields = new ArrayList<>();

    /**
     * Watches a field whose value changes are saved: its value reaches the server on a
     * {@code change} event, which the script sends while typing and before leaving. Its value
     * now counts as stored; saves report back with {@link Watched#stored}.
     */
    public Watched watch(AbstractField<?, String> field) {
        Watched watched = new Watched(field);
        fields.add(watched);
        return watched;
    }

    /** Every watched field's text as shown is stored (for a screen that saves all its fields at once). */
    public void allStored() {
        fields.forEach(Watched::storedAsShown);
    }

    /** True when a watched field (as the server knows it) shows text that is not stored. */
    public boolean pending() {
        return fields.stream().anyMatch(Watched::pending);
    }

    /**
     * Holds a navigation to another screen while text is not stored, and asks whether to stay
     * or to leave anyway.
     */
    public void confirmLeaving(BeforeLeaveEvent event, Component screen) {
        if (pending()) {
            askBeforeLeaving(event, screen);
        }
    }

    /** Holds the navigation and asks whether to stay or to leave anyway, though not all is stored. */
    public static void askBeforeLeaving(BeforeLeaveEvent event, Component screen) {
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(screen.getTranslation("unsaved.leave.title"));
        dialog.setText(screen.getTranslation("unsaved.leave.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(screen.getTranslation("unsaved.leave.stay"));
        dialog.setConfirmText(screen.getTranslation("unsaved.leave.go"));
        dialog.addConfirmListener(e -> leave.proceed());
        dialog.open();
    }

    /** One watched field. */
    public static final class Watched {

        private final AbstractField<?, String> field;
        private int storedHash;

        private Watched(AbstractField<?, String> field) {
            this.field = field;
            if (field instanceof HasValueChangeMode changeMode) {
                changeMode.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            }
            stored(field.getValue());
            field.getElement().executeJs(SCRIPT, SEND_MILLIS);
        }

        /** The server stored this text (the browser stops asking once the field shows it). */
        public void stored(String text) {
            storedHash = hash(text);
            field.getElement().setProperty(STORED_HASH, storedHash);
        }

        void storedAsShown() {
            stored(field.getValue());
        }

        boolean pending() {
            return field.isAttached() && hash(field.getValue()) != storedHash;
        }
    }

    /** {@link String#hashCode} without carriage returns (a browser's text area has none); the script computes the same. */
    static int hash(@Nullable String text) {
        return text == null ? 0 : text.replace("\r", "").hashCode();
    }

    private static String script() {
        try (InputStream in = UnsavedWork.class.getResourceAsStream("unsaved-work.js")) {
            if (in == null) {
                throw new IllegalStateException("unsaved-work.js is missing beside UnsavedWork");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
