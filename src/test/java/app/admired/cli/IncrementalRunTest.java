package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.index.CorpusIndexReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-runs that only do new work, give the same reports as a full run, and survive a SIGKILL. */
@Tag("corenlp")
class IncrementalRunTest {

    private static final List<String> REPORTS =
            List.of("most-admired.csv", "mentions.csv", "documents.csv", "skipped.csv");

    @TempDir
    Path temp;

    private Path copyFixture(String name) throws Exception {
        Path corpus = temp.resolve(name);
        Path fixture = EndToEndTest.fixtureCorpus();
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = corpus.resolve(fixture.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return corpus;
    }

    private static void assertSameReports(Path expected, Path actual) throws IOException {
        for (String report : REPORTS) {
            assertArrayEquals(
                    Files.readAllBytes(expected.resolve(report)),
                    Files.readAllBytes(actual.resolve(report)),
                    report + " differs");
        }
    }

    private static EndToEndTest.Captured run(Path corpus, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", corpus.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        EndToEndTest.Captured result = EndToEndTest.execute(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        return result;
    }

    @Test
    void incrementalRunAfterChangesEqualsAFullRun() throws Exception {
        Path corpus = copyFixture("corpus");
        Path out = temp.resolve("out");
        run(corpus, out);

        // Nothing changed: nothing is annotated again.
        EndToEndTest.Captured again = run(corpus, out);
        assertTrue(again.err().contains("admired: 0 files read, 0 documents\n"), again.err());
        assertTrue(again.err().contains("admired: 5 files unchanged, 0 removed"), again.err());

        // Change one file, add one, delete one, and repair a bad one.
        Files.writeString(
                corpus.resolve("articles/crane.md"),
                Files.readString(corpus.resolve("articles/crane.md"))
                        + "\nLater, Grace Hopper was a wonderful role model for the whole team.\n");
        Files.writeString(
                corpus.resolve("articles/new.txt"),
                "A new column\nBy Lee Ward\nDate: 2024-04-01\n\nI admire Ada Lovelace and I despise Victor Crane.\n");
        Files.delete(corpus.resolve("comments/ada-comments.txt"));
        Files.writeString(
                corpus.resolve("articles/empty.txt"), "Now with text\n\nCharles Babbage was a great inventor.\n");
        EndToEndTest.Captured incremental = run(corpus, out);
        assertTrue(
                incremental.err().contains("admired: 3 files read, 3 documents (markdown 1, text 2)"),
                incremental.err());
        assertTrue(incremental.err().contains("admired: 2 files unchanged, 1 removed"), incremental.err());

        Path full = temp.resolve("full");
        run(corpus, full, "--rebuild");
        assertSameReports(full, out);
    }

    @Test
    void otherSettingsForceARebuild() throws Exception {
        Path corpus = copyFixture("corpus");
        Path out = temp.resolve("out");
        run(corpus, out);
        EndToEndTest.Captured other = run(corpus, out, "--csv-columns", "text=body");
        assertTrue(other.err().contains("built with other settings or models; rebuilding it"), other.err());
        assertTrue(other.err().contains("(full run; "), other.err());
    }

    /**
     * A run killed with SIGKILL half-way through indexing leaves the previous index and reports
     * readable and unchanged, and the next run completes with the same result as a clean run.
     */
    @Test
    void runKilledMidwayLeavesThePreviousResultAndTheNextRunCompletes() throws Exception {
        Path corpus = copyFixture("corpus");
        // Enough files that the run is still indexing after the first one is reported.
        String article = Files.readString(corpus.resolve("articles/ada.txt"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(corpus.resolve("articles/copy-" + i + ".txt"), article);
        }
        Path out = temp.resolve("out");
        run(corpus, out);
        Path before = temp.resolve("before");
        Files.createDirectories(before);
        for (String report : REPORTS) {
            Files.copy(out.resolve(report), before.resolve(report));
        }

        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx3g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "run",
                        corpus.toString(),
                        "--out",
                        out.toString(),
                        "--rebuild",
                        "--verbose")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean sawIndexing = false;
        try (BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.startsWith("admired: indexed ")) {
                    sawIndexing = true;
                    break;
                }
            }
            assertTrue(sawIndexing, "the subprocess never reported indexing a file");
            assertTrue(process.isAlive(), "the subprocess finished before it could be killed");
            process.destroyForcibly(); // SIGKILL on Unix
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, process.exitValue(), "killed by SIGKILL");

        try (CorpusIndexReader index = CorpusIndexReader.open(out.resolve("index"))) {
            assertEquals(17, index.documents().size(), "the previous commit is intact");
        }
        assertSameReports(before, out);

        run(corpus, out);
        Path clean = temp.resolve("clean");
        run(corpus, clean);
        assertSameReports(clean, out);
    }
}
