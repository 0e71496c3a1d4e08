package app.admired.eval;

import app.admired.nlp.CharSpan;
import app.admired.nlp.sentiment.TargetSentimentModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * NewsMTSC JSON Lines (Hamborg and Donnay, EACL 2021; MIT licence): one sentence per line,
 * {@code sentence_normalized} and {@code targets} with character offsets {@code from}/{@code to}
 * ({@code to} exclusive) and {@code polarity} 2.0 negative, 4.0 neutral, 6.0 positive.
 */
public final class NewsMtsc {

    /** One labelled sentence. */
    public record Sentence(String text, List<CharSpan> targets, List<String> polarities) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsMtsc() {}

    /**
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the line when a line is not NewsMTSC JSON
     */
    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sentences.add(parse(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + " is not a NewsMTSC record: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        return sentences;
    }

    private static Sentence parse(JsonNode node) {
        String text = required(node, "sentence_normalized").asText();
        List<CharSpan> targets = new ArrayList<>();
        List<String> polarities = new ArrayList<>();
        for (JsonNode target : required(node, "targets")) {
            int from = required(target, "from").asInt();
            int to = required(target, "to").asInt();
            if (from < 0 || to > text.length() || from >= to) {
                throw new IllegalArgumentException("target offsets " + from + ".." + to + " outside the sentence");
            }
            targets.add(new CharSpan(from, to));
            polarities.add(polarity(required(target, "polarity").asDouble()));
        }
        return new Sentence(text, targets, polarities);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }

    static String polarity(double code) {
        if (code <= 3.0) {
            return TargetSentimentModel.NEGATIVE;
        }
        return code >= 5.0 ? TargetSentimentModel.POSITIVE : TargetSentimentModel.NEUTRAL;
    }
}
