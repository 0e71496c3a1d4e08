package app.admired.ingest;

import static app.admired.ingest.HtmlReaderTest.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrReaderTest {

    private static final String PATH = "exports/blog.xml";
    private static final String JOHNSON = "What Katherine Johnson Teaches Release Managers";

    private final WxrReader reader = new WxrReader();

    @Test
    void readsPublishedPostsAndApprovedComments() throws Exception {
        InputFile file = input(PATH, CommentThreadReaderTest.fixture("export-wxr.xml"));
        assertTrue(reader.accepts(file));

        DocumentReader.ReadResult result = reader.read(file);

        assertEquals(
                List.of(
                        new SourceDocument(
                                PATH + "#0",
                                DocumentKind.ARTICLE,
                                PATH,
                                0,
                                JOHNSON,
                                "Hedda Lund",
                                "2024-05-06T09:00:00",
                                "",
                                "",
                                JOHNSON + "\n\nKatherine Johnson checked the numbers herself.\n\n"
                                        + "Release managers who admire her double-check the plan & the rollback."),
                        new SourceDocument(
                                PATH + "#1",
                                DocumentKind.COMMENT,
                                PATH,
                                1,
                                JOHNSON,
                                "Femi Cole",
                                "2024-05-06T11:20:00",
                                PATH + "#0",
                                JOHNSON,
                                "Johnson is the model for every on-call engineer.\n\nVerify, then trust."),
                        new SourceDocument(
                                PATH + "#2",
                                DocumentKind.COMMENT,
                                PATH,
                                2,
                                JOHNSON,
                                "Gita Rao",
                                "2024-05-08T07:05:00",
                                PATH + "#0",
                                JOHNSON,
                                "Hidden Figures sent me here. Great read."),
                        new SourceDocument(
                                PATH + "#3",
                                DocumentKind.ARTICLE,
                                PATH,
                                3,
                                "About This Blog",
                                "Hedda Lund",
                                "2024-05-07T10:30:00",
                                "",
                                "",
                                "About This Blog\n\nNotes on the people who run server rooms well.\n\n"
                                        + "Written by a sysadmin for sysadmins.")),
                result.documents());
        assertEquals(List.of(), result.skippedRecords());
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7731", StandardCharsets.UTF_8);
        String payload = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><item><title>T</title><content:encoded>Body &xxe;</content:encoded>"
                + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                + "<wp:comment><wp:comment_content>Leak &xxe;</wp:comment_content>"
                + "<wp:comment_approved>1</wp:comment_approved></wp:comment></item></channel></rss>\n";
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("evil.xml"), payload, StandardCharsets.UTF_8);

        FileOutcome outcome = new CorpusReader(DocumentReaders.standard()).readFile(corpus, "evil.xml");

        for (SourceDocument document : outcome.documents()) {
            assertFalse(document.text().contains("TOP-SECRET"), document.id());
        }
        assertEquals(List.of(), outcome.documents());
        assertEquals(
                List.of("xml-doctype"),
                outcome.skipped().stream().map(SkippedFile::reason).toList());
        for (SkippedFile skip : outcome.skipped()) {
            assertFalse(skip.detail().contains("TOP-SECRET"), skip.detail());
        }
    }

    @Test
    void xmlThatIsNotWxrIsUnsupported() throws Exception {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> reader.read(input(
                        "feed.xml",
                        "<?xml version=\"1.0\"?><rss><channel><item><title>x</title></item></channel></rss>")));
        assertEquals("unsupported-format", e.reason());
        e = assertThrows(
                UnreadableInputException.class,
                () -> reader.read(input("pom.xml", "<project><name>x</name></project>")));
        assertEquals("unsupported-format", e.reason());
    }

    @Test
    void malformedXmlIsReported() throws Exception {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> reader.read(
                        input(
                                "bad.xml",
                                "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>x</item></channel></rss>")));
        assertEquals("malformed-xml", e.reason());
    }

    @Test
    void exportWithNothingPublishedIsNoText() throws Exception {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> reader.read(
                        input(
                                "d.xml",
                                "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>x</title>"
                                        + "<wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>")));
        assertEquals("no-text", e.reason());
    }
}
