package app.admired.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set of news paragraphs for quote attribution, JSON Lines, one document per line:
 * {@code {"id": "...", "author": "...", "text": "...", "quotes": [{"text": "...", "speaker": "..."}],
 * "holders": [{"person": "...", "holder": "..."}]}}. A gold quote's {@code text} is its exact
 * wording in the document, quotation marks excluded, found by its first occurrence after the
 * previous gold quote; an empty speaker means no one in the document says it. A holder is the gold
 * holder of the first mention of a person (the author's name for the writer's own view, empty for
 * an unattributed quotation).
 */
public final class QuoteSet {

    /** A gold quotation: its character span in the document text (marks excluded) and its speaker. */
    public record GoldQuote(int begin, int end, String speaker) {}

    /** A gold holder of a person's first mention. */
    public record GoldHolder(String person, String holder) {}

    public record Document(String id, String author, String text, List<GoldQuote> quotes, List<GoldHolder> holders) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteSet() {}

    public static List<Document> read(Path file) throws IOException {
        List<Document> documents = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": not JSON", e);
            }
            documents.add(parse(node, file + ":" + lineNumber));
        }
        return documents;
    }

    private static Document parse(JsonNode node, String where) {
        String text = node.path("text").asText("");
        if (text.isEmpty()) {
            throw new IllegalArgumentException(where + ": no text");
        }
        List<GoldQuote> quotes = new ArrayList<>();
        int from = 0;
        for (JsonNode q : node.path("quotes")) {
            String wording = q.path("text").asText("");
            int at = wording.isEmpty() ? -1 : text.indexOf(wording, from);
            if (at < 0) {
                throw new IllegalArgumentException(where + ": quote not in the text: " + wording);
            }
            quotes.add(
                    new GoldQuote(at, at + wording.length(), q.path("speaker").asText("")));
            from = at + wording.length();
        }
        List<GoldHolder> holders = new ArrayList<>();
        for (JsonNode h : node.path("holders")) {
            holders.add(
                    new GoldHolder(h.path("person").asText(""), h.path("holder").asText("")));
        }
        return new Document(
                node.path("id").asText(where),
                node.path("author").asText(""),
                text,
                List.copyOf(quotes),
                List.copyOf(holders));
    }
}
