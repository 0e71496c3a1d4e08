package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.index.CorpusIndexWriter;
import app.admired.index.FileRecords;
import app.admired.index.IndexFields;
import app.admired.index.IndexUnavailableException;
import app.admired.ingest.ColumnMapping;
import app.admired.ingest.CorpusReader;
import app.admired.ingest.DocumentReaders;
import app.admired.ingest.FileOutcome;
import app.admired.ingest.SkippedFile;
import app.admired.ingest.SourceDocument;
import app.admired.nlp.Aliases;
import app.admired.nlp.CoreNlpSettings;
import app.admired.nlp.NlpPipeline;
import app.admired.nlp.PersonAnnotator;
import app.admired.nlp.PersonMention;
import app.admired.report.Period;
import app.admired.report.PersonSummary;
import app.admired.report.ReportWriter;
import app.admired.report.RunSummary;
import app.admired.spark.FileDone;
import app.admired.spark.SparkEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    // Where Spark tasks write their shards before the merge; removed after it.
    static final String SHARDS_DIR = ".spark-shards";
    private static final int TOP_ROWS_PRINTED = 10;

    /**
     * What a run may be told beyond its folders.
     *
     * @param columns CSV/JSONL column names ({@code --csv-columns})
     * @param aliases the user's aliases ({@code --aliases}), stored with the index
     * @param coref   add pronoun mentions through coreference ({@code --coref})
     * @param rebuild ignore the existing index and annotate everything ({@code --rebuild})
     * @param verbose print a line per file
     * @param threads documents annotated at once, sharing one pipeline ({@code --threads})
     * @param quiet   no progress display and no ranking on stdout ({@code --quiet})
     */
    record Options(
            ColumnMapping columns,
            Aliases aliases,
            boolean coref,
            boolean rebuild,
            boolean verbose,
            int threads,
            boolean quiet,
            Period period) {
        Options(
                ColumnMapping columns,
                Aliases aliases,
                boolean coref,
                boolean rebuild,
                boolean verbose,
                int threads,
                boolean quiet) {
            this(columns, aliases, coref, rebuild, verbose, threads, quiet, Period.DEFAULT);
        }

        /** A bar on a terminal, periodic lines otherwise, nothing when quiet; verbose prints its own lines. */
        Progress.Mode progress() {
            return verbose ? Progress.Mode.NONE : Progress.detect(quiet);
        }

        /** Everything that decides the index content; a change means a rebuild. */
        String settings() {
            return CoreNlpSettings.fingerprint(coref) + ";columns=" + columns.columns() + ";schema="
                    + IndexFields.SCHEMA_VERSION;
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
    record Result(
            int annotated,
            int unchanged,
            int removed,
            int documents,
            int mentions,
            int skipped,
            List<PersonSummary> ranking) {}

    private final PrintWriter out;
    private final PrintWriter err;
    // The Spark engine (--engine spark), or null: annotate here.
    private final SparkEngine spark;
    private Progress progress;
    private boolean committed;

    Batch(PrintWriter out, PrintWriter err) {
        this(out, err, null);
    }

    /** A batch whose annotate-and-index stage runs as a Spark job when {@code spark} is given. */
    Batch(PrintWriter out, PrintWriter err, SparkEngine spark) {
        this.out = out;
        this.err = err;
        this.spark = spark;
    }

    Result run(Path corpus, Path outDir, Options options) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        Path indexDir = outDir.resolve(INDEX_DIR);
        String settings = options.settings();
        Map<String, String> indexed = reusableIndex(indexDir, settings, options.rebuild());
        boolean rebuild = indexed == null;
        err.printf(
                Locale.ROOT,
                "admired: reading %s, writing %s (%s; %s%s%s%s)%n",
                corpus,
                outDir,
                rebuild ? "full run" : "incremental: " + indexed.size() + " files indexed",
                spark == null ? Math.max(1, options.threads()) + " threads" : "spark " + spark.master(),
                options.coref() ? ", coref" : "",
                options.aliases().isEmpty() ? "" : ", aliases",
                options.columns().columns().isEmpty()
                        ? ""
                        : ", csv columns " + options.columns().columns());
        err.flush();

        CorpusReader reader = new CorpusReader(DocumentReaders.standard(options.columns()));
        List<String> files = CorpusReader.listFiles(corpus);
        progress = Progress.create(options.progress(), err, files.size(), System::currentTimeMillis);
        AnnotationQueue annotation = new AnnotationQueue(options);
        int unchanged = 0;
        int removed = 0;
        long ingestNanos = 0;
        long loopStart = System.nanoTime();
        long commitNanos;
        List<String> toDistribute = new ArrayList<>();
        SparkEngine.Work work = null;
        try (CorpusIndexWriter index =
                rebuild ? CorpusIndexWriter.create(indexDir) : CorpusIndexWriter.append(indexDir)) {
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
                if (!rebuild
                        && indexed.containsKey(path)
                        && indexed.get(path).equals(CorpusReader.contentHash(corpus, path))) {
                    unchanged++;
                    progress.fileDone(0, 0);
                    continue;
                }
                if (!rebuild && indexed.containsKey(path)) {
                    index.deleteFile(path);
                }
                if (spark != null) {
                    toDistribute.add(path);
                    continue;
                }
                long ingestStart = System.nanoTime();
                FileOutcome file = reader.readFile(corpus, path);
                ingestNanos += System.nanoTime() - ingestStart;
                if ("windows-1252".equals(file.encoding())) {
                    progress.message(String.format(
                            Locale.ROOT, "admired: warning: %s is not UTF-8; read it as Windows-1252", path));
                }
                annotation.submit(file);
                annotation.drain(index, false);
            }
            annotation.drain(index, true);
            if (spark != null) {
                work = spark.index(
                        corpus,
                        toDistribute,
                        options.coref(),
                        options.columns(),
                        outDir.resolve(SHARDS_DIR),
                        index,
                        annotation::fromCluster);
                ingestNanos = work.ingestMillis() * 1_000_000;
            }
            long commitStart = System.nanoTime();
            index.commit(
                    options.aliases(),
                    settings,
                    corpus,
                    options.period().key(),
                    LocalDate.now(ZoneOffset.UTC).toString());
            committed = true;
            commitNanos = System.nanoTime() - commitStart;
        } finally {
            annotation.shutdown();
        }
        long loopNanos = System.nanoTime() - loopStart - commitNanos;
        progress.finish();
        PersonAnnotator annotator = annotation.annotator;

        long reportStart = System.nanoTime();
        ReportWriter.Written written;
        try (CorpusIndexReader index = CorpusIndexReader.open(indexDir)) {
            written = ReportWriter.write(index, outDir);
        } catch (IndexUnavailableException e) {
            throw new IOException("the index just written cannot be read: " + e.getMessage(), e);
        }
        long reportNanos = System.nanoTime() - reportStart;

        PersonAnnotator.Counts counts = annotator == null ? new PersonAnnotator.Counts(0, 0, 0) : annotator.counts();
        Map<String, Long> stages = new TreeMap<>(Map.of(
                "ingest", ingestNanos / 1_000_000,
                "annotate_and_index", (loopNanos - ingestNanos) / 1_000_000,
                "commit", commitNanos / 1_000_000,
                "report", reportNanos / 1_000_000));
        long loadMillis = annotator == null ? 0 : NlpPipeline.shared().loadMillis();
        String engine = "local";
        int executors = 1;
        if (work != null) {
            // On Spark: the session's start and the merge apart, the job's wall time, reading summed over tasks.
            counts = new PersonAnnotator.Counts(work.sentences(), work.parsedSentences(), work.tokens());
            stages.put("spark_start", work.startMillis());
            stages.put("annotate_and_index", work.jobMillis());
            stages.put("merge", work.mergeMillis());
            loadMillis = work.modelLoadMillis();
            engine = "spark";
            executors = work.executors();
        }
        RunSummary summary = new RunSummary(
                annotation.annotatedByFormat,
                annotation.skipsByReason,
                files.size() - unchanged,
                annotation.annotated,
                counts.sentences(),
                written.mentions(),
                written.ranking().size(),
                loadMillis,
                stages,
                (System.nanoTime() - start) / 1_000_000,
                written.undatedByReason(),
                engine,
                executors);
        summary.writeJson(outDir.resolve(RunSummary.FILE_NAME));
        summary.summaryLines().forEach(err::println);
        err.printf(
                Locale.ROOT,
                "admired: %d files unchanged, %d removed; %d tokens; %d of %d sentences parsed"
                        + " (%.1f %% skipped: no person); %s%n",
                unchanged,
                removed,
                counts.tokens(),
                counts.parsedSentences(),
                counts.sentences(),
                counts.sentences() == 0
                        ? 0.0
                        : 100.0 * (counts.sentences() - counts.parsedSentences()) / counts.sentences(),
                spark == null
                        ? Math.max(1, options.threads()) + " threads"
                        : work == null || work.executors() == 0
                                ? "spark " + spark.master() + ": nothing to annotate"
                                : SparkEngine.describe(spark.master(), work));
        err.printf(
                Locale.ROOT,
                "admired: the index holds %d documents, %d mentions of %d people, %d skips; reports in %s%n",
                written.documents(),
                written.mentions(),
                written.ranking().size(),
                written.skips(),
                outDir);
        err.flush();
        if (!options.quiet()) {
            printTop(written.ranking());
        }
        return new Result(
                annotation.annotated,
                unchanged,
                removed,
                written.documents(),
                written.mentions(),
                written.skips(),
                written.ranking());
    }

    /** Whether the last {@link #run} got as far as committing its new index (read after a failure). */
    boolean committed() {
        return committed;
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

    /**
     * Annotation of the files' documents, on {@code threads} threads sharing one pipeline. Futures
     * are drained in submission order, so the index receives documents in corpus order whatever the
     * number of threads; at most a few documents per thread are in flight, so memory stays flat.
     */
    private final class AnnotationQueue {
        private final Options options;
        private final ExecutorService pool;
        private final Executor executor;
        private final int maxInFlight;
        private final ArrayDeque<PendingFile> pending = new ArrayDeque<>();
        private int inFlight;
        // Models load on the first document, so a run with nothing new costs no model time.
        PersonAnnotator annotator;
        int annotated;
        final Map<String, Integer> annotatedByFormat = new TreeMap<>();
        final Map<String, Integer> skipsByReason = new TreeMap<>();
        private long sentencesReported;

        AnnotationQueue(Options options) {
            this.options = options;
            int threads = Math.max(1, options.threads());
            this.pool = threads > 1
                    ? Executors.newFixedThreadPool(threads, runnable -> {
                        Thread thread = new Thread(runnable, "admired-annotate");
                        thread.setDaemon(true);
                        return thread;
                    })
                    : null;
            this.executor = pool != null ? pool : Runnable::run;
            this.maxInFlight = 4 * threads;
        }

        private record PendingFile(
                FileOutcome file,
                List<SourceDocument> documents,
                List<CompletableFuture<List<PersonMention>>> mentions) {}

        void submit(FileOutcome file) {
            if (annotator == null && !file.documents().isEmpty()) {
                annotator = PersonAnnotator.standard(options.coref());
                progress.excludeMillis(NlpPipeline.shared().loadMillis());
            }
            List<CompletableFuture<List<PersonMention>>> futures = new ArrayList<>();
            for (SourceDocument document : file.documents()) {
                PersonAnnotator current = annotator;
                futures.add(CompletableFuture.supplyAsync(() -> current.annotate(document), executor));
            }
            pending.add(new PendingFile(file, file.documents(), futures));
            inFlight += futures.size();
        }

        /** Writes finished files to the index, oldest first; all of them when {@code all}. */
        void drain(CorpusIndexWriter index, boolean all) throws IOException {
            while (!pending.isEmpty() && (all || inFlight > maxInFlight)) {
                PendingFile done = pending.poll();
                inFlight -= done.mentions().size();
                write(index, done);
            }
        }

        private void write(CorpusIndexWriter index, PendingFile done) throws IOException {
            FileRecords records =
                    FileRecords.of(done.file(), i -> done.mentions().get(i).join());
            index.add(records);
            // Sentences are counted by the annotator across threads; a file gets what was added since.
            long sentences = annotator == null ? 0 : annotator.counts().sentences();
            recorded(
                    records.file().path(),
                    records.file().format(),
                    records.documents().size(),
                    records.skips(),
                    (int) (sentences - sentencesReported));
            sentencesReported = sentences;
        }

        /** Counts, reports and shows the progress of one file indexed, by this JVM or by a cluster. */
        void recorded(String path, String format, int documentsInFile, List<SkippedFile> skips, int sentences) {
            skips.forEach(Batch.this::report);
            skips.forEach(skip -> skipsByReason.merge(skip.reason(), 1, Integer::sum));
            annotated += documentsInFile;
            if (documentsInFile > 0) {
                annotatedByFormat.merge(format, documentsInFile, Integer::sum);
            }
            progress.fileDone(documentsInFile, sentences);
            verbose(options, "indexed %s: %d documents, %d skipped", path, documentsInFile, skips.size());
        }

        /** A file a Spark task indexed, reported on the driver as the local run reports its own. */
        void fromCluster(FileDone file) {
            if ("windows-1252".equals(file.encoding())) {
                progress.message(String.format(
                        Locale.ROOT, "admired: warning: %s is not UTF-8; read it as Windows-1252", file.path()));
            }
            recorded(file.path(), file.format(), file.documents(), file.skips(), file.sentences());
        }

        void shutdown() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private void report(SkippedFile skip) {
        progress.message(
                String.format(Locale.ROOT, "admired: skipped %s: %s (%s)", skip.path(), skip.detail(), skip.reason()));
    }

    private void verbose(Options options, String format, Object... args) {
        if (options.verbose()) {
            err.printf(Locale.ROOT, "admired: " + format + "%n", args);
            err.flush();
        }
    }

    private void printTop(List<PersonSummary> ranking) {
        int shown = Math.min(TOP_ROWS_PRINTED, ranking.size());
        for (int i = 0; i < shown; i++) {
            PersonSummary row = ranking.get(i);
            out.printf(
                    Locale.ROOT,
                    "%2d  %-24s score %6.3f  admirers %2d  mentions %3d  +%d =%d -%d%n",
                    i + 1,
                    row.person(),
                    row.score(),
                    row.admirers(),
                    row.mentions(),
                    row.positive(),
                    row.neutral(),
                    row.negative());
        }
        out.flush();
    }
}
