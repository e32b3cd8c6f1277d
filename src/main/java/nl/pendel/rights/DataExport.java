package nl.pendel.rights;

/** A person's data as a ZIP: {@code gegevens.json} and their attachments. */
public record DataExport(String fileName, byte[] content, int files) {}
