package app.admired.nlp;

import app.admired.SuppressForbidden;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The CoreNLP pipelines, loaded once per JVM. Loading takes seconds and hundreds of megabytes, so
 * the batch, the tests and the evaluation commands all share {@link #shared()}. The find pipeline
 * for evaluation data (one sentence per input) is built on first use only.
 */
@SuppressForbidden("the one place that constructs StanfordCoreNLP pipelines")
public final class NlpPipeline {

    private final StanfordCoreNLP find;
    // Evaluation-only find pipelines (one sentence per input), built on first use.
    private final Map<CoreNlpSettings.Sentences, StanfordCoreNLP> evaluationFind =
            new EnumMap<>(CoreNlpSettings.Sentences.class);
    private final StanfordCoreNLP judge;
    private StanfordCoreNLP coref;
    private final long loadMillis;

    private NlpPipeline() {
        long start = System.nanoTime();
        // The two pipelines share no annotator, and CoreNLP's annotator cache is a concurrent map, so
        // they load side by side: the parser model loads while the tagger and NER models do.
        CompletableFuture<StanfordCoreNLP> judgeLoading =
                loadInBackground(() -> new StanfordCoreNLP(CoreNlpSettings.judgePipeline()));
        this.find = new StanfordCoreNLP(CoreNlpSettings.findPipeline(CoreNlpSettings.Sentences.PROSE));
        this.judge = awaitLoaded(judgeLoading);
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** Starts loading on a daemon thread of its own, so a failed run never waits for it to end. */
    static <T> CompletableFuture<T> loadInBackground(Supplier<T> loading) {
        return CompletableFuture.supplyAsync(loading, task -> {
            Thread loader = new Thread(task, "admired-model-loader");
            loader.setDaemon(true);
            loader.start();
        });
    }

    /** The loaded value; a loading failure is rethrown as itself (a missing model stays a RuntimeIOException). */
    static <T> T awaitLoaded(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static final class Holder {
        private static final NlpPipeline INSTANCE = new NlpPipeline();
    }

    /** The JVM-wide pipeline, loaded on first use (thread-safe, lazily, by the holder idiom). */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    /**
     * The find pipeline for a sentence mode. CoreNLP caches loaded models, so a second find pipeline
     * costs little more than its setup. Only evaluation asks for other modes: the batch calls
     * {@link #find()}, which takes no lock.
     */
    public synchronized StanfordCoreNLP find(CoreNlpSettings.Sentences mode) {
        if (mode == CoreNlpSettings.Sentences.PROSE) {
            return find;
        }
        return evaluationFind.computeIfAbsent(mode, m -> new StanfordCoreNLP(CoreNlpSettings.findPipeline(m)));
    }

    /** The find pipeline for running text, called once per document from any thread. */
    StanfordCoreNLP find() {
        return find;
    }

    /** The coreference pipeline, loaded on first use only ({@code --coref}). */
    synchronized StanfordCoreNLP coref() {
        if (coref == null) {
            coref = new StanfordCoreNLP(CoreNlpSettings.corefPipeline());
        }
        return coref;
    }

    public StanfordCoreNLP judge() {
        return judge;
    }

    /** How long loading the models took, for the run summary. */
    public long loadMillis() {
        return loadMillis;
    }
}
