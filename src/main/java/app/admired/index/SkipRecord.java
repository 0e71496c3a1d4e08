package app.admired.index;

/** A skipped file or record as stored in the index, so skipped.csv survives incremental runs. */
public record SkipRecord(String path, int ordinal, String source, String reason, String detail) {}
