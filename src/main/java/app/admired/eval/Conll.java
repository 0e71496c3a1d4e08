package app.admired.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL-style NER data as in Wikigold: one "token TAG" per line, a blank line between sentences,
 * IO or BIO tags ({@code I-PER}, {@code B-PER}, {@code O} …). {@code -DOCSTART-} lines separate documents.
 */
public final class Conll {

    /** One sentence: its tokens and the gold person spans [begin, end) in token indices. */
    /**
     * One sentence.
     *
     * @param document the 0-based number of its document: a {@code -DOCSTART-} line starts the next
     *                 one, so a file without such lines is one document
     */
    public record Sentence(List<String> tokens, List<int[]> persons, int document) {}

    private Conll() {}

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            int document = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    flush(tokens, tags, sentences, document);
                    continue;
                }
                if (trimmed.startsWith("-DOCSTART-")) {
                    flush(tokens, tags, sentences, document);
                    // The next document starts here, unless the current one is still empty.
                    if (!sentences.isEmpty()
                            && sentences.get(sentences.size() - 1).document() == document) {
                        document++;
                    }
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length < 2) {
                    throw new IllegalArgumentException(file + " line " + lineNumber + " is not 'token TAG'");
                }
                tokens.add(parts[0]);
                tags.add(parts[parts.length - 1]);
            }
            flush(tokens, tags, sentences, document);
        }
        return sentences;
    }

    /** Adds the pending sentence, if any. */
    private static void flush(List<String> tokens, List<String> tags, List<Sentence> sentences, int document) {
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), personSpans(tags), document));
            tokens.clear();
            tags.clear();
        }
    }

    /** Maximal runs of PER tags; a B- tag starts a new span (IO data cannot separate adjacent names). */
    static List<int[]> personSpans(List<String> tags) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean person = tag.endsWith("PER");
            boolean begins = tag.startsWith("B-");
            if (start >= 0 && (!person || begins)) {
                spans.add(new int[] {start, i});
                start = -1;
            }
            if (person && start < 0) {
                start = i;
            }
        }
        return spans;
    }
}
