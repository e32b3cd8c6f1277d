package nl.pendel.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.pendel.shared.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's own error page when opening a screen fails: a message in the user's
 * language and a way to try again, never a stack trace. A database that cannot be reached gets its
 * own message ("probeer het over een minuut opnieuw"); anything else is logged with a reference the
 * user can quote.
 */
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    private String title = "";

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("empty-state");
        String again = event.getLocation().getPathWithQueryParameters();
        int status;
        if (DatabaseErrors.unavailable(parameter.getCaughtException())) {
            log.warn(
                    "Database unavailable while opening {}: {}",
                    again,
                    parameter.getCaughtException().getMessage());
            add(
                    new H2(getTranslation("error.database-unavailable.title")),
                    new Paragraph(getTranslation("error.database-unavailable")));
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else {
            String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            log.error("Unexpected error opening {}, reference {}", again, reference, parameter.getCaughtException());
            add(
                    new H2(getTranslation("error.server.title")),
                    new Paragraph(getTranslation("error.unexpected", reference)));
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        // a real link, so the browser loads the screen afresh
        Anchor retry = new Anchor(again.isEmpty() ? "." : again, getTranslation("error.retry"));
        retry.getElement().setAttribute("router-ignore", true);
        Div links = new Div(retry, new Anchor("", getTranslation("error.not-found.home")));
        links.addClassNames("toolbar", "error-links");
        add(links);
        return status;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
