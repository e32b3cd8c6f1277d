package nl.pendel.material.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.function.Consumer;
import nl.pendel.material.Material;
import nl.pendel.material.MaterialService;
import nl.pendel.material.MaterialsPage.MeetingMaterials;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.UploadedFileInspector;
import nl.pendel.shared.ui.Fields;
import nl.pendel.shared.ui.FormDialog;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.UploadTexts;
import org.jspecify.annotations.Nullable;

/**
 * One meeting on the materials page: its files and links and, for its trainers, an upload and
 * "Link toevoegen". {@code changed} runs once something was added (with its title) so the page
 * reads the materials again.
 */
class MeetingCard extends Div {

    MeetingCard(
            MaterialService materials,
            long courseId,
            MeetingMaterials meeting,
            boolean editable,
            @Nullable Consumer<Material> remove,
            Consumer<String> changed) {
        addClassNames("card", "meeting-materials-card");
        add(new H3(getTranslation("programme.meeting", meeting.position()) + ": " + meeting.title()));
        if (meeting.materials().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("material.section.none"));
            none.addClassName("muted");
            add(none);
        } else {
            add(new MaterialList(materials, meeting.materials(), editable ? remove : null));
        }
        if (editable && meeting.materials().size() < Material.PER_MEETING_MAX) {
            Button link = new Button(
                    getTranslation("material.link.add"), click -> openLinkForm(materials, courseId, meeting, changed));
            link.addClassName("material-add-link");
            link.getElement().setAttribute("aria-label", getTranslation("material.link.add.named", meeting.position()));
            Div actions = new Div(upload(materials, courseId, meeting, changed), link);
            actions.addClassNames("toolbar", "material-actions");
            add(actions);
        }
    }

    private void openLinkForm(
            MaterialService materials, long courseId, MeetingMaterials meeting, Consumer<String> changed) {
        TextField title = Fields.text(getTranslation("material.link.title"), Material.TITLE_MAX);
        TextField url = Fields.text(getTranslation("material.link.url"), Material.URL_MAX);
        title.setRequiredIndicatorVisible(true);
        url.setRequiredIndicatorVisible(true);
        url.setPlaceholder("https://");
        url.setHelperText(getTranslation("material.link.url.help"));
        FormLayout form = new FormLayout(title, url);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        new FormDialog(getTranslation("material.link.add.named", meeting.position()), form, () -> {
                    Material added = materials.addLink(courseId, meeting.meetingId(), title.getValue(), url.getValue());
                    changed.accept(added.title());
                    return true;
                })
                .open();
    }

    private Upload upload(
            MaterialService materials, long courseId, MeetingMaterials meeting, Consumer<String> changed) {
        UI ui = UI.getCurrent();
        // checked and stored in the upload's own request, outside the UI lock (reading a file's text
        // may take seconds); only the outcome is shown under the lock
        InMemoryUploadCallback received = (metadata, bytes) -> {
            try {
                Material added = materials.addFile(courseId, meeting.meetingId(), null, metadata.fileName(), bytes);
                ui.access(() -> changed.accept(added.title()));
            } catch (UserFacingException e) {
                ui.access(() -> Notifications.error(this, e));
            }
        };
        // the server refuses more than the limit before holding it in memory; the service checks again
        Upload upload = new Upload(new InMemoryUploadHandler(received) {
            @Override
            public long getFileSizeMax() {
                return UploadedFileInspector.MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return UploadedFileInspector.MAX_BYTES + 64 * 1024;
            }
        });
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadedFileInspector.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".odt", ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> Notifications.error(this, "material.file.rejected"));
        upload.addClassName("material-upload");
        return upload;
    }
}
