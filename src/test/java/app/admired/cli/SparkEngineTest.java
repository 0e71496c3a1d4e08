package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.cli.EndToEndTest.Captured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --engine spark} on {@code local[2]} gives what the local engine gives, on the bundled
 * corpus: the same reports byte for byte and the same search and people answers, even when a task
 * fails and Spark retries it. One SparkSession serves the whole class ({@code local[2,2]}: two
 * task slots, a failed task tried twice); CoreNLP is the JVM's shared pipeline.
 */
@Tag("corenlp")
class SparkEngineTest {

    private static final String MASTER = "local[2,2]";
    private static final List<String> COMPARED =
            List.of("most-admired.csv", "mentions.csv", "documents.csv", "skipped.csv", "trends.csv", "report.html");

    @TempDir
    static Path temp;

    private static Path local;
    private static Path spark;
    private static Captured sparkRun;
    private static Captured localRun;

    @BeforeAll
    static void runBothEngines() {
        local = temp.resolve("local");
        spark = temp.resolve("spark");
        localRun = EndToEndTest.execute("run", "corpus", "--out", local.toString(), "--quiet");
        assertEquals(ExitCodes.OK, localRun.exitCode(), localRun.err());
        // The second of the eight tasks fails once, after indexing a file into its shard: the retry
        // writes a new shard and only that one may be merged.
        sparkRun = runOnSpark(Path.of("corpus"), spark, MASTER, "spark.admired.failFirstAttemptOfPartition=1");
    }

    @Test
    void bundledCorpusGivesByteIdenticalReportsDespiteARetriedTask() throws IOException {
        assertEquals(ExitCodes.OK, sparkRun.exitCode(), sparkRun.err());
        for (String name : COMPARED) {
            assertArrayEquals(Files.readAllBytes(local.resolve(name)), Files.readAllBytes(spark.resolve(name)), name);
        }
        assertTrue(sparkRun.err().contains("(full run; spark " + MASTER + ")"), sparkRun.err());
        assertTrue(sparkRun.err().contains("spark " + MASTER + ": 1 executor, 2 cores, 8 tasks"), sparkRun.err());
        String holds = localRun.err()
                .lines()
                .filter(l -> l.startsWith("admired: the index holds "))
                .findFirst()
                .orElseThrow()
                .replaceAll("; reports in .*", "");
        assertTrue(sparkRun.err().contains(holds), holds + " / " + sparkRun.err());
        assertFalse(sparkRun.err().contains("Exception"), sparkRun.err());
        try (Stream<Path> files = Files.list(spark)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals(Batch.SHARDS_DIR)), "shards removed");
        }
        String summary = Files.readString(spark.resolve("run-summary.json"), StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("{\n  \"engine\": \"spark\",\n  \"executors\": 1,\n"), summary);
        assertTrue(summary.contains("\"merge\": "), summary);
        assertTrue(summary.contains("\"spark_start\": "), summary);
    }

    @Test
    void searchAndPeopleAnswerAlike() {
        for (String[] query : List.of(
                new String[] {"search", "\"role model\"", "--limit", "5"},
                new String[] {"search", "*", "--person", "Ellison", "--sentiment", "negative", "--format", "csv"},
                new String[] {"people", "--limit", "50"},
                new String[] {"people", "--since", "2024-01-01", "--format", "csv"},
                new String[] {"trend", "Voss"})) {
            Captured fromLocal = EndToEndTest.execute(withIndex(query, local));
            Captured fromSpark = EndToEndTest.execute(withIndex(query, spark));
            assertEquals(ExitCodes.OK, fromSpark.exitCode(), fromSpark.err());
            assertFalse(fromSpark.out().isBlank(), String.join(" ", query));
            assertEquals(fromLocal.out(), fromSpark.out(), String.join(" ", query));
        }
    }

    private static String[] withIndex(String[] query, Path out) {
        String[] args = new String[query.length + 2];
        System.arraycopy(query, 0, args, 0, query.length);
        args[query.length] = "--index";
        args[query.length + 1] = out.resolve("index").toString();
        return args;
    }

    @Test
    void reRunOnSparkIsIncrementalLikeALocalOne() throws Exception {
        Path fixture = EndToEndTest.fixtureCorpus();
        Path corpus = temp.resolve("corpus");
        FaultsTest.copyTree(fixture, corpus);
        Path outLocal = temp.resolve("inc-local");
        Path outSpark = temp.resolve("inc-spark");
        assertEquals(ExitCodes.OK, runLocal(corpus, outLocal).exitCode());
        Captured first = runSpark(corpus, outSpark);
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        // Bad input behaves as locally: skipped with its reason, listed in skipped.csv.
        assertTrue(first.err().contains("admired: skipped articles/empty.txt"), first.err());
        assertSameReports(outLocal, outSpark);

        // One file changed, one added, one removed: only those go to the cluster.
        Files.writeString(
                corpus.resolve("articles/new.txt"),
                "A new page\nBy Ivy North\n\nI admire Ada Lovelace for her notes.\n",
                StandardCharsets.UTF_8);
        Files.delete(corpus.resolve("articles/crane.md"));
        Files.writeString(
                corpus.resolve("articles/ada.txt"),
                Files.readString(corpus.resolve("articles/ada.txt"), StandardCharsets.UTF_8)
                        + "\nCritics say Ada Lovelace was overrated.\n",
                StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, runLocal(corpus, outLocal).exitCode());
        Captured second = runSpark(corpus, outSpark);
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertTrue(second.err().contains("incremental: 5 files indexed"), second.err());
        assertTrue(second.err().contains("admired: 2 files read"), second.err());
        assertTrue(second.err().contains("3 files unchanged, 1 removed"), second.err());
        assertSameReports(outLocal, outSpark);

        // Nothing changed: no Spark job at all.
        Captured third = runSpark(corpus, outSpark);
        assertEquals(ExitCodes.OK, third.exitCode(), third.err());
        assertTrue(third.err().contains("spark " + MASTER + ": nothing to annotate"), third.err());
        assertSameReports(outLocal, outSpark);
    }

    private static Captured runLocal(Path corpus, Path out) {
        return EndToEndTest.execute("run", corpus.toString(), "--out", out.toString(), "--quiet");
    }

    private static Captured runSpark(Path corpus, Path out) {
        return runOnSpark(corpus, out, MASTER);
    }

    /** {@code admired run CORPUS --out OUT --quiet --engine spark --master MASTER [--spark-conf C]…}, in this JVM. */
    static Captured runOnSpark(Path corpus, Path out, String master, String... conf) {
        List<String> args = new ArrayList<>(List.of(
                "run", corpus.toString(), "--out", out.toString(), "--quiet", "--engine", "spark", "--master", master));
        for (String pair : conf) {
            args.add("--spark-conf");
            args.add(pair);
        }
        return EndToEndTest.execute(args.toArray(String[]::new));
    }

    private static void assertSameReports(Path a, Path b) throws IOException {
        for (String name : COMPARED) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    @Test
    void badEngineOptionsAreOneLineUsageErrors() {
        Captured badEngine =
                EndToEndTest.execute("run", "corpus", "--out", temp.resolve("x").toString(), "--engine", "flink");
        assertEquals(ExitCodes.USAGE, badEngine.exitCode());
        assertEquals("admired: --engine must be local or spark, not 'flink' (see 'admired --help')\n", badEngine.err());
        Captured masterAlone =
                EndToEndTest.execute("run", "corpus", "--out", temp.resolve("x").toString(), "--master", "local[2]");
        assertEquals(ExitCodes.USAGE, masterAlone.exitCode());
        assertEquals(1, masterAlone.err().lines().count(), masterAlone.err());
        Captured badConf = EndToEndTest.execute(
                "run", "corpus", "--out", temp.resolve("x").toString(), "--engine", "spark", "--spark-conf", "novalue");
        assertEquals(ExitCodes.USAGE, badConf.exitCode());
        assertEquals(1, badConf.err().lines().count(), badConf.err());
        Captured noCorpus = EndToEndTest.execute(
                "run", temp.resolve("nothing-here").toString(), "--engine", "spark", "--master", MASTER);
        assertEquals(ExitCodes.USAGE, noCorpus.exitCode());
        assertTrue(noCorpus.err().startsWith("admired: corpus folder not found: "), noCorpus.err());
        assertEquals(1, noCorpus.err().lines().count(), noCorpus.err());
    }

    @Test
    void unreachableMasterIsOneLineAndAnExitCode() throws IOException {
        Path out = temp.resolve("unreachable");
        long start = System.nanoTime();
        // Port 1 on loopback: nothing listens there.
        Captured run = EndToEndTest.execute(
                "run", "corpus", "--out", out.toString(), "--engine", "spark", "--master", "spark://127.0.0.1:1");
        assertEquals(ExitCodes.ENGINE_UNAVAILABLE, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("admired: cannot reach the Spark master at spark://127.0.0.1:1: "), run.err());
        assertTrue((System.nanoTime() - start) / 1_000_000_000 < 10, "bounded wait");
        assertFalse(Files.exists(out), "nothing written");
        Captured malformed = EndToEndTest.execute(
                "run", "corpus", "--out", out.toString(), "--engine", "spark", "--master", "local[two]");
        assertEquals(ExitCodes.ENGINE_UNAVAILABLE, malformed.exitCode(), malformed.err());
        assertEquals(1, malformed.err().lines().count(), malformed.err());
    }
}
