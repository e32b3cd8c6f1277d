package nl.pendel.material;

/** A material's file, for someone who may see its course. */
public record MaterialDownload(String fileName, String contentType, byte[] content) {}
