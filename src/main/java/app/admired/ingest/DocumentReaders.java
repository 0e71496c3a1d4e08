package app.admired.ingest;

import java.util.List;
import java.util.Optional;

/** The registered formats, in the order they are tried. A new format is one more entry here. */
public final class DocumentReaders {

    private final List<DocumentReader> readers;

    private DocumentReaders(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public static DocumentReaders standard() {
        return standard(ColumnMapping.NONE);
    }

    /** The standard readers, with {@code columns} naming the fields of CSV and JSON Lines exports. */
    public static DocumentReaders standard(ColumnMapping columns) {
        return new DocumentReaders(List.of(
                new CommentThreadReader(), // before plain text: a thread is a .txt with comment headers
                TextArticleReader.plainText(),
                TextArticleReader.markdown(),
                new HtmlReader(),
                new CsvCommentReader(columns),
                new JsonlReader(columns),
                new WxrReader()));
    }

    Optional<DocumentReader> readerFor(InputFile file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }
}
