package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'admired eval quotes' on the labelled dev and held-out sets. */
@Tag("corenlp")
class QuoteEvalTest {

    private static double lastFigure(String out) {
        List<String> lines = out.strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("speaker_accuracy="), last);
        return Double.parseDouble(last.substring("speaker_accuracy=".length()));
    }

    @Test
    void devSetSpeakersAndHolders() {
        EndToEndTest.Captured r = EndToEndTest.execute("eval", "quotes", "src/test/resources/eval/quotes-dev.jsonl");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("41 gold quotes"), r.out());
        assertTrue(lastFigure(r.out()) >= 0.95, r.out());
    }

    @Test
    void heldOutSetBeatsTheMinimum() {
        EndToEndTest.Captured r =
                EndToEndTest.execute("eval", "quotes", "src/test/resources/eval/quotes-heldout.jsonl");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(lastFigure(r.out()) >= 0.8, r.out());
        assertTrue(r.out().contains("holder_accuracy=0.8"), r.out());
    }

    @Test
    void aGoldQuoteNotInItsTextIsAUsageError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(
                bad,
                "{\"id\":\"x\",\"text\":\"Hello there.\",\"quotes\":[{\"text\":\"absent\",\"speaker\":\"\"}]}\n",
                StandardCharsets.UTF_8);
        EndToEndTest.Captured r = EndToEndTest.execute("eval", "quotes", bad.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
