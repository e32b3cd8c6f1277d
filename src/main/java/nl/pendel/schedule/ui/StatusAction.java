package nl.pendel.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import nl.pendel.schedule.SessionDraft;

/**
 * Cancels a stored session, or plans a cancelled one again, after the trainer confirmed; not while
 * the schedule has unsaved changes or once the session has started.
 */
class StatusAction extends Button {

    StatusAction(SessionDraft draft, String sessionName, boolean unsaved, boolean started, Runnable change) {
        boolean cancelled = draft.isCancelled();
        setText(getTranslation(cancelled ? "schedule.reinstate" : "schedule.cancel"));
        addThemeVariants(ButtonVariant.TERTIARY);
        if (!cancelled) {
            addThemeVariants(ButtonVariant.ERROR);
        }
        setAriaLabel(getTranslation(cancelled ? "schedule.reinstate.named" : "schedule.cancel.named", sessionName));
        setEnabled(draft.getId() != null && !unsaved && !started);
        if (unsaved) {
            setTooltipText(getTranslation("schedule.save-first"));
        } else if (started) {
            setTooltipText(getTranslation("schedule.error.cancel-started"));
        }
        addClickListener(click -> confirm(cancelled, sessionName, change));
    }

    private void confirm(boolean cancelled, String sessionName, Runnable change) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(sessionName);
        confirm.setText(getTranslation(cancelled ? "schedule.reinstate.confirm" : "schedule.cancel.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.back"));
        confirm.setConfirmText(getTranslation(cancelled ? "schedule.reinstate" : "schedule.cancel"));
        if (!cancelled) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> change.run());
        confirm.open();
    }
}
