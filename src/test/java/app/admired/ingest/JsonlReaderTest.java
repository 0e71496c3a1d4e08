package app.admired.ingest;

import static app.admired.ingest.HtmlReaderTest.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReaderTest {

    private static final String PATH = "exports/records.jsonl";
    private static final String HOPPER = "Lessons From Grace Hopper";

    private final JsonlReader reader = new JsonlReader(ColumnMapping.NONE);

    @Test
    void readsEachLineAndSkipsTheBadOnes() throws Exception {
        InputFile file = input(PATH, CommentThreadReaderTest.fixture("records.jsonl"));
        assertTrue(reader.accepts(file));
        assertTrue(reader.accepts(input("x.ndjson", "{}")));

        DocumentReader.ReadResult result = reader.read(file);

        assertEquals(
                List.of(
                        new SourceDocument(
                                PATH + "#1",
                                DocumentKind.ARTICLE,
                                PATH,
                                1,
                                HOPPER,
                                "Dana Cole",
                                "2024-05-01",
                                "",
                                "",
                                HOPPER + "\n\nGrace Hopper taught teams to ship and explain."),
                        new SourceDocument(
                                PATH + "#2",
                                DocumentKind.COMMENT,
                                PATH,
                                2,
                                HOPPER,
                                "Mo Chen",
                                "2024-05-01T12:00:00",
                                PATH + "#1",
                                HOPPER,
                                "Her nanosecond wire is still the best demo."),
                        new SourceDocument(
                                PATH + "#4",
                                DocumentKind.COMMENT,
                                PATH,
                                4,
                                HOPPER,
                                "",
                                "",
                                PATH + "#1",
                                HOPPER,
                                "Second comment, no author."),
                        new SourceDocument(
                                PATH + "#8",
                                DocumentKind.COMMENT,
                                PATH,
                                8,
                                "GPU Economics",
                                "",
                                "",
                                "42",
                                "GPU Economics",
                                "A stray comment about Jensen Huang.")),
                result.documents());
        List<SkippedFile> skipped = result.skippedRecords();
        assertEquals(
                List.of(PATH + "#5", PATH + "#6", PATH + "#7"),
                skipped.stream().map(SkippedFile::path).toList());
        assertEquals(
                List.of("malformed-record"),
                skipped.stream().map(SkippedFile::reason).distinct().toList());
        assertTrue(
                skipped.get(0).detail().startsWith("line 5 is not valid JSON: "),
                skipped.get(0).detail());
        assertEquals("line 6 is not a JSON object", skipped.get(1).detail());
        assertEquals("line 7 has no text", skipped.get(2).detail());
    }

    @Test
    void mappingAppliesToJsonKeys() throws Exception {
        JsonlReader mapped = new JsonlReader(ColumnMapping.parse("text=msg,author=handle"));
        DocumentReader.ReadResult result = mapped.read(
                input(
                        "m.jsonl",
                        "{\"msg\": \"Carly Fiorina overpaid for Compaq.\", \"handle\": \"Ray Doss\", \"text\": \"ignored\"}\n"));
        assertEquals(
                List.of(new SourceDocument(
                        "m.jsonl#1",
                        DocumentKind.COMMENT,
                        "m.jsonl",
                        1,
                        "",
                        "Ray Doss",
                        "",
                        "",
                        "",
                        "Carly Fiorina overpaid for Compaq.")),
                result.documents());
    }

    @Test
    void twoObjectsOnOneLineAreMalformed() throws Exception {
        DocumentReader.ReadResult result = reader.read(input("g.jsonl", "{\"text\": \"a\"} {\"text\": \"b\"}\n"));
        assertEquals(List.of(), result.documents());
        assertEquals("malformed-record", result.skippedRecords().get(0).reason());
    }
}
