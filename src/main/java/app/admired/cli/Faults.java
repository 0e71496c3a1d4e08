package app.admired.cli;

import app.admired.index.IndexBusyException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the faults of the machine rather than of the program (a full disk, a folder another run
 * is writing, a folder that cannot be written) into one-line {@link CommandFailure}s with their own
 * exit codes, so that "internal error" (exit 1) is left for real bugs.
 */
final class Faults {

    private Faults() {}

    /** Where a run had got to when it failed: whether the new index was already committed. */
    enum Stage {
        BEFORE_COMMIT,
        AFTER_COMMIT
    }

    /**
     * The failure to report for an error (or its causes) while writing {@code out}, or {@code null} when the
     * error is not one of the named faults (it then stays an internal error).
     */
    static CommandFailure ofWriting(Exception e, Path out, Stage stage) {
        if (e instanceof CommandFailure) {
            return null;
        }
        if (e instanceof IndexBusyException) {
            return new CommandFailure(
                    ExitCodes.OUTPUT_BUSY,
                    "the output folder " + out
                            + " is in use by another admired run (its index is locked); wait for that run to finish"
                            + " or choose another --out");
        }
        String intact = stage == Stage.BEFORE_COMMIT
                ? "the previous index and reports in " + out + " are intact"
                : "the new index is complete but some reports in " + out + " may be the previous ones;"
                        + " 'admired report' writes them again";
        if (mentions(e, "no space left on device") || mentions(e, "disk quota exceeded")) {
            return new CommandFailure(
                    ExitCodes.CANNOT_WRITE,
                    "no space left on the device holding " + where(e, out) + "; " + intact
                            + "; free some space and run again");
        }
        if (isDenied(e)) {
            return new CommandFailure(
                    ExitCodes.CANNOT_WRITE,
                    "cannot write to " + where(e, out) + " (permission denied or read-only); " + intact);
        }
        return null;
    }

    private static String where(Throwable e, Path out) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return fs.getFile();
            }
        }
        return out.toString();
    }

    private static boolean isDenied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException
                    || mentionsOnly(t, "read-only file system")
                    || mentionsOnly(t, "permission denied")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the error or any of its causes names {@code phrase} (the OS's own wording). */
    private static boolean mentions(Throwable e, String phrase) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (mentionsOnly(t, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsOnly(Throwable t, String phrase) {
        String text = t instanceof FileSystemException fs ? fs.getReason() + " " + fs.getMessage() : t.getMessage();
        return text != null && text.toLowerCase(Locale.ROOT).contains(phrase);
    }
}
