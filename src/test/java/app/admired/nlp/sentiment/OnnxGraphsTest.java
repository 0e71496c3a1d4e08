package app.admired.nlp.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxGraphsTest {

    private static byte[] model;

    @BeforeAll
    static void readModel() throws IOException {
        model = SentenceEncoder.resource(SentenceEncoder.MODEL);
    }

    @Test
    void theCutModelEndsAtTheTensorAndKeepsOnlyWhatFeedsIt() throws Exception {
        byte[] six = OnnxGraphs.truncate(model, SentenceEncoder.layerOutput(6));
        byte[] nine = OnnxGraphs.truncate(model, SentenceEncoder.layerOutput(9));
        assertTrue(six.length < nine.length && nine.length < model.length, "the cut drops weights");
        int all = nodes(model);
        int sixNodes = nodes(six);
        int nineNodes = nodes(nine);
        assertTrue(sixNodes < nineNodes && nineNodes < all, sixNodes + " < " + nineNodes + " < " + all);

        try (OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession session = env.createSession(six, new OrtSession.SessionOptions())) {
            assertEquals(List.of(SentenceEncoder.layerOutput(6)), List.copyOf(session.getOutputNames()));
            long[] shape = ((TensorInfo) session.getOutputInfo()
                            .get(SentenceEncoder.layerOutput(6))
                            .getInfo())
                    .getShape();
            assertEquals(384, shape[2], "a hidden layer keeps the last layer's width");
            float[][][] states = run(env, session, new long[] {101, 7592, 2088, 102});
            assertEquals(4, states[0].length);
            assertEquals(384, states[0][0].length);
        }
    }

    @Test
    void cuttingAtTheModelsOwnOutputChangesNothingItComputes() throws Exception {
        // Every node feeds last_hidden_state, so the cut at it must keep them all and the vectors.
        byte[] cut = OnnxGraphs.truncate(model, "last_hidden_state");
        assertEquals(nodes(model), nodes(cut));
        long[] ids = {101, 2002, 4639, 102};
        try (OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession full = env.createSession(model, new OrtSession.SessionOptions());
                OrtSession part = env.createSession(cut, new OrtSession.SessionOptions())) {
            float[][] a = run(env, full, ids)[0];
            float[][] b = run(env, part, ids)[0];
            for (int piece = 0; piece < ids.length; piece++) {
                assertArrayEquals(a[piece], b[piece]);
            }
        }
    }

    @Test
    void anUnknownTensorOrBytesThatAreNoModelAreRefused() {
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> OnnxGraphs.truncate(model, "/no/such/tensor"));
        assertTrue(unknown.getMessage().contains("/no/such/tensor"), unknown.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> OnnxGraphs.truncate(
                        "not a model at all".getBytes(StandardCharsets.UTF_8), SentenceEncoder.layerOutput(6)));
        assertThrows(
                IllegalArgumentException.class, () -> OnnxGraphs.truncate(new byte[0], SentenceEncoder.layerOutput(6)));
    }

    private static int nodes(byte[] bytes) throws Exception {
        UnknownFieldSet graph = UnknownFieldSet.parseFrom(UnknownFieldSet.parseFrom(bytes)
                .getField(OnnxGraphs.MODEL_GRAPH)
                .getLengthDelimitedList()
                .get(0));
        return graph.getField(OnnxGraphs.GRAPH_NODE).getLengthDelimitedList().size();
    }

    private static float[][][] run(OrtEnvironment env, OrtSession session, long[] ids) throws OrtException {
        long[] ones = new long[ids.length];
        Arrays.fill(ones, 1L);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, new long[][] {ids}));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {ones}));
            inputs.put("token_type_ids", OnnxTensor.createTensor(env, new long[][] {new long[ids.length]}));
            try (OrtSession.Result result = session.run(inputs)) {
                return (float[][][]) result.get(0).getValue();
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }
}
