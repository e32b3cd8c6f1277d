package nl.pendel.dashboard;

/** A generated dashboard export (CSV or PDF), ready to download. */
public record DashboardExport(String fileName, String contentType, byte[] content) {

    public DashboardExport {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
