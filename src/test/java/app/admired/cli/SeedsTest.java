package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three real scraped documents in ../shared/seeds (present in development and CI, not in a bare
 * clone, so the test is skipped without them): one row per person, no stray surname rows, and no
 * stack trace on the glued caption, the Chinese page chrome or the mojibake.
 */
@Tag("corenlp")
class SeedsTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @TempDir
    Path out;

    @Test
    void oneRowPerPersonOnTheRealSeeds() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present");
        EndToEndTest.Captured run = EndToEndTest.execute("run", SEEDS.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        List<String> people = Files.readAllLines(out.resolve("most-admired.csv")).stream()
                .skip(1)
                .map(line -> line.split(",")[1])
                .toList();
        for (String person : List.of(
                "Larry Ellison",
                "Jeff Bezos",
                "Mark Zuckerberg",
                "Reed Hastings",
                "Bill Gates",
                "Steve Jobs",
                "John Chambers",
                "Ken Langone",
                "Howard Schultz",
                "Warren Buffett")) {
            assertEquals(1, people.stream().filter(person::equals).count(), person + " in " + people);
        }
        for (String stray :
                List.of("Bezos", "Ellison", "Larry Ellisons", "Zuckerberg", "David Linthicum", "Sean Wisdom")) {
            assertFalse(people.contains(stray), stray + " in " + people);
        }
        assertFalse(people.stream().anyMatch(p -> p.contains("EllisonEveryone")), people.toString());
    }
}
