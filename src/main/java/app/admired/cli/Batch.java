package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.index.CorpusIndexWriter;
import app.admired.index.IndexFields;
import app.admired.index.IndexUnavailableException;
import app.admired.ingest.ColumnMapping;
import app.admired.ingest.CorpusReader;
import app.admired.ingest.DocumentReaders;
import app.admired.ingest.FileOutcome;
import app.admired.ingest.SkippedFile;
import app.admired.ingest.SourceDocument;
import app.admired.nlp.Aliases;
import app.admired.nlp.NlpPipeline;
import app.admired.nlp.PersonAnnotator;
import app.admired.nlp.PersonMention;
import app.admired.report.PersonSummary;
import app.admired.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One batch run, stage after stage: ingest each file, annotate its documents, add them to the
 * index, commit, then derive the reports from the committed index.
 *
 * <p>Runs are incremental: a file whose content hash is already in the index is not read again, a
 * changed file's records are replaced, a vanished file's removed. The index is rebuilt instead when
 * asked ({@code --rebuild}), when there is none, or when it was annotated under other settings.
 * Files are handled one at a time, so memory does not grow with the corpus; a file that cannot be
 * read or annotated is reported and skipped, and its skips are kept in the index with its hash.
 */
final class Batch {

    static final String INDEX_DIR = "index";
    private static final int TOP_ROWS_PRINTED = 10;

    /**
     * What a run may be told beyond its folders.
     *
     * @param columns CSV/JSONL column names ({@code --csv-columns})
     * @param aliases the user's aliases ({@code --aliases}), stored with the index
     * @param coref   add pronoun mentions through coreference ({@code --coref})
     * @param rebuild ignore the existing index and annotate everything ({@code --rebuild})
     * @param verbose print a line per file
     */
    record Options(ColumnMapping columns, Aliases aliases, boolean coref, boolean rebuild, boolean verbose) {
        static Options defaults() {
            return new Options(ColumnMapping.NONE, Aliases.NONE, false, false, false);
        }

        /** Everything that decides the index content; a change means a rebuild. */
        String settings() {
            return PersonAnnotator.settingsFingerprint(coref) + ";columns=" + columns.columns()
                    + ";schema=" + IndexFields.SCHEMA_VERSION;
        }
    }

    /**
     * What the run did, for the exit status, the summary and the tests.
     *
     * @param annotated documents annotated by this run
     * @param unchanged files left as they were in the index
     * @param removed   files gone from the corpus and removed from the index
     * @param documents documents in the index after the run
     */
    record Result(int annotated, int unchanged, int removed, int documents, int mentions, int skipped,
                  List<PersonSummary> ranking) {
    }

    private final PrintWriter out;
    private final PrintWriter err;

    Batch(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    Result run(Path corpus, Path outDir, Options options) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        Path indexDir = outDir.resolve(INDEX_DIR);
        String settings = options.settings();
        Map<String, String> indexed = reusableIndex(indexDir, settings, options.rebuild());
        boolean rebuild = indexed == null;
        err.printf("admired: reading %s, writing %s (%s)%n", corpus, outDir,
                rebuild ? "full run" : "incremental: " + indexed.size() + " files indexed");
        err.flush();

        // Models load on the first document, so a run with nothing new costs no model time.
        PersonAnnotator annotator = null;
        CorpusReader reader = new CorpusReader(DocumentReaders.standard(options.columns()));
        Map<String, Integer> annotatedByFormat = new TreeMap<>();
        int annotated = 0;
        int unchanged = 0;
        int removed = 0;
        int newSkips = 0;
        List<String> files = CorpusReader.listFiles(corpus);
        try (CorpusIndexWriter index = rebuild ? CorpusIndexWriter.create(indexDir) : CorpusIndexWriter.append(indexDir)) {
            if (!rebuild) {
                Set<String> present = new HashSet<>(files);
                for (String path : indexed.keySet()) {
                    if (!present.contains(path)) {
                        index.deleteFile(path);
                        removed++;
                        verbose(options, "removed %s (no longer in the corpus)", path);
                    }
                }
            }
            for (String path : files) {
                if (!rebuild && indexed.containsKey(path)
                        && indexed.get(path).equals(CorpusReader.contentHash(corpus, path))) {
                    unchanged++;
                    continue;
                }
                if (!rebuild && indexed.containsKey(path)) {
                    index.deleteFile(path);
                }
                FileOutcome file = reader.readFile(corpus, path);
                if ("windows-1252".equals(file.encoding())) {
                    err.printf("admired: warning: %s is not UTF-8; read it as Windows-1252%n", path);
                }
                List<SkippedFile> skips = new ArrayList<>(file.skipped());
                int documentsInFile = 0;
                for (SourceDocument document : file.documents()) {
                    if (annotator == null) {
                        annotator = PersonAnnotator.standard(options.coref());
                    }
                    List<PersonMention> found;
                    try {
                        found = annotator.annotate(document);
                    } catch (RuntimeException e) {
                        // One document CoreNLP cannot handle must not cost the others.
                        skips.add(new SkippedFile(document.id(), "annotation-error",
                                e.getClass().getSimpleName() + ": " + Main.oneLine(e.getMessage())));
                        continue;
                    }
                    index.add(document, file.contentHash(), file.format(), found);
                    documentsInFile++;
                }
                skips.forEach(this::report);
                index.addSkips(path, file.contentHash(), skips);
                newSkips += skips.size();
                annotated += documentsInFile;
                if (documentsInFile > 0) {
                    annotatedByFormat.merge(file.format(), documentsInFile, Integer::sum);
                }
                verbose(options, "indexed %s: %d documents, %d skipped", path, documentsInFile, skips.size());
            }
            index.commit(options.aliases(), settings);
        }

        try (CorpusIndexReader index = CorpusIndexReader.open(indexDir)) {
            ReportWriter.Written written = ReportWriter.write(index, outDir);
            long loadMillis = annotator == null ? 0 : NlpPipeline.shared().loadMillis();
            err.printf("admired: annotated %d documents %s; %d files unchanged, %d removed; %d new skips%n",
                    annotated, annotatedByFormat, unchanged, removed, newSkips);
            err.printf("admired: index holds %d documents, %d mentions of %d people, %d skips %s%n",
                    written.documents(), written.mentions(), written.ranking().size(), written.skips(),
                    written.skipsByReason());
            err.printf(Locale.ROOT, "admired: models loaded in %.1f s, run took %.1f s; wrote %s%n",
                    loadMillis / 1000.0, (System.nanoTime() - start) / 1e9, outDir.resolve(ReportWriter.MOST_ADMIRED_CSV));
            err.flush();
            printTop(written.ranking());
            return new Result(annotated, unchanged, removed, written.documents(), written.mentions(), written.skips(),
                    written.ranking());
        } catch (IndexUnavailableException e) {
            throw new IOException("the index just written cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The path-to-hash map of an index this run may update, or {@code null} when the run must
     * rebuild (asked to, no index, unreadable, other schema, other settings).
     */
    private Map<String, String> reusableIndex(Path indexDir, String settings, boolean rebuild) {
        if (rebuild || !Files.isDirectory(indexDir)) {
            return null;
        }
        try (CorpusIndexReader existing = CorpusIndexReader.open(indexDir)) {
            if (!settings.equals(existing.settings())) {
                err.println("admired: the index was built with other settings or models; rebuilding it");
                return null;
            }
            return existing.fileHashes();
        } catch (IndexUnavailableException e) {
            err.println("admired: " + e.getMessage() + "; rebuilding it");
            return null;
        } catch (IOException e) {
            err.println("admired: cannot read the existing index (" + e.getMessage() + "); rebuilding it");
            return null;
        }
    }

    private void report(SkippedFile skip) {
        err.printf("admired: skipped %s: %s (%s)%n", skip.path(), skip.detail(), skip.reason());
        err.flush();
    }

    private void verbose(Options options, String format, Object... args) {
        if (options.verbose()) {
            err.printf("admired: " + format + "%n", args);
            err.flush();
        }
    }

    private void printTop(List<PersonSummary> ranking) {
        int shown = Math.min(TOP_ROWS_PRINTED, ranking.size());
        for (int i = 0; i < shown; i++) {
            PersonSummary row = ranking.get(i);
            out.printf(Locale.ROOT, "%2d  %-24s score %6.3f  admirers %2d  mentions %3d  +%d =%d -%d%n", i + 1,
                    row.person(), row.score(), row.admirers(), row.mentions(), row.positive(), row.neutral(),
                    row.negative());
        }
        out.flush();
    }
}
