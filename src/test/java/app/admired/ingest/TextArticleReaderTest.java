package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {

    private static InputFile input(String path, String raw) {
        return new InputFile(path, raw, TextRepair.repair(raw), "UTF-8");
    }

    private static SourceDocument readOne(TextArticleReader reader, String path, String raw) throws Exception {
        DocumentReader.ReadResult result = reader.read(input(path, raw));
        assertEquals(List.of(), result.skippedRecords());
        assertEquals(1, result.documents().size());
        SourceDocument doc = result.documents().get(0);
        assertEquals(path + "#0", doc.id());
        assertEquals(DocumentKind.ARTICLE, doc.kind());
        assertEquals(path, doc.path());
        assertEquals(0, doc.position());
        assertEquals("", doc.parentTitle());
        return doc;
    }

    @Test
    void formatsAndExtensions() {
        TextArticleReader text = TextArticleReader.plainText();
        TextArticleReader markdown = TextArticleReader.markdown();
        assertEquals("text", text.format());
        assertEquals("markdown", markdown.format());
        assertTrue(text.accepts(input("a/b.txt", "x")));
        assertTrue(text.accepts(input("a/B.TXT", "x")));
        assertTrue(text.accepts(input("notes.text", "x")));
        assertFalse(text.accepts(input("a.md", "x")));
        assertFalse(text.accepts(input("txt", "x")));
        assertTrue(markdown.accepts(input("a.md", "x")));
        assertTrue(markdown.accepts(input("dir.v2/a.Markdown", "x")));
        assertFalse(markdown.accepts(input("a.txt", "x")));
        assertFalse(markdown.accepts(input("md/readme", "x")));
    }

    @Test
    void plainTextTitleBylineAndDate() throws Exception {
        String raw = "Why Ada Still Matters\r\n"
                + "By Jane Doe\r\n"
                + "Date: 2023-03-14\r\n"
                + "\r\n"
                + "Ada Lovelace wrote the first published algorithm.\r\n"
                + "\r\n"
                + "Engineers admire her vision.\r\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "articles/ada.txt", raw);
        assertEquals("articles/ada.txt#0", doc.id());
        assertEquals("Why Ada Still Matters", doc.title());
        assertEquals("Jane Doe", doc.author());
        assertEquals("2023-03-14", doc.date());
        assertEquals(
                "Why Ada Still Matters\n\n"
                        + "Ada Lovelace wrote the first published algorithm.\n\n"
                        + "Engineers admire her vision.",
                doc.text());
    }

    @Test
    void dateBeforeBylineAndLongDateForm() throws Exception {
        String raw =
                "Hopper at Ninety\nPublished on March 14, 2023\nWritten by Li Wei\n\nGrace Hopper is still quoted.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "h.txt", raw);
        assertEquals("Hopper at Ninety", doc.title());
        assertEquals("Li Wei", doc.author());
        assertEquals("2023-03-14", doc.date());
        assertEquals("Hopper at Ninety\n\nGrace Hopper is still quoted.", doc.text());
    }

    @Test
    void articleWithoutBylineOrDate() throws Exception {
        String raw = "A Quiet Tribute\n\nMany developers admire Grace Hopper.\nShe popularised compilers.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "quiet.txt", raw);
        assertEquals("A Quiet Tribute", doc.title());
        assertEquals("", doc.author());
        assertEquals("", doc.date());
        assertEquals("A Quiet Tribute\n\nMany developers admire Grace Hopper.\nShe popularised compilers.", doc.text());
    }

    @Test
    void bylineDeepInTheBodyIsNotAnAuthor() throws Exception {
        String raw = "Title Here\n\nFirst paragraph one.\n\nSecond paragraph.\n\nBy Someone Else\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "t.txt", raw);
        assertEquals("", doc.author());
        assertEquals("Title Here\n\nFirst paragraph one.\n\nSecond paragraph.\n\nBy Someone Else", doc.text());
    }

    @Test
    void sentenceStartingWithByIsNotAByline() throws Exception {
        String raw = "Quiet Exits\n\nBy then everyone had left the data centre.\n\nGrace Hopper would have laughed.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "by.txt", raw);
        assertEquals("", doc.author());
        assertEquals(
                "Quiet Exits\n\nBy then everyone had left the data centre.\n\nGrace Hopper would have laughed.",
                doc.text());
    }

    @Test
    void markdownArticleIsReducedToPlainProse() throws Exception {
        String raw = "# The Hopper Effect\n"
                + "\n"
                + "**By Jane Doe**\n"
                + "\n"
                + "*Published March 14, 2023*\n"
                + "\n"
                + "Many engineers **admire** [Grace Hopper](https://example.org/hopper) for _plain_ speaking.\n"
                + "\n"
                + "## What she taught\n"
                + "\n"
                + "- Ship working code\n"
                + "- Explain it clearly\n"
                + "\n"
                + "She said it was *easier* to ask forgiveness.\n";
        SourceDocument doc = readOne(TextArticleReader.markdown(), "md/hopper.md", raw);
        assertEquals("md/hopper.md#0", doc.id());
        assertEquals("The Hopper Effect", doc.title());
        assertEquals("Jane Doe", doc.author());
        assertEquals("2023-03-14", doc.date());
        assertEquals(
                "The Hopper Effect\n\n"
                        + "Many engineers admire Grace Hopper for plain speaking.\n\n"
                        + "What she taught\n\n"
                        + "Ship working code\n\n"
                        + "Explain it clearly\n\n"
                        + "She said it was easier to ask forgiveness.",
                doc.text());
    }

    @Test
    void markdownImagesQuotesCodeAndNumberedLists() throws Exception {
        String raw = "# Notes on Torvalds\n\n"
                + "![Linus Torvalds on stage](img/linus.png)\n\n"
                + "1. Use `git` daily\n"
                + "2) Review ***every*** patch\n\n"
                + "```\ncode block line\n```\n\n"
                + "---\n\n"
                + "Maintainers admire him.\n";
        SourceDocument doc = readOne(TextArticleReader.markdown(), "t.md", raw);
        assertEquals("Notes on Torvalds", doc.title());
        assertEquals(
                "Notes on Torvalds\n\n"
                        + "Linus Torvalds on stage\n\n"
                        + "Use git daily\n\n"
                        + "Review every patch\n\n"
                        + "code block line\n\n"
                        + "Maintainers admire him.",
                doc.text());
    }

    @Test
    void markdownQuoteInsideAParagraphLosesItsMarker() throws Exception {
        SourceDocument doc = readOne(TextArticleReader.markdown(), "q.md", "# Quotes\n\nHe wrote:\n> Talk is cheap.\n");
        assertEquals("Quotes\n\nHe wrote:\nTalk is cheap.", doc.text());
    }

    @Test
    void markdownBlockQuoteStaysItsOwnParagraph() throws Exception {
        SourceDocument doc = readOne(
                TextArticleReader.markdown(), "q2.md", "# Quotes\n\nLinus Torvalds on stage\n\n> Talk is cheap.\n");
        assertEquals("Quotes\n\nLinus Torvalds on stage\n\nTalk is cheap.", doc.text());
    }

    @Test
    void repeatedTitleIsNotInBodyAndDoesNotStopBylineDetection() throws Exception {
        String raw = "Why Ada Still Matters\n"
                + "\n"
                + "Why  Ada still matters\n" // scraped copy: other case, other spacing
                + "By Jane Doe\n"
                + "Date: 2023-03-14\n"
                + "\n"
                + "Ada Lovelace wrote the first published algorithm.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "rep.txt", raw);
        assertEquals("Why Ada Still Matters", doc.title());
        assertEquals("Jane Doe", doc.author());
        assertEquals("2023-03-14", doc.date());
        assertEquals("Why Ada Still Matters\n\nAda Lovelace wrote the first published algorithm.", doc.text());
        assertFalse(doc.text().toLowerCase(Locale.ROOT).contains("why  ada"));
    }

    @Test
    void repeatedTitleAfterBylineIsDropped() throws Exception {
        String raw = "Why Ada Still Matters\nBy Jane Doe\nWhy Ada Still Matters\n\nAda wrote notes.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "rep2.txt", raw);
        assertEquals("Jane Doe", doc.author());
        assertEquals("Why Ada Still Matters\n\nAda wrote notes.", doc.text());
    }

    @Test
    void gluedCaptionIsSplitOff() throws Exception {
        String raw = "Ada LovelaceEveryone admires the analytical engine team\n"
                + "\n"
                + "Ada Lovelace wrote the notes that made the engine famous.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "glued.txt", raw);
        assertEquals("Everyone admires the analytical engine team", doc.title());
        assertEquals("", doc.author());
        assertEquals(
                "Ada Lovelace\n\n"
                        + "Everyone admires the analytical engine team\n\n"
                        + "Ada Lovelace wrote the notes that made the engine famous.",
                doc.text());
        assertTrue(doc.text().startsWith("Ada Lovelace\n\n"));
    }

    @Test
    void gluedCaptionWithBylineStillFindsAuthor() throws Exception {
        String raw = "Ada LovelaceEveryone admires the analytical engine team\n"
                + "By Jane Doe\n\n"
                + "Ada Lovelace wrote the notes.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "glued2.txt", raw);
        assertEquals("Everyone admires the analytical engine team", doc.title());
        assertEquals("Jane Doe", doc.author());
        assertEquals(
                "Ada Lovelace\n\nEveryone admires the analytical engine team\n\nAda Lovelace wrote the notes.",
                doc.text());
    }

    @Test
    void singleCapitalisedWordIsNotSplit() throws Exception {
        String raw = "McDonaldsBurgers are on every corner\n\nMcDonalds opened another store downtown.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "mc.txt", raw);
        assertEquals("McDonaldsBurgers are on every corner", doc.title());
        assertEquals("McDonaldsBurgers are on every corner\n\nMcDonalds opened another store downtown.", doc.text());
    }

    @Test
    void nameNotUsedAgainIsNotSplit() throws Exception {
        String raw = "Grace HopperEveryone admires the compiler pioneers\n\nShe changed programming forever.\n";
        SourceDocument doc = readOne(TextArticleReader.plainText(), "gh.txt", raw);
        assertEquals("Grace HopperEveryone admires the compiler pioneers", doc.title());
        assertEquals(
                "Grace HopperEveryone admires the compiler pioneers\n\nShe changed programming forever.", doc.text());
    }

    @Test
    void textThatIsOnlyChromeHasNoText() {
        String raw = "\u8981\u67E5\u770B\u6216\u6DFB\u52A0\u8BC4\u8BBA,\u8BF7\u767B\u5F55\n\u793E\u533A\u6D1E\u5BDF\n";
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> TextArticleReader.plainText().read(input("chrome.txt", raw)));
        assertEquals("no-text", e.reason());
    }

    @Test
    void markdownThatIsOnlyMarkupHasNoText() {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> TextArticleReader.markdown().read(input("rule.md", "---\n\n```\n```\n")));
        assertEquals("no-text", e.reason());
    }

    @Test
    void bodyLessArticleHasNoText() {
        String raw = "Only A Headline\nBy Jane Doe\nDate: 2023-03-14\n";
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> TextArticleReader.plainText().read(input("headline.txt", raw)));
        assertEquals("no-text", e.reason());
    }

    @Test
    void bodyLessMarkdownArticleHasNoText() {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class,
                () -> TextArticleReader.markdown()
                        .read(input("headline.md", "# Only A Headline\n\n**By Jane Doe**\n")));
        assertEquals("no-text", e.reason());
    }
}
