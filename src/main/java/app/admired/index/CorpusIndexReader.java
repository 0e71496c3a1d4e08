package app.admired.index;

import static app.admired.index.IndexFields.*;

import app.admired.nlp.Aliases;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Reads the records of a committed index, in index order (which is corpus order). */
public final class CorpusIndexReader implements Closeable {

    private final DirectoryReader reader;

    private CorpusIndexReader(DirectoryReader reader) {
        this.reader = reader;
    }

    /**
     * Opens the last commit at {@code dir}.
     *
     * @throws IndexUnavailableException when there is no index, or one of another schema version
     */
    public static CorpusIndexReader open(Path dir) throws IndexUnavailableException {
        if (!Files.isDirectory(dir)) {
            throw new IndexUnavailableException("no index at " + dir + " (run 'admired run' first)");
        }
        try {
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            String version = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
            if (!SCHEMA_VERSION.equals(version)) {
                reader.close();
                throw new IndexUnavailableException("the index at " + dir + " was written by an incompatible version"
                        + " (schema " + version + ", expected " + SCHEMA_VERSION + "); run 'admired run --rebuild'");
            }
            return new CorpusIndexReader(reader);
        } catch (IndexNotFoundException e) {
            throw new IndexUnavailableException("no index at " + dir + " (run 'admired run' first)");
        } catch (IOException | RuntimeException e) {
            throw new IndexUnavailableException("cannot read the index at " + dir + ": " + e.getMessage());
        }
    }

    /** The aliases the index was written with. */
    public Aliases aliases() {
        try {
            return Aliases.parse(reader.getIndexCommit().getUserData().getOrDefault(ALIASES_KEY, ""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every mention record, in index order. */
    public void forEachMention(Consumer<MentionRecord> sink) throws IOException {
        forEach(TYPE_MENTION, doc -> sink.accept(toMention(doc)));
    }

    /** The number of document records. */
    public int documentCount() throws IOException {
        int[] count = {0};
        forEach(TYPE_DOCUMENT, doc -> count[0]++);
        return count[0];
    }

    private void forEach(String type, Consumer<Document> sink) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader leafReader = leaf.reader();
            Bits live = leafReader.getLiveDocs();
            StoredFields stored = leafReader.storedFields();
            for (int i = 0; i < leafReader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document doc = stored.document(i);
                if (type.equals(doc.get(RECORD_TYPE))) {
                    sink.accept(doc);
                }
            }
        }
    }

    private static MentionRecord toMention(Document doc) {
        return new MentionRecord(
                doc.get(DOC_ID), doc.get(PATH), intOf(doc, POSITION), doc.get(KIND), doc.get(AUTHOR), doc.get(DATE),
                doc.get(PERSON), doc.get(SURFACE), intOf(doc, BEGIN), intOf(doc, END), intOf(doc, SENTENCE_INDEX),
                doc.get(SENTENCE), doc.get(POLARITY), doubleOf(doc, SCORE), doubleOf(doc, CLASSIFIER_SCORE),
                intOf(doc, SENTENCE_CLASS), doc.get(CUE_LABEL), doc.get(CUE_TEXT));
    }

    private static double doubleOf(Document doc, String field) {
        return doc.getField(field).numericValue().doubleValue();
    }

    private static int intOf(Document doc, String field) {
        return doc.getField(field).numericValue().intValue();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
