package app.admired.cli;

/**
 * A failure the user should see as one line on stderr with a given exit code. Thrown by commands;
 * turned into output and a status in exactly one place, {@link Main#commandLine()}.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
