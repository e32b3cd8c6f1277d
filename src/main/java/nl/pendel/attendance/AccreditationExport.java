package nl.pendel.attendance;

/** A generated accreditation list, ready to download. */
public record AccreditationExport(String fileName, String contentType, byte[] content) {

    public AccreditationExport {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
