package nl.pendel.homework;

import nl.pendel.shared.files.FileKind;

/** An attachment of a homework, without its content. */
public record HomeworkFile(long id, String fileName, FileKind kind, long size) {}
