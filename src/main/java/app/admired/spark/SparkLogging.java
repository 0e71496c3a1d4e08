package app.admired.spark;

/**
 * Spark's log, like CoreNLP's, stays off stderr unless {@code --verbose}: the run prints its own
 * progress and one-line errors. Logging goes through slf4j-simple (Spark's log4j2 binding is
 * excluded in the pom), whose per-logger levels are read when each logger is created, so setting
 * them before the session starts is enough. Off, not error: a task Spark retries logs an error
 * with its stack trace, and a job that fails for good is reported by us in one line.
 */
final class SparkLogging {

    private static final String[] NOISY = {"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty"};

    private SparkLogging() {}

    static void quiet(boolean verbose) {
        for (String logger : NOISY) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, verbose ? "info" : "off");
            }
        }
    }
}
