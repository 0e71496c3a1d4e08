package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    private static final String ARTICLE = "Why Ada Still Matters\nBy Jane Doe\nDate: 2023-03-14\n\n"
            + "Ada Lovelace wrote the first published algorithm.\n";
    private static final String MARKDOWN =
            "# The Hopper Effect\n\n**By Li Wei**\n\nEngineers admire **Grace Hopper**.\n";
    private static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

    @TempDir
    Path corpus;

    private byte[] threadBytes;

    @BeforeEach
    void writeCorpus() throws IOException {
        threadBytes = CommentThreadReaderTest.fixture("thread-basic.txt");
        write("news/2023/ada.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        write("hopper.md", MARKDOWN.getBytes(StandardCharsets.UTF_8));
        write("threads/hamilton.txt", threadBytes);
        write("empty.txt", new byte[0]);
        write("data.txt", BINARY);
        write("report.pdf", "Plain words in a file that claims to be a PDF.".getBytes(StandardCharsets.UTF_8));
        write(".hidden.txt", "Secret Title\n\nHidden body.\n".getBytes(StandardCharsets.UTF_8));
        write(".git/notes.txt", "Git Title\n\nGit body.\n".getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        StringBuilder hex = new StringBuilder();
        for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
            hex.append(String.format(Locale.ROOT, "%02x", b));
        }
        return hex.toString();
    }

    @Test
    void listFilesIsSortedRelativeAndSkipsHidden() throws IOException {
        assertEquals(
                List.of(
                        "data.txt",
                        "empty.txt",
                        "hopper.md",
                        "news/2023/ada.txt",
                        "report.pdf",
                        "threads/hamilton.txt"),
                CorpusReader.listFiles(corpus));
    }

    @Test
    void readsEveryFileInPathOrder() throws Exception {
        List<FileOutcome> outcomes = new ArrayList<>();
        new CorpusReader(DocumentReaders.standard()).read(corpus, outcomes::add);

        assertEquals(
                List.of(
                        "data.txt",
                        "empty.txt",
                        "hopper.md",
                        "news/2023/ada.txt",
                        "report.pdf",
                        "threads/hamilton.txt"),
                outcomes.stream().map(FileOutcome::path).toList());

        FileOutcome binary = outcomes.get(0);
        assertSkippedWhole(binary, "binary", sha256Hex(BINARY));

        FileOutcome empty = outcomes.get(1);
        assertSkippedWhole(empty, "empty", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

        FileOutcome markdown = outcomes.get(2);
        assertEquals("markdown", markdown.format());
        assertEquals("UTF-8", markdown.encoding());
        assertEquals(sha256Hex(MARKDOWN.getBytes(StandardCharsets.UTF_8)), markdown.contentHash());
        assertEquals(List.of(), markdown.skipped());
        assertEquals(1, markdown.documents().size());
        SourceDocument hopper = markdown.documents().get(0);
        assertEquals("hopper.md#0", hopper.id());
        assertEquals("The Hopper Effect", hopper.title());
        assertEquals("Li Wei", hopper.author());
        assertEquals("The Hopper Effect\n\nEngineers admire Grace Hopper.", hopper.text());

        FileOutcome article = outcomes.get(3);
        assertEquals("text", article.format());
        assertEquals("UTF-8", article.encoding());
        assertEquals(sha256Hex(ARTICLE.getBytes(StandardCharsets.UTF_8)), article.contentHash());
        assertEquals(List.of(), article.skipped());
        assertEquals(1, article.documents().size());
        SourceDocument ada = article.documents().get(0);
        assertEquals("news/2023/ada.txt#0", ada.id());
        assertEquals("news/2023/ada.txt", ada.path());
        assertEquals(DocumentKind.ARTICLE, ada.kind());
        assertEquals("Jane Doe", ada.author());
        assertEquals("2023-03-14", ada.date());

        FileOutcome pdf = outcomes.get(4);
        assertSkippedWhole(
                pdf,
                "unsupported-format",
                sha256Hex("Plain words in a file that claims to be a PDF.".getBytes(StandardCharsets.UTF_8)));

        FileOutcome thread = outcomes.get(5);
        assertEquals("comment-thread", thread.format());
        assertEquals("UTF-8", thread.encoding());
        assertEquals(sha256Hex(threadBytes), thread.contentHash());
        assertEquals(List.of(), thread.skipped());
        assertEquals(
                List.of(
                        "threads/hamilton.txt#1",
                        "threads/hamilton.txt#2",
                        "threads/hamilton.txt#3",
                        "threads/hamilton.txt#4"),
                thread.documents().stream().map(SourceDocument::id).toList());
        assertEquals(
                List.of(DocumentKind.COMMENT),
                thread.documents().stream().map(SourceDocument::kind).distinct().toList());
    }

    private static void assertSkippedWhole(FileOutcome outcome, String reason, String hash) {
        assertEquals(hash, outcome.contentHash(), outcome.path());
        assertEquals("", outcome.format(), outcome.path());
        assertEquals("", outcome.encoding(), outcome.path());
        assertEquals(List.of(), outcome.documents(), outcome.path());
        assertEquals(1, outcome.skipped().size(), outcome.path());
        assertEquals(outcome.path(), outcome.skipped().get(0).path());
        assertEquals(reason, outcome.skipped().get(0).reason(), outcome.path());
    }

    @Test
    void windows1252FileIsReadWithFallbackEncoding() throws Exception {
        byte[] bytes = {
            'C',
            'a',
            'f',
            (byte) 0xE9,
            ' ',
            'H',
            'e',
            'r',
            'o',
            'e',
            's',
            '\n',
            '\n',
            (byte) 0x93,
            'A',
            'd',
            'a',
            (byte) 0x94,
            ' ',
            'i',
            's',
            ' ',
            'a',
            'd',
            'm',
            'i',
            'r',
            'e',
            'd',
            '.'
        };
        write("cp1252.txt", bytes);
        FileOutcome outcome = new CorpusReader(DocumentReaders.standard()).readFile(corpus, "cp1252.txt");
        assertEquals("windows-1252", outcome.encoding());
        assertEquals("text", outcome.format());
        assertEquals(
                "Caf\u00E9 Heroes\n\n\u201CAda\u201D is admired.",
                outcome.documents().get(0).text());
    }

    @Test
    void emptyThreadCommentIsReportedInsideTheOutcome() throws Exception {
        write("threads/stewardship.txt", CommentThreadReaderTest.fixture("thread-empty-comment.txt"));
        FileOutcome outcome = new CorpusReader(DocumentReaders.standard()).readFile(corpus, "threads/stewardship.txt");
        assertEquals("comment-thread", outcome.format());
        assertEquals(2, outcome.documents().size());
        assertEquals(
                List.of("threads/stewardship.txt#2"),
                outcome.skipped().stream().map(SkippedFile::path).toList());
        assertEquals(
                List.of("empty-comment"),
                outcome.skipped().stream().map(SkippedFile::reason).toList());
    }

    @Test
    void missingFileIsUnreadableWithoutHash() {
        FileOutcome outcome = new CorpusReader(DocumentReaders.standard()).readFile(corpus, "no/such/file.txt");
        assertSkippedWhole(outcome, "unreadable", "");
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                CorpusReader.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(HexFormat.of().formatHex(new byte[] {0x0A}), "0a");
    }
}
