package app.admired.index;

/** The index is missing, unreadable or of another schema version; the message says which, plainly. */
public final class IndexUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public IndexUnavailableException(String message) {
        super(message);
    }
}
