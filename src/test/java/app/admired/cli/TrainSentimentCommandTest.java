package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-sentiment} on the six labelled test sentences: one fit per setting, the model
 * written, and the same model again from the features cache (training is reproducible).
 */
@Tag("corenlp")
class TrainSentimentCommandTest {

    @TempDir
    Path temp;

    private static String sample() throws Exception {
        return Path.of(TrainSentimentCommandTest.class
                        .getResource("/eval/newsmtsc-sample.jsonl")
                        .toURI())
                .toString();
    }

    private EndToEndTest.Captured train(Path out, Path cache) throws Exception {
        return EndToEndTest.execute(
                "train-sentiment",
                sample(),
                "--dev",
                sample(),
                "--sigma",
                "0.5,1",
                "--dense-scale",
                "1",
                "--features-cache",
                cache.toString(),
                "--out",
                out.toString());
    }

    @Test
    void trainsOneModelPerSettingAndTheCacheGivesTheSameModel() throws Exception {
        Path cache = temp.resolve("features.ser.gz");
        Path first = temp.resolve("first.ser.gz");
        EndToEndTest.Captured fresh = train(first, cache);
        assertEquals(ExitCodes.OK, fresh.exitCode(), fresh.err());
        assertEquals(2, fresh.out().lines().filter(l -> l.startsWith("sigma=")).count(), fresh.out());
        assertTrue(fresh.out().contains("kept sigma="), fresh.out());
        assertTrue(Files.size(first) > 0);
        assertTrue(Files.isRegularFile(cache));

        Path second = temp.resolve("second.ser.gz");
        EndToEndTest.Captured cached = train(second, cache);
        assertEquals(ExitCodes.OK, cached.exitCode(), cached.err());
        assertTrue(cached.err().contains("reading featurised examples"), cached.err());
        assertEquals(
                fresh.out().lines().filter(l -> l.startsWith("sigma=")).toList(),
                cached.out().lines().filter(l -> l.startsWith("sigma=")).toList());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void missingTrainingFileIsAUsageError() {
        EndToEndTest.Captured result = EndToEndTest.execute(
                "train-sentiment",
                temp.resolve("none.jsonl").toString(),
                "--dev",
                temp.resolve("none.jsonl").toString(),
                "--out",
                temp.resolve("model.ser.gz").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        CliErrorsTest.assertOneLine(result.err(), "none.jsonl");
        assertFalse(Files.exists(temp.resolve("model.ser.gz")));
    }
}
