package nl.pendel.homework.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import nl.pendel.homework.FileDownload;
import nl.pendel.homework.HomeworkDownloadService;

/** Attachment downloads, checked by the service when the link is followed. */
final class HomeworkDownloads {

    private HomeworkDownloads() {}

    static DownloadHandler handler(HomeworkDownloadService homework, long fileId) {
        return DownloadHandler.fromInputStream(event -> {
            FileDownload file = homework.download(fileId);
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    file.contentType(),
                    file.content().length);
        });
    }
}
