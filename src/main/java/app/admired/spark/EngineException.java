package app.admired.spark;

/**
 * The Spark engine cannot run: the master is unreachable, no executor joined in time, or the job
 * failed after Spark's retries. The message is one line for the user; Spark's own exception is not
 * attached, so that no Spark type leaves this package.
 */
public final class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EngineException(String message) {
        super(message);
    }
}
