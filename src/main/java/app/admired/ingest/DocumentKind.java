package app.admired.ingest;

/** What a source document is: an article, or a reader comment under an article. */
public enum DocumentKind {
    ARTICLE,
    COMMENT;

    /** Lower-case name used in the index, CSV files and command-line filters. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
