package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentThreadReaderTest {

    private static final String HAMILTON = "Why Engineers Still Look Up to Margaret Hamilton";
    private static final String STEWARDSHIP = "Ten Years of Open Source Stewardship";

    private final CommentThreadReader reader = new CommentThreadReader();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CommentThreadReaderTest.class.getResourceAsStream("/ingest/" + name)) {
            assertNotNull(in, "missing test fixture " + name);
            return in.readAllBytes();
        }
    }

    private static InputFile input(String path, byte[] bytes) throws UnreadableInputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        return InputFile.of(path, decoded);
    }

    private static InputFile input(String path, String raw) throws UnreadableInputException {
        return input(path, raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void formatName() {
        assertEquals("comment-thread", reader.format());
    }

    @Test
    void readsEveryCommentOfTheThread() throws Exception {
        String path = "comments/hamilton-thread.txt";
        InputFile file = input(path, fixture("thread-basic.txt"));
        assertTrue(reader.accepts(file));

        DocumentReader.ReadResult result = reader.read(file);

        List<SourceDocument> expected = List.of(
                new SourceDocument(
                        path + "#1",
                        DocumentKind.COMMENT,
                        path,
                        1,
                        HAMILTON,
                        "",
                        "2015-02-03T07:45:12",
                        "",
                        HAMILTON,
                        "Hamilton's error-recovery design saved the lunar landing.\n"
                                + "That lesson still matters for every ops team."),
                new SourceDocument(
                        path + "#2",
                        DocumentKind.COMMENT,
                        path,
                        2,
                        HAMILTON,
                        "Priya Raman",
                        "2015-02-03T13:02:00",
                        "",
                        HAMILTON,
                        "I keep a photo of her next to my desk."),
                new SourceDocument(
                        path + "#3",
                        DocumentKind.COMMENT,
                        path,
                        3,
                        HAMILTON,
                        "",
                        "2015-02-04T23:30:00",
                        "",
                        HAMILTON,
                        "Her team wrote software when nobody called it engineering."),
                new SourceDocument(
                        path + "#4",
                        DocumentKind.COMMENT,
                        path,
                        4,
                        HAMILTON,
                        "Tom Okafor",
                        "2015-02-05T00:05:09",
                        "",
                        HAMILTON,
                        "Admiration is fine, but credit the whole lab too."));
        assertEquals(expected, result.documents());
        assertEquals(List.of(), result.skippedRecords());
    }

    @Test
    void trailingPageChromeIsNotPartOfTheLastComment() throws Exception {
        DocumentReader.ReadResult result = reader.read(input("t.txt", fixture("thread-basic.txt")));
        SourceDocument last = result.documents().get(result.documents().size() - 1);
        assertEquals("Admiration is fine, but credit the whole lab too.", last.text());
        for (SourceDocument doc : result.documents()) {
            assertFalse(doc.text().contains("Sponsored"), doc.id());
            assertFalse(doc.text().contains("Copyright"), doc.id());
            assertFalse(doc.text().contains("Newsletters"), doc.id());
            assertFalse(doc.text().contains("User Rank"), doc.id());
            assertFalse(doc.text().startsWith("re:"), doc.id());
        }
    }

    @Test
    void unrepairedChromeBeforeTheFirstCommentDoesNotChangeTheTitle() throws Exception {
        // Even without TextRepair, the title is the first non-blank line and chrome stays out of comments.
        String raw = new String(fixture("thread-basic.txt"), StandardCharsets.UTF_8);
        InputFile file = new InputFile("raw.txt", raw, raw, "UTF-8");
        DocumentReader.ReadResult result = reader.read(file);
        assertEquals(4, result.documents().size());
        assertEquals(HAMILTON, result.documents().get(0).title());
        assertEquals(
                "Admiration is fine, but credit the whole lab too.",
                result.documents().get(3).text());
    }

    @Test
    void emptyCommentIsSkippedAndTheOthersKept() throws Exception {
        String path = "comments/stewardship.txt";
        DocumentReader.ReadResult result = reader.read(input(path, fixture("thread-empty-comment.txt")));

        List<SourceDocument> expected = List.of(
                new SourceDocument(
                        path + "#1",
                        DocumentKind.COMMENT,
                        path,
                        1,
                        STEWARDSHIP,
                        "",
                        "2019-06-01T10:00:00",
                        "",
                        STEWARDSHIP,
                        "Stewardship is a thankless job and she did it well."),
                new SourceDocument(
                        path + "#3",
                        DocumentKind.COMMENT,
                        path,
                        3,
                        STEWARDSHIP,
                        "Marco Bellini",
                        "2019-06-02T20:00:00",
                        "",
                        STEWARDSHIP,
                        "Agreed, the maintainers deserve the praise."));
        assertEquals(expected, result.documents());
        assertEquals(1, result.skippedRecords().size());
        SkippedFile skipped = result.skippedRecords().get(0);
        assertEquals(path + "#2", skipped.path());
        assertEquals("empty-comment", skipped.reason());
    }

    @Test
    void threadWithoutTitleUsesReplyTitle() throws Exception {
        String raw = "Sam Ortiz\n4/1/2021 | 8:00 AM\nre: Leaders We Admire\nLisa Su turned the company around.\n";
        DocumentReader.ReadResult result = reader.read(input("notitle.txt", raw));
        assertEquals(
                List.of(new SourceDocument(
                        "notitle.txt#1",
                        DocumentKind.COMMENT,
                        "notitle.txt",
                        1,
                        "Leaders We Admire",
                        "Sam Ortiz",
                        "2021-04-01T08:00:00",
                        "",
                        "Leaders We Admire",
                        "Lisa Su turned the company around.")),
                result.documents());
    }

    @Test
    void threadWhoseCommentsAreAllEmptyHasNoText() {
        String raw = "Some Title\nUser Rank: Guru\n4/1/2021 | 8:00 AM\nre: Some Title\n";
        UnreadableInputException e =
                assertThrows(UnreadableInputException.class, () -> reader.read(input("allempty.txt", raw)));
        assertEquals("no-text", e.reason());
    }

    @Test
    void textWithoutCommentHeadersHasNoComments() {
        String raw = "Just An Article\n\nNobody commented on it.\n";
        UnreadableInputException e =
                assertThrows(UnreadableInputException.class, () -> reader.read(input("plain.txt", raw)));
        assertEquals("no-comments", e.reason());
    }

    @Test
    void doesNotAcceptAnOrdinaryArticle() throws Exception {
        String raw = "Why Ada Still Matters\nBy Jane Doe\nDate: 2023-03-14\n\n"
                + "Ada Lovelace wrote the first published algorithm on 9/1/1843.\n";
        assertFalse(reader.accepts(input("articles/ada.txt", raw)));
    }

    @Test
    void doesNotAcceptAMarkdownFileEvenWithCommentHeaders() throws Exception {
        assertFalse(reader.accepts(input("comments/thread.md", fixture("thread-basic.txt"))));
    }

    @Test
    void dateLineBelowABlankLineIsNotACommentHeader() throws Exception {
        String raw = "Some Title\n\n11/9/2011 | 4:08:10 PM\nBody text.\n";
        assertFalse(reader.accepts(input("x.txt", raw)));
    }

    @Test
    void dateLineWithoutAYearKeepsTheMonthDayAndNeverGuessesTheYear() throws Exception {
        String raw = "Thread Title\nNewest First  |  Oldest First\nmarta_k\n10/21 | 9:02:40 AM\n"
                + "Huang answers his own email.\nUser Rank: Lurker\n3/4/2024 | 1:00 PM\nSo does Su.\n";
        InputFile file = input("comments/yearless.txt", raw);
        assertTrue(reader.accepts(file));
        List<SourceDocument> docs = reader.read(file).documents();
        assertEquals(2, docs.size());
        assertEquals("--10-21T09:02:40", docs.get(0).date());
        assertTrue(Dates.isYearless(docs.get(0).date()));
        assertEquals("2024-03-04T13:00:00", docs.get(1).date());
    }
}
