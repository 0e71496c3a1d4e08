package app.admired.index;

import java.io.IOException;

/**
 * Another writer holds the index's write lock: another run is writing the same output folder.
 * Thrown at once, never after waiting, and before anything of the index is touched, so the other
 * run goes on undisturbed.
 */
public final class IndexBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    public IndexBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
