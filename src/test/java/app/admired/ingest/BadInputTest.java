package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends as a skip with its reason; CorpusReader never throws. */
class BadInputTest {

    @TempDir
    Path corpus;

    private final CorpusReader reader = new CorpusReader(DocumentReaders.standard());

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private FileOutcome read(String relative) {
        return reader.readFile(corpus, relative);
    }

    private static List<String> reasons(FileOutcome outcome) {
        return outcome.skipped().stream().map(SkippedFile::reason).toList();
    }

    /**
     * A 50 MB one-line file (the example) is refused on its size before a byte is read,
     * and its hash is empty, as recorded with the skip, so an incremental run does not read it
     * again. The file is sparse: the test writes almost nothing to disk.
     */
    @Test
    void fiftyMegabyteFileIsSkippedOnItsSizeAndNeverRead() throws Exception {
        Path big = corpus.resolve("dump/one-line.txt");
        Files.createDirectories(big.getParent());
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        write("ok.txt", "A Fine Column\n\nGrace Hopper wrote the first compiler.\n");
        FileOutcome outcome = read("dump/one-line.txt");
        assertEquals(List.of("too-large"), reasons(outcome));
        assertEquals("", outcome.contentHash());
        assertEquals("", CorpusReader.contentHash(corpus, "dump/one-line.txt"));
        assertTrue(
                outcome.skipped().get(0).detail().contains("52428800 bytes"),
                outcome.skipped().toString());
        assertEquals(1, read("ok.txt").documents().size(), "the other files are unaffected");
    }

    @Test
    void wholeFileSkipsHaveTheirReason() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        write("empty.csv", new byte[0]);
        expected.put("empty.csv", "empty");
        write("blank.jsonl", "  \n\n\t\n");
        expected.put("blank.jsonl", "empty");
        write(
                "photo.html",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        expected.put("photo.html", "binary");
        byte[] undecodable = new byte[400];
        for (int i = 0; i < undecodable.length; i++) {
            undecodable[i] = (byte) (i % 2 == 0 ? 0x81 : 0x8D);
        }
        write("garbled.csv", undecodable);
        expected.put("garbled.csv", "undecodable");
        write("gone.html", CommentThreadReaderTest.fixture("page-no-text.html"));
        expected.put("gone.html", "no-text");
        write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title></channel></rss>");
        expected.put("feed.xml", "unsupported-format");
        write("broken.xml", "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item></channel>");
        expected.put("broken.xml", "malformed-xml");
        write("no-text.csv", "author,date\nAda Quinn,2024-01-01\n");
        expected.put("no-text.csv", "no-text-column");
        write("data.parquet", "PAR1 but text");
        expected.put("data.parquet", "unsupported-format");

        for (Map.Entry<String, String> entry : expected.entrySet()) {
            FileOutcome outcome = read(entry.getKey());
            assertEquals(List.of(), outcome.documents(), entry.getKey());
            assertEquals(List.of(entry.getValue()), reasons(outcome), entry.getKey());
            assertEquals(entry.getKey(), outcome.skipped().get(0).path());
            assertFalse(outcome.skipped().get(0).detail().isBlank(), entry.getKey());
        }
    }

    @Test
    void windows1252ExportIsReadWithTheFallback() throws Exception {
        String csv = "author,comment\r\nZo\u00EB Brandt,\u201CLisa Su\u2019s turnaround is the case study.\u201D\r\n";
        write("cp1252.csv", csv.getBytes(Charset.forName("windows-1252")));
        FileOutcome outcome = read("cp1252.csv");
        assertEquals("windows-1252", outcome.encoding());
        assertEquals("csv", outcome.format());
        assertEquals(
                List.of(new SourceDocument(
                        "cp1252.csv#1",
                        DocumentKind.COMMENT,
                        "cp1252.csv",
                        1,
                        "",
                        "Zo\u00EB Brandt",
                        "",
                        "",
                        "",
                        "\u201CLisa Su\u2019s turnaround is the case study.\u201D")),
                outcome.documents());
    }

    @Test
    void aFiveMegabyteLineIsSkippedBeforeParsing() throws Exception {
        Path file = corpus.resolve("dump.txt");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("A Title\n\n");
            String chunk = "word ".repeat(200);
            for (int i = 0; i < 5 * 1024 * 1024 / chunk.length(); i++) {
                out.write(chunk);
            }
            out.write("\n");
        }
        FileOutcome outcome = read("dump.txt");
        assertEquals(List.of(), outcome.documents());
        assertEquals(List.of("line-too-long"), reasons(outcome));
        assertTrue(
                outcome.skipped().get(0).detail().startsWith("a line has 5"),
                outcome.skipped().get(0).detail());
    }

    @Test
    void aDocumentOfAMillionCharactersOrMoreIsKeptForAnnotationInWindows() throws Exception {
        StringBuilder csv = new StringBuilder("author,text\n");
        csv.append("Ada Quinn,Short and fine.\n");
        csv.append("Ben Ortiz,\"");
        String line = "Many short lines make one very long comment.\n";
        for (int i = 0; i <= 1_000_000 / line.length(); i++) {
            csv.append(line);
        }
        csv.append("\"\n");
        write("long.csv", csv.toString());
        FileOutcome outcome = read("long.csv");
        assertEquals(
                List.of("long.csv#1", "long.csv#2"),
                outcome.documents().stream().map(SourceDocument::id).toList());
        assertEquals(List.of(), reasons(outcome));
        assertTrue(outcome.documents().get(1).text().length() > 1_000_000);
    }

    @Test
    void recordLevelProblemsKeepTheRestOfTheFile() throws Exception {
        write("unclosed.csv", CommentThreadReaderTest.fixture("comments-unclosed.csv"));
        FileOutcome csv = read("unclosed.csv");
        assertEquals("csv", csv.format());
        assertEquals(
                List.of("unclosed.csv#1"),
                csv.documents().stream().map(SourceDocument::id).toList());
        assertEquals(List.of("malformed-record"), reasons(csv));

        write("records.jsonl", CommentThreadReaderTest.fixture("records.jsonl"));
        FileOutcome jsonl = read("records.jsonl");
        assertEquals("jsonl", jsonl.format());
        assertEquals(
                List.of("records.jsonl#1", "records.jsonl#2", "records.jsonl#4", "records.jsonl#8"),
                jsonl.documents().stream().map(SourceDocument::id).toList());
        assertEquals(List.of("malformed-record", "malformed-record", "malformed-record"), reasons(jsonl));
    }

    @Test
    void htmlChromeLinesSurviveRepairUntilTheReaderSeesThem() throws Exception {
        // "Subscribe to our newsletter" alone on a line would be dropped by TextRepair from a .txt;
        // in HTML the markup around it must stay intact, and the reader drops it from the text.
        write(
                "page.html",
                "<html><body><article>\n<h1>Notes</h1>\n<p>\nSubscribe to our newsletter\n</p>\n"
                        + "<p>Jensen Huang runs a flat organisation.</p>\n</article></body></html>\n");
        FileOutcome outcome = read("page.html");
        assertEquals(
                "Notes\n\nJensen Huang runs a flat organisation.",
                outcome.documents().get(0).text());
    }

    @Test
    void longestLineCountsEveryLineEnding() {
        assertEquals(3, CorpusReader.longestLine("ab\r\nabc\rx"));
        assertEquals(0, CorpusReader.longestLine(""));
        assertEquals(4, CorpusReader.longestLine("abcd"));
    }
}
