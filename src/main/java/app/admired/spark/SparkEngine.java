package app.admired.spark;

import app.admired.index.CorpusIndexWriter;
import app.admired.ingest.ColumnMapping;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver side of {@code run --engine spark}: given the files a run must (re)read, runs one Spark
 * task per contiguous slice of them, and merges the shards the tasks wrote into the run's index
 * writer in slice order. One SparkSession per JVM, started on the first run that has work and kept
 * for the next (a test JVM runs many); a run on another master or configuration replaces it.
 */
public final class SparkEngine {

    private static final String OWN_PREFIX = "spark.admired.";

    /** Configuration keys of our own, given with {@code --spark-conf} like Spark's: tasks to cut the files into. */
    public static final String PARTITIONS_KEY = "spark.admired.partitions";

    /** Seconds to wait for a cluster's first executor before giving up (default 60). */
    public static final String EXECUTOR_WAIT_KEY = "spark.admired.executorWaitSeconds";

    /** Fault injection for tests: this partition's first attempt fails after its first file. */
    public static final String FAIL_FIRST_ATTEMPT_KEY = "spark.admired.failFirstAttemptOfPartition";

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|\\d+)(,\\d+)?])?");
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final long SETTLE_MILLIS = 1_000;
    private static final String INSTANCES_KEY = "spark.executor.instances";

    private static SparkSession session;
    private static Map<String, String> sessionSettings;

    private final String master;
    private final Map<String, String> conf;
    private final boolean verbose;

    /**
     * What a Spark run did, for the run summary.
     *
     * @param executors       executors used (1 in local mode: the driver JVM), 0 when nothing ran
     * @param cores           task slots across them
     * @param startMillis     starting the session and waiting for executors
     * @param ingestMillis    reading files, summed over the tasks
     * @param jobMillis       the Spark job's wall time (ingest, annotation and shard writing)
     * @param mergeMillis     merging the shards into the index
     * @param modelLoadMillis the longest model loading of an executor
     */
    public record Work(
            int executors,
            int cores,
            int partitions,
            long startMillis,
            long ingestMillis,
            long jobMillis,
            long mergeMillis,
            long modelLoadMillis,
            long sentences,
            long parsedSentences,
            long tokens) {}

    /** Told on the driver as each task's files are done, in the order the tasks finish. */
    public interface FileListener {
        void fileDone(FileDone file);
    }

    private SparkEngine(String master, Map<String, String> conf, boolean verbose) {
        this.master = master;
        this.conf = Map.copyOf(conf);
        this.verbose = verbose;
    }

    /**
     * An engine for {@code master} ({@code local[*]}, {@code local[N]}, {@code spark://host:port},
     * {@code yarn}, {@code k8s://…}). A standalone master is checked to accept connections now, so
     * an unreachable one fails at once; the session itself starts on the first run with work.
     *
     * @throws EngineException the master URL is malformed or nothing answers at its address
     */
    public static SparkEngine connect(String master, Map<String, String> conf, boolean verbose) {
        // Under spark-submit, its --master arrives as the spark.master property.
        String url = master == null || master.isBlank()
                ? System.getProperty("spark.master", "local[*]").strip()
                : master.strip();
        if (url.startsWith("spark://")) {
            for (String hostPort : url.substring("spark://".length()).split(",")) {
                checkReachable(url, hostPort);
            }
        } else if (url.startsWith("local") && !LOCAL.matcher(url).matches()) {
            throw new EngineException("not a Spark master URL: " + url + " (local[*], local[N], spark://HOST:PORT, …)");
        }
        return new SparkEngine(url, conf, verbose);
    }

    private static void checkReachable(String url, String hostPort) {
        URI address;
        try {
            address = new URI("spark://" + hostPort);
        } catch (URISyntaxException e) {
            throw new EngineException("not a Spark master URL: " + url);
        }
        if (address.getHost() == null || address.getPort() < 0) {
            throw new EngineException("not a Spark master URL: " + url + " (spark://HOST:PORT)");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new EngineException("cannot reach the Spark master at " + url + ": " + e.getMessage());
        }
    }

    public String master() {
        return master;
    }

    /**
     * Reads, annotates and indexes {@code paths} (relative to {@code corpus}) on the cluster and adds
     * their records to {@code target}, in path order; commits nothing. Shards are written under
     * {@code staging} (which the executors must be able to write, and the driver to read) and
     * removed afterwards. With no paths, no session is started.
     */
    public Work index(
            Path corpus,
            List<String> paths,
            boolean coref,
            ColumnMapping columns,
            Path staging,
            CorpusIndexWriter target,
            FileListener listener)
            throws IOException {
        if (paths.isEmpty()) {
            return new Work(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        long start = System.nanoTime();
        SparkContext context = context();
        int executors = executors(context);
        int cores = Math.max(1, context.defaultParallelism());
        long startMillis = (System.nanoTime() - start) / 1_000_000;

        int partitions = partitions(paths.size(), cores);
        deleteRecursively(staging);
        Files.createDirectories(staging);
        try {
            ShardTask task = new ShardTask(corpus, staging, coref, columns, intConf(FAIL_FIRST_ATTEMPT_KEY, -1));
            // parallelize slices the list into contiguous ranges, in order: partition i holds files
            // before partition i + 1's, so merging the shards in partition order is corpus order.
            JavaRDD<String> files = JavaSparkContext.fromSparkContext(context).parallelize(paths, partitions);
            ShardResult[] results = new ShardResult[partitions];
            long jobStart = System.nanoTime();
            ClassTag<ShardResult> tag = ClassTag$.MODULE$.apply(ShardResult.class);
            try {
                // The handler runs on the driver once per partition, for the attempt that succeeded:
                // a failed or duplicate attempt's shard is never looked at.
                context.runJob(files.rdd(), task, new ResultHandler(results, listener), tag);
            } catch (RuntimeException e) {
                throw new EngineException("the Spark job failed: " + firstLine(e));
            }
            long jobMillis = (System.nanoTime() - jobStart) / 1_000_000;

            long mergeStart = System.nanoTime();
            List<Path> shards = new ArrayList<>();
            long ingestNanos = 0;
            long load = 0;
            long sentences = 0;
            long parsed = 0;
            long tokens = 0;
            for (ShardResult result : results) {
                shards.add(Path.of(result.shard()));
                ingestNanos += result.ingestNanos();
                load = Math.max(load, result.modelLoadMillis());
                sentences += result.sentences();
                parsed += result.parsedSentences();
                tokens += result.tokens();
            }
            target.addIndexes(shards);
            long mergeMillis = (System.nanoTime() - mergeStart) / 1_000_000;
            return new Work(
                    executors,
                    cores,
                    partitions,
                    startMillis,
                    ingestNanos / 1_000_000,
                    jobMillis,
                    mergeMillis,
                    load,
                    sentences,
                    parsed,
                    tokens);
        } finally {
            deleteRecursively(staging);
        }
    }

    /** Partitions: by default four per task slot (progress per finished task, retries cost little), at most one per file. */
    private int partitions(int files, int cores) {
        int wanted = intConf(PARTITIONS_KEY, 4 * cores);
        return Math.max(1, Math.min(files, wanted));
    }

    private int intConf(String key, int fallback) {
        String value = conf.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new EngineException(key + " must be a whole number, not '" + value + "'");
        }
    }

    /** Collects each partition's result on the driver and reports its files. */
    private static final class ResultHandler extends AbstractFunction2<Object, ShardResult, BoxedUnit> {
        private final ShardResult[] results;
        private final FileListener listener;

        ResultHandler(ShardResult[] results, FileListener listener) {
            this.results = results;
            this.listener = listener;
        }

        @Override
        public BoxedUnit apply(Object partition, ShardResult result) {
            results[(Integer) partition] = result;
            result.files().forEach(file -> listener.fileDone(file.toFileDone()));
            return BoxedUnit.UNIT;
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        String message = e.getMessage();
        while ((message == null || message.isBlank()) && root.getCause() != null) {
            root = root.getCause();
            message = root.getMessage();
        }
        String line = message == null
                ? root.getClass().getSimpleName()
                : message.strip().split("\\R", 2)[0];
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }

    /** The JVM's session for this engine's master and configuration, started (or replaced) as needed. */
    private SparkContext context() {
        // Our own keys (spark.admired.*) are read here on the driver, not by Spark: a run that
        // changes only them keeps the session.
        Map<String, String> settings = new TreeMap<>();
        conf.forEach((key, value) -> {
            if (!key.startsWith(OWN_PREFIX)) {
                settings.put(key, value);
            }
        });
        settings.put("spark.master", master);
        synchronized (SparkEngine.class) {
            if (session != null
                    && (!settings.equals(sessionSettings)
                            || session.sparkContext().isStopped())) {
                session.stop();
                session = null;
            }
            if (session == null) {
                SparkLogging.quiet(verbose);
                SparkConf sparkConf = new SparkConf()
                        .setAppName("admired")
                        .setMaster(master)
                        // No web UI (no port to bind, no Jetty) and no console progress bar: ours is drawn.
                        .setIfMissing("spark.ui.enabled", "false")
                        .setIfMissing("spark.ui.showConsoleProgress", "false")
                        // CoreNLP needs more than Spark's default 1 GB per executor.
                        .setIfMissing("spark.executor.memory", "4g");
                settings.forEach(sparkConf::set);
                if (master.startsWith("spark://")
                        && !sparkConf.contains("spark.jars")
                        && !sparkConf.contains("spark.executor.extraClassPath")) {
                    // Workers on this machine or a shared install: executors load our classes from
                    // where this driver does (a real cluster ships jars with spark-submit --jars).
                    sparkConf.set("spark.executor.extraClassPath", DriverClassPath.entries());
                }
                try {
                    session = SparkSession.builder().config(sparkConf).getOrCreate();
                } catch (RuntimeException e) {
                    throw new EngineException("cannot start Spark on " + master + ": " + firstLine(e));
                }
                sessionSettings = settings;
            }
            return session.sparkContext();
        }
    }

    /** Executors that joined; on a cluster, waits a bounded time for the first one. */
    private int executors(SparkContext context) {
        if (context.isLocal()) {
            return 1;
        }
        long waitMillis = intConf(EXECUTOR_WAIT_KEY, 60) * 1000L;
        long deadline = System.currentTimeMillis() + waitMillis;
        int joined = 0;
        long lastChange = System.currentTimeMillis();
        while (true) {
            if (context.isStopped()) {
                throw new EngineException("the Spark master at " + master + " stopped the application");
            }
            // The driver is listed too.
            int now = context.statusTracker().getExecutorInfos().length - 1;
            long clock = System.currentTimeMillis();
            if (now != joined) {
                joined = now;
                lastChange = clock;
            }
            // With spark.executor.instances, wait for that many; otherwise workers that start
            // together join within moments of each other: take all that came within a settling
            // second of the last one.
            Integer expected = conf.containsKey(INSTANCES_KEY) ? intConf(INSTANCES_KEY, 1) : null;
            if (joined > 0 && (expected != null ? joined >= expected : clock - lastChange >= SETTLE_MILLIS)) {
                return joined;
            }
            if (clock > deadline) {
                if (joined > 0) {
                    return joined;
                }
                throw new EngineException("no Spark executor joined at " + master + " within " + waitMillis / 1000
                        + " s (are workers running, with the memory and cores asked for?)");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while waiting for Spark executors");
            }
        }
    }

    /** Stops the JVM's session, if any (tests; the CLI's JVM stops it at exit). */
    public static void stopSession() {
        synchronized (SparkEngine.class) {
            if (session != null) {
                session.stop();
                session = null;
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What a summary says of the engine: {@code spark local[2]: 1 executor, 2 cores, 8 tasks}. */
    public static String describe(String master, Work work) {
        return String.format(
                Locale.ROOT,
                "spark %s: %d executor%s, %d cores, %d tasks",
                master,
                work.executors(),
                work.executors() == 1 ? "" : "s",
                work.cores(),
                work.partitions());
    }
}
