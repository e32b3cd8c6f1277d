package nl.pendel.shared.personaldata;

/** A file in a person's data export, at this path inside the ZIP. */
public record ExportFile(String path, byte[] content) {}
