package nl.pendel.rights.ui;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import nl.pendel.rights.DataExport;

/** The export as a download, made (and checked and logged by the service) when the link is followed. */
final class ExportDownloads {

    private ExportDownloads() {}

    static DownloadHandler handler(SerializableSupplier<DataExport> export) {
        return DownloadHandler.fromInputStream(event -> {
            DataExport file = export.get();
            return new DownloadResponse(
                    new ByteArrayInputStream(file.content()),
                    file.fileName(),
                    "application/zip",
                    file.content().length);
        });
    }
}
