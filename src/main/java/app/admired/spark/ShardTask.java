package app.admired.spark;

import app.admired.index.CorpusIndexWriter;
import app.admired.index.FileRecords;
import app.admired.ingest.ColumnMapping;
import app.admired.ingest.CorpusReader;
import app.admired.ingest.DocumentReaders;
import app.admired.ingest.FileOutcome;
import app.admired.ingest.SkippedFile;
import app.admired.nlp.Aliases;
import app.admired.nlp.NlpPipeline;
import app.admired.nlp.PersonAnnotator;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.TaskContext;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The executor side: one task reads, annotates and indexes its partition's files into a shard of
 * its own ({@code staging/part-NNNNN-attempt-ID}), with the code a local run uses, and commits it.
 * A retried task writes a fresh shard; only the attempt whose result reaches the driver is merged.
 */
final class ShardTask extends AbstractFunction2<TaskContext, Iterator<String>, ShardResult> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String corpus;
    private final String staging;
    private final boolean coref;
    private final EnumMap<ColumnMapping.Field, String> columns;
    private final int failFirstAttemptOf;

    /**
     * @param failFirstAttemptOf a partition whose first attempt fails after indexing its first
     *                           file (fault injection for the retry test), or -1
     */
    ShardTask(Path corpus, Path staging, boolean coref, ColumnMapping columns, int failFirstAttemptOf) {
        this.corpus = corpus.toAbsolutePath().normalize().toString();
        this.staging = staging.toAbsolutePath().normalize().toString();
        this.coref = coref;
        this.columns = new EnumMap<>(ColumnMapping.Field.class);
        this.columns.putAll(columns.columns());
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    @Override
    public ShardResult apply(TaskContext task, Iterator<String> paths) {
        try {
            return run(task.partitionId(), task.attemptNumber(), task.taskAttemptId(), paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ShardResult run(int partition, int attempt, long attemptId, Iterator<String> paths) throws IOException {
        Path corpusDir = Path.of(corpus);
        Path shard = Path.of(staging).resolve(String.format(Locale.ROOT, "part-%05d-attempt-%d", partition, attemptId));
        CorpusReader reader = new CorpusReader(DocumentReaders.standard(new ColumnMapping(Map.copyOf(columns))));
        PersonAnnotator annotator = null;
        List<ShardResult.FileLine> files = new ArrayList<>();
        long ingestNanos = 0;
        long sentencesReported = 0;
        try (CorpusIndexWriter index = CorpusIndexWriter.create(shard)) {
            while (paths.hasNext()) {
                String path = paths.next();
                long ingestStart = System.nanoTime();
                FileOutcome file = reader.readFile(corpusDir, path);
                ingestNanos += System.nanoTime() - ingestStart;
                if (annotator == null && !file.documents().isEmpty()) {
                    // The pipelines behind it are the JVM's (NlpPipeline.shared()): loaded once per executor.
                    annotator = PersonAnnotator.standard(coref);
                }
                PersonAnnotator current = annotator;
                FileRecords records =
                        FileRecords.annotatedInline(file, current == null ? d -> List.of() : current::annotate);
                index.add(records);
                long sentences = annotator == null ? 0 : annotator.counts().sentences();
                files.add(new ShardResult.FileLine(
                        path,
                        file.format(),
                        file.encoding(),
                        records.documents().size(),
                        (int) (sentences - sentencesReported),
                        records.skips().stream().map(ShardTask::line).toList()));
                sentencesReported = sentences;
                if (partition == failFirstAttemptOf && attempt == 0) {
                    throw new IllegalStateException("injected failure of the first attempt of partition " + partition);
                }
            }
            // The shard's own commit data does not matter: the driver's commit sets the merged index's.
            index.commit(Aliases.NONE, "", corpusDir);
        }
        PersonAnnotator.Counts counts = annotator == null ? new PersonAnnotator.Counts(0, 0, 0) : annotator.counts();
        return new ShardResult(
                shard.toString(),
                files,
                counts.sentences(),
                counts.parsedSentences(),
                counts.tokens(),
                ingestNanos,
                annotator == null ? 0 : NlpPipeline.shared().loadMillis());
    }

    private static ShardResult.SkipLine line(SkippedFile skip) {
        return new ShardResult.SkipLine(skip.path(), skip.reason(), skip.detail());
    }
}
