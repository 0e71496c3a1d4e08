package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'search' and 'people' over the index of the end-to-end fixture corpus (built once). */
@Tag("corenlp")
class SearchCommandTest {

    @TempDir
    static Path temp;

    private static String index;

    @BeforeAll
    static void buildIndex() throws Exception {
        Path aliases = temp.resolve("aliases.csv");
        Files.writeString(aliases, "alias,canonical\nThe Countess,Ada Lovelace\n");
        EndToEndTest.Captured run = EndToEndTest.execute(
                "run",
                EndToEndTest.fixtureCorpus().toString(),
                "--out",
                temp.resolve("out").toString(),
                "--aliases",
                aliases.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        index = temp.resolve("out/index").toString();
    }

    private static EndToEndTest.Captured search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--index";
        all[args.length + 2] = index;
        return EndToEndTest.execute(all);
    }

    private static List<String> hitLines(String out) {
        return out.lines().filter(l -> l.matches("^\\d+\\. .*")).toList();
    }

    @Test
    void textHitsShowPersonSentimentSourceDateAndHighlight() {
        EndToEndTest.Captured result = search("hero");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(
                "1. Ada Lovelace  positive +1.00, admiration  comments/ada-comments.txt#1  2024-02-03T09:15:00"
                        + "  by Nadia Okoye",
                lines.get(0));
        assertEquals("   Lovelace is my **hero**, a truly great and wonderful mind.", lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test
    void personFilterAcceptsCanonicalNameSurnameAndAlias() {
        for (String name : List.of("Ada Lovelace", "lovelace", "The Countess")) {
            EndToEndTest.Captured result = search("*", "--person", name);
            assertEquals(5, hitLines(result.out()).size(), name + ": " + result.out());
            assertTrue(hitLines(result.out()).stream().allMatch(l -> l.contains("Ada Lovelace")), result.out());
        }
        assertEquals(
                "No person named 'Nobody Known' in the index.",
                search("*", "--person", "Nobody Known").out().strip());
    }

    @Test
    void sentimentCueKindAuthorAndDateFiltersNarrowTheHits() {
        assertEquals(
                3,
                hitLines(search("*", "--sentiment", "negative", "--person", "Victor Crane")
                                .out())
                        .size());
        assertEquals(1, hitLines(search("*", "--cue", "criticism").out()).size());
        assertEquals(3, hitLines(search("*", "--kind", "comment").out()).size());
        assertEquals(3, hitLines(search("*", "--author", "omar haddad").out()).size());
        assertEquals(
                3,
                hitLines(search("*", "--since", "2024-02-02", "--until", "2024-02-28")
                                .out())
                        .size());
        assertEquals(1, hitLines(search("*", "--limit", "1").out()).size());
    }

    @Test
    void queryMatchesTheDocumentTextAsWellAsTheSentence() {
        // "music" is only in another sentence of ada.txt: every mention of that article is a hit.
        List<String> hits = hitLines(search("music").out());
        assertEquals(5, hits.size(), hits.toString());
        assertTrue(hits.get(0).contains("articles/ada.txt#0"), hits.toString());
    }

    @Test
    void csvAndJsonFormats() throws Exception {
        EndToEndTest.Captured csv = search("hero", "--format", "csv");
        assertEquals(
                List.of(
                        "person,polarity,score,cue,document_id,path,position,kind,author,date,sentence,"
                                + "holder,holder_kind,holder_role,holder_organization",
                        "Ada Lovelace,positive,1.0,admiration,comments/ada-comments.txt#1,comments/ada-comments.txt,1,"
                                + "comment,Nadia Okoye,2024-02-03T09:15:00,\"Lovelace is my hero, a truly great and wonderful mind.\","
                                + "Nadia Okoye,commenter,,"),
                csv.out().lines().toList());
        JsonNode json =
                new ObjectMapper().readTree(search("hero", "--format", "json").out());
        assertEquals(1, json.size());
        assertEquals("Ada Lovelace", json.get(0).get("person").asText());
        assertEquals(
                "comments/ada-comments.txt#1", json.get(0).get("document_id").asText());
    }

    @Test
    void noHitsIsSaidAndIsNotAnError() {
        EndToEndTest.Captured result = search("zebra");
        assertEquals(ExitCodes.OK, result.exitCode());
        assertEquals("No hits for 'zebra'.", result.out().strip());
    }

    @Test
    void malformedQueryIsAUsageErrorOnOneLine() {
        EndToEndTest.Captured result = search("Ellison AND (");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("admired: bad query: Cannot parse 'Ellison AND ('"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void badDateIsAUsageError() {
        EndToEndTest.Captured result = search("*", "--since", "last tuesday");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("--since must be an ISO date"), result.err());
    }

    @Test
    void missingIndexIsSaidPlainly() {
        EndToEndTest.Captured result = EndToEndTest.execute(
                "search", "x", "--index", temp.resolve("none").toString());
        assertEquals(ExitCodes.NO_INDEX, result.exitCode());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("no index at"), result.err());
    }

    @Test
    void peopleListsTheRankingFromTheIndex() throws Exception {
        EndToEndTest.Captured text = EndToEndTest.execute("people", "--index", index, "--limit", "2");
        assertEquals(ExitCodes.OK, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(3, lines.size(), text.out());
        assertTrue(
                lines.get(1).matches("\\s+1\\s+Ada Lovelace\\s+0\\.342\\s+2\\s+0\\s+5\\s+5\\s+0\\s+0"), lines.get(1));
        JsonNode json = new ObjectMapper()
                .readTree(EndToEndTest.execute("people", "--index", index, "--format", "json")
                        .out());
        assertEquals(
                List.of("Ada Lovelace", "Charles Babbage", "Petra Quill", "Victor Crane"),
                List.of(
                        json.get(0).get("person").asText(),
                                json.get(1).get("person").asText(),
                        json.get(2).get("person").asText(),
                                json.get(3).get("person").asText()));
    }
}
