package app.admired.nlp.sentiment;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts an ONNX model down to the part that computes one inner tensor, which becomes the model's only
 * output. ONNX Runtime runs every node of a graph whatever output is asked for, so the nodes that
 * only feed later layers must leave the graph itself. The model is read and written with protobuf's
 * schema-less {@link UnknownFieldSet} (protobuf-java comes with CoreNLP), addressing the few fields
 * of onnx.proto this needs by number; every other field is copied as it is.
 */
final class OnnxGraphs {

    // onnx.proto field numbers.
    static final int MODEL_GRAPH = 7;
    static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_OUTPUT = 12;
    private static final int GRAPH_VALUE_INFO = 13;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_INFO_NAME = 1;

    private OnnxGraphs() {}

    /**
     * The model with {@code tensor} as its only output, in place of the first output, whose type it
     * keeps (a hidden layer of a transformer has the last layer's shape), and without the nodes,
     * initializers and value infos nothing upstream of {@code tensor} uses.
     *
     * @throws IllegalArgumentException when the bytes are no ONNX model or no node makes {@code tensor}
     */
    static byte[] truncate(byte[] model, String tensor) {
        try {
            UnknownFieldSet modelFields = UnknownFieldSet.parseFrom(model);
            UnknownFieldSet graph = UnknownFieldSet.parseFrom(only(modelFields, MODEL_GRAPH, "graph"));

            List<ByteString> nodes = graph.getField(GRAPH_NODE).getLengthDelimitedList();
            List<List<String>> inputs = new ArrayList<>();
            Map<String, Integer> producer = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                UnknownFieldSet node = UnknownFieldSet.parseFrom(nodes.get(i));
                inputs.add(strings(node, NODE_INPUT));
                for (String output : strings(node, NODE_OUTPUT)) {
                    producer.put(output, i);
                }
            }
            if (!producer.containsKey(tensor)) {
                throw new IllegalArgumentException("no node of the model computes " + tensor);
            }

            // Walk back from the tensor to everything it depends on.
            boolean[] kept = new boolean[nodes.size()];
            Set<String> used = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>(List.of(tensor));
            while (!pending.isEmpty()) {
                String name = pending.pop();
                if (!used.add(name)) {
                    continue;
                }
                Integer node = producer.get(name);
                if (node != null && !kept[node]) {
                    kept[node] = true;
                    pending.addAll(inputs.get(node));
                }
            }

            UnknownFieldSet.Field.Builder keptNodes = UnknownFieldSet.Field.newBuilder();
            for (int i = 0; i < nodes.size(); i++) {
                if (kept[i]) {
                    keptNodes.addLengthDelimited(nodes.get(i));
                }
            }
            UnknownFieldSet firstOutput = UnknownFieldSet.parseFrom(only(graph, GRAPH_OUTPUT, "output"));
            UnknownFieldSet renamed = UnknownFieldSet.newBuilder(firstOutput)
                    .clearField(VALUE_INFO_NAME)
                    .addField(VALUE_INFO_NAME, lengthDelimited(ByteString.copyFromUtf8(tensor)))
                    .build();
            UnknownFieldSet cut = UnknownFieldSet.newBuilder(graph)
                    .clearField(GRAPH_NODE)
                    .addField(GRAPH_NODE, keptNodes.build())
                    .clearField(GRAPH_INITIALIZER)
                    .addField(GRAPH_INITIALIZER, named(graph, GRAPH_INITIALIZER, TENSOR_NAME, used))
                    .clearField(GRAPH_VALUE_INFO)
                    .addField(GRAPH_VALUE_INFO, named(graph, GRAPH_VALUE_INFO, VALUE_INFO_NAME, used))
                    .clearField(GRAPH_OUTPUT)
                    .addField(GRAPH_OUTPUT, lengthDelimited(renamed.toByteString()))
                    .build();
            return UnknownFieldSet.newBuilder(modelFields)
                    .clearField(MODEL_GRAPH)
                    .addField(MODEL_GRAPH, lengthDelimited(cut.toByteString()))
                    .build()
                    .toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model: " + e.getMessage(), e);
        }
    }

    /** The first value of a message field; the model is malformed without one. */
    private static ByteString only(UnknownFieldSet message, int field, String what) {
        List<ByteString> values = message.getField(field).getLengthDelimitedList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the ONNX model has no " + what);
        }
        return values.get(0);
    }

    private static List<String> strings(UnknownFieldSet message, int field) {
        return message.getField(field).getLengthDelimitedList().stream()
                .map(ByteString::toStringUtf8)
                .toList();
    }

    /** The entries of a repeated message field whose name (field {@code nameField}) is in {@code names}. */
    private static UnknownFieldSet.Field named(UnknownFieldSet message, int field, int nameField, Set<String> names)
            throws InvalidProtocolBufferException {
        UnknownFieldSet.Field.Builder kept = UnknownFieldSet.Field.newBuilder();
        for (ByteString entry : message.getField(field).getLengthDelimitedList()) {
            List<String> name = strings(UnknownFieldSet.parseFrom(entry), nameField);
            if (!name.isEmpty() && names.contains(name.get(0))) {
                kept.addLengthDelimited(entry);
            }
        }
        return kept.build();
    }

    private static UnknownFieldSet.Field lengthDelimited(ByteString value) {
        return UnknownFieldSet.Field.newBuilder().addLengthDelimited(value).build();
    }
}
