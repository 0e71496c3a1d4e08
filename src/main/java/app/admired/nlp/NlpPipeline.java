package app.admired.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The two CoreNLP pipelines, loaded once per JVM. Loading takes seconds and hundreds of megabytes,
 * so the batch, the tests and the evaluation commands all share {@link #shared()}.
 */
public final class NlpPipeline {

    private final StanfordCoreNLP find;
    private final StanfordCoreNLP judge;
    private final long loadMillis;

    private NlpPipeline() {
        long start = System.nanoTime();
        this.find = new StanfordCoreNLP(CoreNlpSettings.findPipeline());
        this.judge = new StanfordCoreNLP(CoreNlpSettings.judgePipeline());
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private static final class Holder {
        private static final NlpPipeline INSTANCE = new NlpPipeline();
    }

    /** The JVM-wide pipeline, loaded on first use (thread-safe, lazily, by the holder idiom). */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    StanfordCoreNLP find() {
        return find;
    }

    StanfordCoreNLP judge() {
        return judge;
    }

    /** How long loading the models took, for the run summary. */
    public long loadMillis() {
        return loadMillis;
    }
}
