package nl.pendel.homework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.List;
import java.util.function.Consumer;
import nl.pendel.homework.HomeworkDownloadService;
import nl.pendel.homework.HomeworkFile;
import nl.pendel.homework.HomeworkService;
import nl.pendel.shared.UserFacingException;
import nl.pendel.shared.files.UploadedFileInspector;
import nl.pendel.shared.ui.Notifications;
import nl.pendel.shared.ui.UploadTexts;

/**
 * The attachments of a draft: the files attached (each removable through {@code remove}) and,
 * below the limit, an upload; {@code added} runs with the file's name once it is stored.
 */
class AttachmentsSection extends Div {

    AttachmentsSection(
            HomeworkService homework,
            HomeworkDownloadService downloads,
            long courseId,
            long meetingId,
            List<HomeworkFile> files,
            Consumer<HomeworkFile> remove,
            Consumer<String> added) {
        add(new H3(getTranslation("homework.files.title")));
        addClassNames("card", "attachments");
        add(new Paragraph(getTranslation("homework.files.help", UploadedFileInspector.MAX_FILES)));
        add(new FileList(downloads, files, remove));
        if (files.size() < UploadedFileInspector.MAX_FILES) {
            add(upload(homework, courseId, meetingId, files.size(), added));
        }
    }

    private Upload upload(
            HomeworkService homework, long courseId, long meetingId, int attached, Consumer<String> added) {
        UI ui = UI.getCurrent();
        // the file is checked and stored in the upload's own request, outside the UI lock: reading its text may
        // take seconds, and the page stays usable meanwhile; only the outcome is shown under the lock
        InMemoryUploadCallback received = (metadata, bytes) -> {
            try {
                homework.addFile(courseId, meetingId, metadata.fileName(), bytes);
                ui.access(() -> added.accept(metadata.fileName()));
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
        upload.setMaxFiles(UploadedFileInspector.MAX_FILES - attached);
        upload.setMaxFileSize(UploadedFileInspector.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".odt", ".png", ".jpg", ".jpeg");
        upload.addFileRejectedListener(e -> Notifications.error(this, "homework.files.rejected"));
        return upload;
    }
}
