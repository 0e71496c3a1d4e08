package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports do not depend on the machine's locale, default charset or time zone: the batch run in
 * a second JVM under {@code LANG=de_DE.UTF-8}, German locale and the Pacific/Auckland time zone
 * writes the same bytes as the same batch run in this JVM. forbiddenapis forbids the APIs that would
 * break this; this test catches what a signature cannot (a library reading the defaults).
 */
@Tag("corenlp")
class LocaleIndependenceTest {

    /** Everything a run writes except the Lucene index (binary) and run-summary.json (timings). */
    private static final List<String> REPORTS =
            List.of("most-admired.csv", "mentions.csv", "documents.csv", "skipped.csv", "trends.csv", "report.html");

    @TempDir
    Path temp;

    @Test
    void reportsAreByteIdenticalUnderAGermanLocaleAndAucklandTime() throws Exception {
        Path corpus = EndToEndTest.fixtureCorpus();
        Path here = temp.resolve("here");
        EndToEndTest.Captured run = EndToEndTest.execute("run", corpus.toString(), "--out", here.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());

        Path there = temp.resolve("de-auckland");
        Path log = temp.resolve("de-auckland.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx3g");
        command.add("-Duser.language=de");
        command.add("-Duser.country=DE");
        command.add("-Duser.timezone=Pacific/Auckland");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of("run", corpus.toString(), "--out", there.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LANG", "de_DE.UTF-8");
        builder.environment().remove("LC_ALL");
        Process process = builder.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the second JVM did not finish");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, process.exitValue(), output);

        for (String report : REPORTS) {
            byte[] expected = Files.readAllBytes(here.resolve(report));
            assertTrue(expected.length > 0, report);
            assertArrayEquals(expected, Files.readAllBytes(there.resolve(report)), report);
        }
    }
}
