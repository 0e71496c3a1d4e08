package app.admired.index;

import static app.admired.index.IndexFields.*;

import app.admired.ingest.Dates;
import app.admired.ingest.FileOutcome;
import app.admired.ingest.SkippedFile;
import app.admired.ingest.SourceDocument;
import app.admired.nlp.Aliases;
import app.admired.nlp.PersonMention;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Writes document, mention and skip records. Either a rebuild ({@link #create}) or an update of the
 * existing index ({@link #append}); in both cases the previous commit stays the readable index until
 * {@link #commit} succeeds, so a run killed half-way leaves the last good index.
 */
public final class CorpusIndexWriter implements Closeable {

    private final IndexWriter writer;

    private CorpusIndexWriter(IndexWriter writer) {
        this.writer = writer;
    }

    /** Opens a writer that replaces whatever index is at {@code dir} when it commits. */
    public static CorpusIndexWriter create(Path dir) throws IOException {
        try {
            return open(dir, IndexWriterConfig.OpenMode.CREATE);
        } catch (CorruptIndexException
                | IndexFormatTooOldException
                | IndexFormatTooNewException
                | java.io.EOFException e) {
            // Even CREATE reads the old commit; a corrupt one is cleared, under the write lock, and replaced.
            clearUnderLock(dir);
            return open(dir, IndexWriterConfig.OpenMode.CREATE);
        }
    }

    private static void clearUnderLock(Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
        } catch (LockObtainFailedException e) {
            throw new IndexBusyException("the index at " + dir + " is locked by another writer", e);
        }
    }

    /** Opens a writer that updates the index at {@code dir} file by file. */
    public static CorpusIndexWriter append(Path dir) throws IOException {
        return open(dir, IndexWriterConfig.OpenMode.APPEND);
    }

    private static CorpusIndexWriter open(Path dir, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.analyzer());
        config.setOpenMode(mode);
        // No commit on close: only an explicit commit() may replace the last good index.
        config.setCommitOnClose(false);
        FSDirectory directory = FSDirectory.open(dir);
        try {
            // The default native lock fails at once when another process holds it: no waiting.
            return new CorpusIndexWriter(new IndexWriter(directory, config));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexBusyException("the index at " + dir + " is locked by another writer", e);
        }
    }

    /** Removes every record (document, mention, skip) of a corpus file. */
    public void deleteFile(String path) throws IOException {
        writer.deleteDocuments(new Term(PATH, path));
    }

    /** Records what could not be used in a file, with the file's hash so an unchanged file is not re-read. */
    public void addSkips(String path, String contentHash, List<SkippedFile> skips) throws IOException {
        int ordinal = 0;
        for (SkippedFile skip : skips) {
            Document doc = new Document();
            doc.add(new StringField(RECORD_TYPE, TYPE_SKIP, Field.Store.YES));
            doc.add(new KeywordField(PATH, path, Field.Store.YES));
            doc.add(new KeywordField(CONTENT_HASH, contentHash, Field.Store.YES));
            doc.add(new IntField(SKIP_ORDINAL, ordinal++, Field.Store.YES));
            doc.add(new StoredField(SKIP_SOURCE, skip.path()));
            doc.add(new KeywordField(SKIP_REASON, skip.reason(), Field.Store.YES));
            doc.add(new StoredField(SKIP_DETAIL, skip.detail()));
            writer.addDocument(doc);
        }
    }

    /** Adds one document record and one record per mention in it. */
    public void add(SourceDocument document, String contentHash, String format, List<PersonMention> mentions)
            throws IOException {
        writer.addDocument(documentRecord(document, contentHash, format));
        for (PersonMention mention : mentions) {
            writer.addDocument(mentionRecord(document, mention));
        }
    }

    /** Adds a file's records: each document with its mentions, then the file's skips. */
    public void add(FileRecords records) throws IOException {
        FileOutcome file = records.file();
        for (int i = 0; i < records.documents().size(); i++) {
            add(
                    records.documents().get(i),
                    file.contentHash(),
                    file.format(),
                    records.mentions().get(i));
        }
        addSkips(file.path(), file.contentHash(), records.skips());
    }

    /**
     * Adds every record of the committed indexes at {@code shards}, in that order, after what this
     * writer holds (deletions made so far do not touch them). Nothing is visible before {@link
     * #commit}, which makes the whole merge one atomic change.
     */
    public void addIndexes(List<Path> shards) throws IOException {
        List<Directory> directories = new ArrayList<>();
        try {
            for (Path shard : shards) {
                directories.add(FSDirectory.open(shard));
            }
            writer.addIndexes(directories.toArray(Directory[]::new));
        } finally {
            IOUtils.close(directories);
        }
    }

    /**
     * Makes everything added and deleted so far durable and visible, atomically, with the aliases
     * and annotation settings in force.
     */
    public void commit(Aliases aliases, String settings, Path corpus) throws IOException {
        commit(aliases, settings, corpus, "", "");
    }

    /**
     * Commits, storing with the index what the reports need to be rebuilt alike later.
     *
     * @param period       the trend period key ({@code quarter}, …), or empty for the default
     * @param referenceDay the run's day (ISO date), later dates being in the future, or empty
     */
    public void commit(Aliases aliases, String settings, Path corpus, String period, String referenceDay)
            throws IOException {
        writer.setLiveCommitData(new TreeMap<>(Map.of(
                        SCHEMA_KEY,
                        SCHEMA_VERSION,
                        ALIASES_KEY,
                        aliases.toCsv(),
                        SETTINGS_KEY,
                        settings,
                        CORPUS_KEY,
                        corpus.toAbsolutePath().normalize().toString(),
                        PERIOD_KEY,
                        period,
                        REFERENCE_DAY_KEY,
                        referenceDay))
                .entrySet());
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static Document documentRecord(SourceDocument d, String contentHash, String format) {
        Document doc = new Document();
        doc.add(new StringField(RECORD_TYPE, TYPE_DOCUMENT, Field.Store.YES));
        addShared(doc, d);
        // The parent link is an exact key: "all comments of this article" is a term query.
        doc.add(new KeywordField(PARENT_ID, d.parentId(), Field.Store.YES));
        doc.add(new StoredField(PARENT_TITLE, d.parentTitle()));
        // Full text, English-analysed for search; stored so search can show and highlight it.
        doc.add(new TextField(TEXT, d.text(), Field.Store.YES));
        // Keyword fields: matched exactly, never analysed (a hash is not words).
        doc.add(new KeywordField(CONTENT_HASH, contentHash, Field.Store.YES));
        doc.add(new KeywordField(FORMAT, format, Field.Store.YES));
        return doc;
    }

    private static Document mentionRecord(SourceDocument d, PersonMention m) {
        Document doc = new Document();
        doc.add(new StringField(RECORD_TYPE, TYPE_MENTION, Field.Store.YES));
        addShared(doc, d);
        doc.add(new KeywordField(MENTION_ID, d.id() + "@" + m.begin(), Field.Store.YES));
        // The canonical name is an exact key (filters, grouping), not text to stem.
        doc.add(new KeywordField(PERSON, m.person(), Field.Store.YES));
        doc.add(new StoredField(SURFACE, m.surface()));
        doc.add(new TextField(SENTENCE, m.sentence(), Field.Store.YES));
        doc.add(new IntField(SENTENCE_INDEX, m.sentenceIndex(), Field.Store.YES));
        doc.add(new IntField(BEGIN, m.begin(), Field.Store.YES));
        doc.add(new IntField(END, m.end(), Field.Store.YES));
        // Keyword: an exact filter (--sentiment positive). Points and doc values: ranges, sorting.
        doc.add(new KeywordField(POLARITY, m.polarity(), Field.Store.YES));
        doc.add(new DoubleField(SCORE, m.score(), Field.Store.YES));
        doc.add(new DoubleField(CLASSIFIER_SCORE, m.classifierScore(), Field.Store.YES));
        doc.add(new IntField(SENTENCE_CLASS, m.sentenceClass(), Field.Store.YES));
        doc.add(new KeywordField(CUE, cueKind(m.cue()), Field.Store.YES));
        doc.add(new StoredField(CUE_LABEL, m.cue()));
        doc.add(new StoredField(CUE_TEXT, m.cueText()));
        // Holder fields are exact keys: --holder-kind and --holder filters, grouping by holder.
        String holder = m.holder() == null ? "" : m.holder();
        doc.add(new KeywordField(HOLDER, holder, Field.Store.YES));
        doc.add(new KeywordField(HOLDER_KEY, holder.toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new KeywordField(HOLDER_KIND, m.holderKind(), Field.Store.YES));
        doc.add(new KeywordField(HOLDER_ROLE, m.holderRole(), Field.Store.YES));
        doc.add(new StoredField(HOLDER_ORGANIZATION, m.holderOrganization()));
        doc.add(new StoredField(ROLE, m.role()));
        doc.add(new StoredField(ORGANIZATION, m.organization()));
        return doc;
    }

    /** "criticism (negated admiration)" filters as criticism. */
    private static String cueKind(String cueLabel) {
        int space = cueLabel.indexOf(' ');
        return space < 0 ? cueLabel : cueLabel.substring(0, space);
    }

    private static void addShared(Document doc, SourceDocument d) {
        doc.add(new KeywordField(DOC_ID, d.id(), Field.Store.YES));
        doc.add(new KeywordField(PATH, d.path(), Field.Store.YES));
        doc.add(new IntField(POSITION, d.position(), Field.Store.YES));
        doc.add(new KeywordField(KIND, d.kind().label(), Field.Store.YES));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new KeywordField(AUTHOR, d.author(), Field.Store.YES));
        doc.add(new KeywordField(AUTHOR_KEY, d.author().toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new StoredField(DATE, d.date()));
        if (!d.date().isEmpty() && !Dates.isYearless(d.date())) {
            // A long point and doc value: --since/--until range queries and date sorting.
            doc.add(new LongField(
                    DATE_DAY, LocalDate.parse(d.date().substring(0, 10)).toEpochDay(), Field.Store.NO));
        }
    }
}
