package nl.pendel.runsheet;

/** A run sheet as a file, ready to download. */
public record RunSheetExport(String fileName, String contentType, byte[] content) {

    public RunSheetExport {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
