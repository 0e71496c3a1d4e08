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
        return new DocumentReaders(List.of(
                new CommentThreadReader(),   // before plain text: a thread is a .txt with comment headers
                TextArticleReader.plainText(),
                TextArticleReader.markdown()));
    }

    Optional<DocumentReader> readerFor(InputFile file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }
}
