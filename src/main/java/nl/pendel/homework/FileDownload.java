package nl.pendel.homework;

/** An attachment to send to someone who may see it. */
public record FileDownload(String fileName, String contentType, byte[] content) {}
