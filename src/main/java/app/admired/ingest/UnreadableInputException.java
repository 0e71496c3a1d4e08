package app.admired.ingest;

/** Raised by a reader or decoder when a file cannot yield documents; carries a short reason code. */
public final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public UnreadableInputException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
