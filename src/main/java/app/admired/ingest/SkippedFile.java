package app.admired.ingest;

/**
 * A file, or one record inside a file, that could not be turned into documents.
 *
 * @param path   the file's path relative to the corpus folder
 * @param reason a short machine-friendly reason ({@code empty}, {@code binary}, …)
 * @param detail one human sentence saying what was wrong
 */
public record SkippedFile(String path, String reason, String detail) {}
