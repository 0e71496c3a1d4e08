package app.admired.index;

import static app.admired.index.IndexFields.*;

import app.admired.nlp.Aliases;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
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
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | java.io.EOFException e) {
            throw new IndexUnavailableException("the index at " + dir + " is corrupt ("
                    + e.getClass().getSimpleName() + "); 'admired run --rebuild' recreates it");
        } catch (IOException | RuntimeException e) {
            throw new IndexUnavailableException("cannot read the index at " + dir + ": " + e.getMessage()
                    + " ('admired run --rebuild' recreates it)");
        }
    }

    /** The aliases the index was written with. */
    public Aliases aliases() {
        return Aliases.parse(userData(ALIASES_KEY));
    }

    /** The corpus folder the index was built from (absolute), or empty. */
    public String corpus() {
        return userData(CORPUS_KEY);
    }

    /** The trend period key the run asked for ({@code month}, {@code quarter}, {@code year}), or empty. */
    public String period() {
        return userData(PERIOD_KEY);
    }

    /** The day of the run that wrote the index (ISO date), or empty. */
    public String referenceDay() {
        return userData(REFERENCE_DAY_KEY);
    }

    /** The annotation settings fingerprint the index was written with. */
    public String settings() {
        return userData(SETTINGS_KEY);
    }

    private String userData(String key) {
        try {
            return reader.getIndexCommit().getUserData().getOrDefault(key, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Path to content hash of every file the index holds, used or skipped. */
    public Map<String, String> fileHashes() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        forEach(TYPE_DOCUMENT, doc -> hashes.put(doc.get(PATH), doc.get(CONTENT_HASH)));
        forEach(TYPE_SKIP, doc -> hashes.putIfAbsent(doc.get(PATH), doc.get(CONTENT_HASH)));
        return hashes;
    }

    /** Every document record, sorted by path and position. */
    public List<DocumentRecord> documents() throws IOException {
        List<DocumentRecord> documents = new ArrayList<>();
        forEach(
                TYPE_DOCUMENT,
                doc -> documents.add(new DocumentRecord(
                        doc.get(DOC_ID),
                        doc.get(KIND),
                        doc.get(PATH),
                        intOf(doc, POSITION),
                        doc.get(TITLE),
                        doc.get(AUTHOR),
                        doc.get(DATE),
                        doc.get(PARENT_ID),
                        doc.get(PARENT_TITLE),
                        doc.get(FORMAT),
                        doc.get(CONTENT_HASH))));
        documents.sort(Comparator.comparing(DocumentRecord::path).thenComparingInt(DocumentRecord::position));
        return documents;
    }

    /** Every skip record, sorted by path and order of discovery. */
    public List<SkipRecord> skips() throws IOException {
        List<SkipRecord> skips = new ArrayList<>();
        forEach(
                TYPE_SKIP,
                doc -> skips.add(new SkipRecord(
                        doc.get(PATH),
                        intOf(doc, SKIP_ORDINAL),
                        doc.get(SKIP_SOURCE),
                        doc.get(SKIP_REASON),
                        doc.get(SKIP_DETAIL))));
        skips.sort(Comparator.comparing(SkipRecord::path).thenComparingInt(SkipRecord::ordinal));
        return skips;
    }

    /** How many mention records carry each person name (names as stored, before corpus linking). */
    public Map<String, Integer> personNameCounts() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        forEach(TYPE_MENTION, doc -> counts.merge(doc.get(PERSON), 1, Integer::sum));
        return counts;
    }

    /** The Lucene reader, for {@link CorpusSearcher}. */
    DirectoryReader directoryReader() {
        return reader;
    }

    /** Every mention record, in index order. */
    public void forEachMention(Consumer<MentionRecord> sink) throws IOException {
        forEach(TYPE_MENTION, doc -> sink.accept(toMention(doc)));
    }

    /** Visits the live records of one type, reading stored fields only for those. */
    private void forEach(String type, Consumer<Document> sink) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader leafReader = leaf.reader();
            PostingsEnum postings = leafReader.postings(new Term(RECORD_TYPE, type), PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            Bits live = leafReader.getLiveDocs();
            StoredFields stored = leafReader.storedFields();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    sink.accept(stored.document(doc));
                }
            }
        }
    }

    static MentionRecord toMention(Document doc) {
        return new MentionRecord(
                doc.get(DOC_ID),
                doc.get(PATH),
                intOf(doc, POSITION),
                doc.get(KIND),
                doc.get(AUTHOR),
                doc.get(DATE),
                doc.get(PERSON),
                doc.get(SURFACE),
                intOf(doc, BEGIN),
                intOf(doc, END),
                intOf(doc, SENTENCE_INDEX),
                doc.get(SENTENCE),
                doc.get(POLARITY),
                doubleOf(doc, SCORE),
                doubleOf(doc, CLASSIFIER_SCORE),
                intOf(doc, SENTENCE_CLASS),
                doc.get(CUE_LABEL),
                doc.get(CUE_TEXT),
                doc.get(HOLDER),
                doc.get(HOLDER_KIND),
                doc.get(HOLDER_ROLE),
                doc.get(HOLDER_ORGANIZATION),
                doc.get(ROLE),
                doc.get(ORGANIZATION));
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
