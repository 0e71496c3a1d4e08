package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.index.CorpusIndexWriter;
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
import app.admired.report.SkippedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One batch run, stage after stage: ingest each file, annotate its documents, add them to the
 * index, commit, then derive the reports from the committed index. Files are handled one at a time,
 * so memory does not grow with the corpus; a file that cannot be read or annotated is reported
 * and skipped.
 */
final class Batch {

    static final String INDEX_DIR = "index";
    private static final int TOP_ROWS_PRINTED = 10;

    /** What the run produced, for the exit status and the tests. */
    record Result(int documents, int mentions, List<SkippedFile> skipped, List<PersonSummary> ranking) {
    }

    private final PrintWriter out;
    private final PrintWriter err;

    Batch(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * What a run may be told beyond its folders.
     *
     * @param columns CSV/JSONL column names ({@code --csv-columns})
     * @param aliases the user's aliases ({@code --aliases}), stored with the index
     * @param coref   add pronoun mentions through coreference ({@code --coref})
     */
    record Options(ColumnMapping columns, Aliases aliases, boolean coref) {
        static Options defaults() {
            return new Options(ColumnMapping.parse(null), Aliases.NONE, false);
        }
    }

    Result run(Path corpus, Path outDir, Options options) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        err.printf("admired: reading %s, writing %s%n", corpus, outDir);
        err.flush();
        // Models load on the first document, so a corpus with nothing readable costs no model time.
        PersonAnnotator annotator = null;
        CorpusReader reader = new CorpusReader(DocumentReaders.standard(options.columns()));

        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, Integer> documentsByFormat = new TreeMap<>();
        int documents = 0;
        int mentions = 0;
        try (CorpusIndexWriter index = CorpusIndexWriter.create(outDir.resolve(INDEX_DIR))) {
            for (String path : CorpusReader.listFiles(corpus)) {
                FileOutcome file = reader.readFile(corpus, path);
                if ("windows-1252".equals(file.encoding())) {
                    err.printf("admired: warning: %s is not UTF-8; read it as Windows-1252%n", path);
                }
                file.skipped().forEach(s -> report(s, skipped));
                for (SourceDocument document : file.documents()) {
                    List<PersonMention> found;
                    if (annotator == null) {
                        annotator = PersonAnnotator.standard(options.coref());
                    }
                    try {
                        found = annotator.annotate(document);
                    } catch (RuntimeException e) {
                        // One document CoreNLP cannot handle must not cost the others.
                        report(new SkippedFile(document.id(), "annotation-error",
                                e.getClass().getSimpleName() + ": " + Main.oneLine(e.getMessage())), skipped);
                        continue;
                    }
                    index.add(document, file.contentHash(), file.format(), found);
                    documents++;
                    mentions += found.size();
                    documentsByFormat.merge(file.format(), 1, Integer::sum);
                }
            }
            index.commit(options.aliases());
        }
        SkippedReport.write(skipped, outDir.resolve(SkippedReport.FILE_NAME));

        List<PersonSummary> ranking;
        try (CorpusIndexReader index = CorpusIndexReader.open(outDir.resolve(INDEX_DIR))) {
            ranking = ReportWriter.write(index, outDir);
        } catch (IndexUnavailableException e) {
            throw new IOException("the index just written cannot be read: " + e.getMessage(), e);
        }
        long loadMillis = annotator == null ? 0 : NlpPipeline.shared().loadMillis();
        printSummary(documentsByFormat, documents, mentions, skipped, ranking, loadMillis,
                (System.nanoTime() - start) / 1_000_000, outDir);
        return new Result(documents, mentions, List.copyOf(skipped), ranking);
    }

    private void report(SkippedFile skip, List<SkippedFile> skipped) {
        err.printf("admired: skipped %s: %s (%s)%n", skip.path(), skip.detail(), skip.reason());
        err.flush();
        skipped.add(skip);
    }

    private void printSummary(Map<String, Integer> byFormat, int documents, int mentions, List<SkippedFile> skipped,
                              List<PersonSummary> ranking, long loadMillis, long totalMillis, Path outDir) {
        Map<String, Integer> skipsByReason = new TreeMap<>();
        skipped.forEach(s -> skipsByReason.merge(s.reason(), 1, Integer::sum));
        err.printf("admired: %d documents %s, %d skipped %s, %d mentions of %d people%n",
                documents, byFormat, skipped.size(), skipsByReason, mentions, ranking.size());
        err.printf(Locale.ROOT, "admired: models loaded in %.1f s, run took %.1f s; wrote %s%n",
                loadMillis / 1000.0, totalMillis / 1000.0, outDir.resolve(ReportWriter.MOST_ADMIRED_CSV));
        err.flush();
        int shown = Math.min(TOP_ROWS_PRINTED, ranking.size());
        for (int i = 0; i < shown; i++) {
            PersonSummary row = ranking.get(i);
            out.printf(Locale.ROOT, "%2d  %-28s score %.3f  mentions %d  +%d =%d -%d%n", i + 1, row.person(),
                    row.score(), row.mentions(), row.positive(), row.neutral(), row.negative());
        }
        out.flush();
    }
}
