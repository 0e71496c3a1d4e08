package app.admired.ingest;

import static app.admired.ingest.HtmlReaderTest.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCommentReaderTest {

    private static final String PATH = "exports/comments.csv";
    private static final String CHIPS = "Chip Bets That Paid Off";
    private static final String LEGACY = "Keeping Legacy Systems Alive";

    private final CsvCommentReader reader = new CsvCommentReader(ColumnMapping.NONE);

    @Test
    void readsEachRecordAndSkipsTheBadOnes() throws Exception {
        InputFile file = input(PATH, CommentThreadReaderTest.fixture("comments.csv"));
        assertTrue(reader.accepts(file));

        DocumentReader.ReadResult result = reader.read(file);

        assertEquals(
                List.of(
                        comment(
                                1,
                                CHIPS,
                                "Noor Haddad",
                                "2024-02-11",
                                "a17",
                                "Lisa Su made the hard calls early and it shows."),
                        comment(
                                2,
                                CHIPS,
                                "Sam Whitlock",
                                "2024-02-11T09:45:00",
                                "a17",
                                "Fair, but luck helped too.\nThe competition stumbled."),
                        comment(
                                4,
                                LEGACY,
                                "Priya Anand",
                                "2024-03-03",
                                "a18",
                                "The mainframe team deserves a raise, honestly."),
                        comment(
                                6,
                                LEGACY,
                                "Olu Bakare",
                                "",
                                "a18",
                                "Nobody admires a migration until it is finished.")),
                result.documents());
        assertEquals(
                List.of(
                        new SkippedFile(PATH + "#3", "malformed-record", "record 3 has no text"),
                        new SkippedFile(PATH + "#5", "malformed-record", "record 5 has 3 fields; the header has 5")),
                result.skippedRecords());
    }

    private static SourceDocument comment(
            int position, String title, String author, String date, String key, String text) {
        return new SourceDocument(
                PATH + "#" + position, DocumentKind.COMMENT, PATH, position, title, author, date, key, title, text);
    }

    @Test
    void unclosedQuoteKeepsTheRecordsBeforeIt() throws Exception {
        DocumentReader.ReadResult result =
                reader.read(input("u.csv", CommentThreadReaderTest.fixture("comments-unclosed.csv")));
        assertEquals(
                List.of(new SourceDocument(
                        "u.csv#1",
                        DocumentKind.COMMENT,
                        "u.csv",
                        1,
                        "",
                        "Ada Quinn",
                        "",
                        "",
                        "",
                        "First comment is fine.")),
                result.documents());
        assertEquals(
                List.of(new SkippedFile(
                        "u.csv#2",
                        "malformed-record",
                        "unclosed quote at record 2; it and the rest of the file were not read")),
                result.skippedRecords());
    }

    @Test
    void headerWithoutTextColumnSkipsTheFile() throws Exception {
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class, () -> reader.read(input("n.csv", "author,date\nAda,2024-01-01\n")));
        assertEquals("no-text-column", e.reason());
    }

    @Test
    void mappingNamesUnusualColumnsAndArticleRowsBecomeParents() throws Exception {
        String csv = "Type,Key,Headline,Who,When,Words\r\n"
                + "comment,k1,,Ana Ruiz,2024-06-02,Satya Nadella listens before he decides.\r\n"
                + "post,k1,Culture Eats Strategy,Ed Park,2024-06-01,Nadella rebuilt the culture first.\r\n"
                + "note,k1,,X,,An unknown kind.\r\n";
        CsvCommentReader mapped = new CsvCommentReader(
                ColumnMapping.parse("text=Words,author=Who,date=When,article=Key,title=Headline,kind=Type"));
        DocumentReader.ReadResult result = mapped.read(input("m.csv", csv));
        assertEquals(
                List.of(
                        new SourceDocument(
                                "m.csv#1",
                                DocumentKind.COMMENT,
                                "m.csv",
                                1,
                                "Culture Eats Strategy",
                                "Ana Ruiz",
                                "2024-06-02",
                                "m.csv#2",
                                "Culture Eats Strategy",
                                "Satya Nadella listens before he decides."),
                        new SourceDocument(
                                "m.csv#2",
                                DocumentKind.ARTICLE,
                                "m.csv",
                                2,
                                "Culture Eats Strategy",
                                "Ed Park",
                                "2024-06-01",
                                "",
                                "",
                                "Culture Eats Strategy\n\nNadella rebuilt the culture first.")),
                result.documents());
        assertEquals(
                List.of(new SkippedFile(
                        "m.csv#3",
                        "malformed-record",
                        "record 3 has the unknown kind 'note' (expected article, post or comment)")),
                result.skippedRecords());
    }

    @Test
    void mappedTextColumnMissingIsNoTextColumn() throws Exception {
        CsvCommentReader mapped = new CsvCommentReader(ColumnMapping.parse("text=words"));
        UnreadableInputException e = assertThrows(
                UnreadableInputException.class, () -> mapped.read(input("n.csv", "text,author\nhello,Ada\n")));
        assertEquals("no-text-column", e.reason());
        assertEquals("the header has no text column (expected 'words')", e.getMessage());
    }

    @Test
    void acceptsCsvOnly() throws Exception {
        assertTrue(reader.accepts(input("a.CSV", "text\nx\n")));
        assertFalse(reader.accepts(input("a.tsv", "text\nx\n")));
    }
}
