package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and failures: the right exit code and exactly one line on stderr, no stack trace. */
class CliErrorsTest {

    @TempDir
    Path temp;

    static void assertOneLine(String err, String expectedFragment) {
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(expectedFragment), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void unknownOptionIsAUsageError() {
        EndToEndTest.Captured result = EndToEndTest.execute("run", "--frobnicate");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertOneLine(result.err(), "--frobnicate");
    }

    @Test
    void unknownCommandIsAUsageError() {
        EndToEndTest.Captured result = EndToEndTest.execute("rnu");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertOneLine(result.err(), "rnu");
    }

    @Test
    void noCommandIsAUsageError() {
        EndToEndTest.Captured result = EndToEndTest.execute();
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertOneLine(result.err(), "missing command");
    }

    @Test
    void missingCorpusFolderIsAUsageError() {
        EndToEndTest.Captured result = EndToEndTest.execute(
                "run",
                temp.resolve("nope").toString(),
                "--out",
                temp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertOneLine(result.err(), "corpus folder not found");
    }

    @Test
    void corpusWithNothingReadableExitsWithItsOwnCode() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        EndToEndTest.Captured result = EndToEndTest.execute(
                "run", corpus.toString(), "--out", temp.resolve("out").toString());
        assertEquals(ExitCodes.NOTHING_PROCESSED, result.exitCode(), result.err());
        assertTrue(Files.exists(temp.resolve("out/skipped.csv")));
    }

    @Test
    void reportWithoutAnIndexSaysSoPlainly() {
        EndToEndTest.Captured result = EndToEndTest.execute(
                "report",
                "--index",
                temp.resolve("none").toString(),
                "--out",
                temp.resolve("out").toString());
        assertEquals(ExitCodes.NO_INDEX, result.exitCode());
        assertOneLine(result.err(), "no index at");
    }

    @Test
    void helpExitsZero() {
        EndToEndTest.Captured result = EndToEndTest.execute("--help");
        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.out().contains("run"), result.out());
    }
}
