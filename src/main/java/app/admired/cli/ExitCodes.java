package app.admired.cli;

/** Every exit status the tool uses, in one place (documented in README.md). */
public final class ExitCodes {

    /** The command did what was asked (a run that skipped some bad files still succeeds). */
    public static final int OK = 0;
    /** An unexpected internal error; the one-line message says what failed. */
    public static final int INTERNAL_ERROR = 1;
    /** A usage error: unknown option, missing corpus folder, bad value or bad query. */
    public static final int USAGE = 2;
    /** A run found nothing it could process: every file was skipped, or the folder was empty. */
    public static final int NOTHING_PROCESSED = 3;
    /** No usable index: missing, unreadable, or written by an incompatible version. */
    public static final int NO_INDEX = 4;
    /** The output folder is in use by another run (its index is locked); a script may retry later. */
    public static final int OUTPUT_BUSY = 5;
    /** The output cannot be written: no space left on the device, permission denied, read-only. */
    public static final int CANNOT_WRITE = 6;
    /** {@code --engine spark} cannot run: the master is unreachable, no executor joined, or the job failed. */
    public static final int ENGINE_UNAVAILABLE = 7;

    private ExitCodes() {}
}
