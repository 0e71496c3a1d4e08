package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation commands on a few labelled lines written for the tests, with exact metrics. */
@Tag("corenlp")
class EvalCommandTest {

    @TempDir
    Path temp;

    private static String resource(String name) throws Exception {
        return Path.of(EvalCommandTest.class.getResource("/eval/" + name).toURI())
                .toString();
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    /**
     * Seven targets: the cue and classifier get six right; the seventh is labelled positive on
     * purpose although the sentence blames the person, so the metrics are not trivially perfect.
     * Negative P 2/3 R 1, neutral P 1 R 1, positive P 1 R 2/3: F1m 0.8667, accuracy 6/7.
     */
    @Test
    void newsMtscPrintsOursAndTheBaselineEndingWithTheSummaryLine() throws Exception {
        EndToEndTest.Captured result = EndToEndTest.execute("eval", "newsmtsc", resource("newsmtsc-sample.jsonl"));
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("7 targets in 6 sentences"), result.out());
        assertTrue(result.out().contains("sentence-level baseline"), result.out());
        assertEquals("F1m=0.8667 accuracy=0.8571", lastLine(result.out()));
    }

    @Test
    void nerPrintsPrecisionRecallAndF1() throws Exception {
        EndToEndTest.Captured result = EndToEndTest.execute("eval", "ner", resource("wikigold-sample.conll"));
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        // CoreNLP finds Grace Hopper and Howard Aiken but reads "Paris Hilton" as a place:
        // P 2/2, R 2/3, F1 0.8.
        assertTrue(result.out().contains("3 gold person spans, 2 predicted, 2 exact matches"), result.out());
        assertEquals("F1=0.8000", lastLine(result.out()));
    }

    @Test
    void missingFileIsAUsageError() {
        EndToEndTest.Captured result = EndToEndTest.execute(
                "eval", "newsmtsc", temp.resolve("none.jsonl").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("file not found"), result.err());
    }

    @Test
    void malformedLineIsAUsageErrorNamingTheLine() throws Exception {
        Path bad = temp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"sentence_normalized\": \"Fine.\", \"targets\": []}\n{\"sentence_normalized\": 3\n");
        EndToEndTest.Captured result = EndToEndTest.execute("eval", "newsmtsc", bad.toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("line 2"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void unknownEvaluationIsAUsageError() {
        EndToEndTest.Captured result = EndToEndTest.execute("eval", "sst");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
    }
}
