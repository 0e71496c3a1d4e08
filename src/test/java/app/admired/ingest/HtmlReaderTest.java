package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final String TITLE = "The Quiet Builder: Why Architects Admire Frances Allen";
    private static final String PATH = "web/allen.html";

    private final HtmlReader reader = new HtmlReader();

    static InputFile input(String path, byte[] bytes) throws UnreadableInputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        return InputFile.of(path, decoded);
    }

    static InputFile input(String path, String raw) throws UnreadableInputException {
        return input(path, raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheArticleAndEachCommentWithoutPageChrome() throws Exception {
        InputFile file = input(PATH, CommentThreadReaderTest.fixture("page-article.html"));
        assertTrue(reader.accepts(file));

        DocumentReader.ReadResult result = reader.read(file);

        SourceDocument article = new SourceDocument(
                PATH + "#0",
                DocumentKind.ARTICLE,
                PATH,
                0,
                TITLE,
                "Marta Okonjo",
                "2024-04-02T08:15:00",
                "",
                "",
                TITLE + "\n\n"
                        + "Frances Allen spent decades making compilers smarter, and she did it without a spotlight.\n\n"
                        + "Platform architects still cite her work on program optimisation\n"
                        + "when they argue for patient engineering.\n\n"
                        + "She mentored a generation of researchers\n\n"
                        + "She never stopped asking why code was slow\n\n"
                        + "Her example is the reason Tomas Reyes, a CTO in Leeds, \u201Creviews the boring parts first.\u201D");
        List<SourceDocument> expected = List.of(
                article,
                comment(
                        1,
                        "Ivo Petrov",
                        "2024-04-02T10:00:00",
                        "Allen deserves far more credit than she got.\n\nGreat profile."),
                comment(2, "Ruth Adeyemi", "2024-04-03", "Agreed. Her optimisation papers still hold up."),
                comment(4, "Lena Fischer", "2024-04-05T18:30:00", "Nice piece, but name a living role model too."));
        assertEquals(expected, result.documents());
        assertEquals(
                List.of(new SkippedFile(PATH + "#3", "empty-comment", "comment 3 has no text")),
                result.skippedRecords());
    }

    private static SourceDocument comment(int position, String author, String date, String text) {
        return new SourceDocument(
                PATH + "#" + position,
                DocumentKind.COMMENT,
                PATH,
                position,
                TITLE,
                author,
                date,
                PATH + "#0",
                TITLE,
                text);
    }

    @Test
    void chromeNeverReachesTheText() throws Exception {
        DocumentReader.ReadResult result =
                reader.read(input(PATH, CommentThreadReaderTest.fixture("page-article.html")));
        for (SourceDocument document : result.documents()) {
            for (String chrome : List.of(
                    "Ledger Weekly",
                    "Careers",
                    "Share on",
                    "Subscribe",
                    "CIO brief",
                    "Lisa Su",
                    "rights reserved",
                    "Reply",
                    "comments",
                    "Patience",
                    "By Marta",
                    "Home")) {
                assertFalse(document.text().contains(chrome), document.id() + " contains " + chrome);
            }
        }
    }

    @Test
    void titleAuthorAndDateFallBackToTheMarkup() throws Exception {
        String page = "<html><head><title>Plain Page | Some Site</title><meta name=date content=\"2023-11-30\"></head>"
                + "<body><div class=story><p>By Omar Haddad</p><p>Grace Hopper made COBOL readable.</p>"
                + "<p>Teams still quote her.</p></div></body></html>";
        SourceDocument doc = reader.read(input("p.htm", page)).documents().get(0);
        assertEquals("Plain Page", doc.title());
        assertEquals("Omar Haddad", doc.author());
        assertEquals("2023-11-30", doc.date());
        assertEquals("Plain Page\n\nGrace Hopper made COBOL readable.\n\nTeams still quote her.", doc.text());
    }

    @Test
    void blockElementsNeverMergeSentences() throws Exception {
        String page = "<html><body><article><h1>Heads</h1><h2>Nadella</h2><p>He listened first</p>"
                + "<div>Then he changed the culture</div><table><tr><td>cell one</td><td>cell two</td></tr></table>"
                + "</article></body></html>";
        assertEquals(
                "Heads\n\nNadella\n\nHe listened first\n\nThen he changed the culture\n\ncell one\n\ncell two",
                reader.read(input("b.html", page)).documents().get(0).text());
    }

    @Test
    void pageWithOnlyChromeIsNoText() throws Exception {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> reader.read(input("gone.html", CommentThreadReaderTest.fixture("page-no-text.html"))));
        assertEquals("no-text", e.reason());
    }

    @Test
    void commentsWithoutArticleHaveNoParentId() throws Exception {
        String page = "<html><head><title>Thread</title></head><body><nav>Menu</nav>"
                + "<div class=comment><span class=author>Bea Lin</span><p>Jensen Huang keeps the org flat.</p></div>"
                + "</body></html>";
        DocumentReader.ReadResult result = reader.read(input("t.html", page));
        assertEquals(
                List.of(new SourceDocument(
                        "t.html#1",
                        DocumentKind.COMMENT,
                        "t.html",
                        1,
                        "Thread",
                        "Bea Lin",
                        "",
                        "",
                        "Thread",
                        "Jensen Huang keeps the org flat.")),
                result.documents());
    }

    @Test
    void acceptsOnlyHtmlExtensions() throws Exception {
        assertTrue(reader.accepts(input("a.HTM", "<p>x</p>")));
        assertFalse(reader.accepts(input("a.xml", "<p>x</p>")));
    }
}
