package nl.pendel.attendance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.pendel.attendance.AccreditationExport;
import nl.pendel.attendance.AccreditationService;

/**
 * The trainer's part about the accreditation list for the professional register: how many
 * participants have not given their register number yet (by name, with what the trainer can do
 * about it) and the downloads (CSV, PDF), made when a link is followed.
 */
class AccreditationSection extends Div {

    AccreditationSection(AccreditationService accreditation, long courseId, List<String> withoutRegisterNumber) {
        Locale locale = getLocale();
        add(new H3(getTranslation("attendance.accreditation.title")));
        add(new Paragraph(getTranslation("attendance.accreditation.help")));
        if (!withoutRegisterNumber.isEmpty()) {
            Div notice = new Div(
                    new H3(getTranslation(
                            "attendance.accreditation.register-number.missing-count", withoutRegisterNumber.size())),
                    new Paragraph(String.join(", ", withoutRegisterNumber)),
                    new Paragraph(getTranslation("attendance.accreditation.register-number.missing-hint")));
            notice.addClassNames("callout", "callout-warning", "register-numbers-missing");
            add(notice);
        }
        Anchor csv = new Anchor(
                download(() -> accreditation.csv(courseId, locale)), getTranslation("attendance.accreditation.csv"));
        Anchor pdf = new Anchor(
                download(() -> accreditation.pdf(courseId, locale)), getTranslation("attendance.accreditation.pdf"));
        Div links = new Div(csv, pdf);
        links.addClassName("toolbar");
        add(links);
    }

    private static DownloadHandler download(Supplier<AccreditationExport> export) {
        return DownloadHandler.fromInputStream(event -> {
            AccreditationExport file = export.get();
            byte[] content = file.content();
            return new DownloadResponse(
                    new ByteArrayInputStream(content), file.fileName(), file.contentType(), content.length);
        });
    }
}
