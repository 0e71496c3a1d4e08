package app.admired.nlp;

import app.admired.ingest.ResourceLines;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Document-level repairs of the NER model's person spans, over token indices:
 *
 * <ul>
 *   <li><b>joined</b>: two spans of one sentence separated only by a hyphen written without spaces
 *       ("Okonjo-Iweala") or by name particles from {@code name-particles.txt} ("Ursula von der
 *       Leyen", "Gerard 't Hooft") are one name, and particles right before a span join it ("van
 *       Gogh");
 *   <li><b>repeats</b>: once a document names a person in full ("Travis Kalanick"), later tokens
 *       that spell the full name again or its last word alone ("Kalanick") are that person where the
 *       model said O (it misses such repeats mid-sentence and after semicolons). A last word that
 *       two people of the document share, or that is written in lower case, is not propagated.
 * </ul>
 *
 * The model's own spans are never removed; other entity types (ORGANIZATION, LOCATION, MISC) are
 * never overwritten.
 */
final class NameSpans {

    /** Tokens of sentence {@code sentence} in [begin, end), 0-based, end exclusive. */
    record Span(int sentence, int begin, int end) {}

    static final Comparator<Span> ORDER = Comparator.comparingInt(Span::sentence)
            .thenComparingInt(Span::begin)
            .thenComparingInt(Span::end);

    private static final Set<String> PARTICLES = particles();

    private NameSpans() {}

    private static Set<String> particles() {
        Set<String> words = new HashSet<>();
        for (String line : ResourceLines.read(NameSpans.class, "name-particles.txt")) {
            words.add(line.strip().replace('’', '\''));
        }
        return Set.copyOf(words);
    }

    static boolean isParticle(CoreLabel token) {
        return PARTICLES.contains(token.word().replace('’', '\''));
    }

    /** The spans with hyphen and particle gaps closed and leading particles taken in. */
    static List<Span> joined(List<List<CoreLabel>> sentences, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(ORDER);
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (last.sentence() == span.sentence()
                        && joinable(sentences.get(span.sentence()), last.end(), span.begin())) {
                    merged.set(
                            merged.size() - 1,
                            new Span(last.sentence(), last.begin(), Math.max(last.end(), span.end())));
                    continue;
                }
            }
            merged.add(span);
        }
        List<Span> out = new ArrayList<>(merged.size());
        for (Span span : merged) {
            List<CoreLabel> tokens = sentences.get(span.sentence());
            int begin = span.begin();
            int floor = out.isEmpty() || out.get(out.size() - 1).sentence() != span.sentence()
                    ? 0
                    : out.get(out.size() - 1).end();
            while (begin > floor && isParticle(tokens.get(begin - 1)) && isOther(tokens.get(begin - 1))) {
                begin--;
            }
            out.add(new Span(span.sentence(), begin, span.end()));
        }
        return out;
    }

    /** Whether the tokens in [from, to) are only particles, or one hyphen touching both neighbours. */
    private static boolean joinable(List<CoreLabel> tokens, int from, int to) {
        if (from >= to) {
            return false; // adjacent or overlapping spans: CoreNLP already keeps a PERSON run whole
        }
        if (to - from == 1 && "-".equals(tokens.get(from).word())) {
            return touching(tokens.get(from - 1), tokens.get(from)) && touching(tokens.get(from), tokens.get(to));
        }
        for (int i = from; i < to; i++) {
            if (!isParticle(tokens.get(i)) || !isOther(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean touching(CoreLabel left, CoreLabel right) {
        return left.endPosition() == right.beginPosition();
    }

    /** A token the NER model tagged O (or PERSON): one we may take into a person's name. */
    private static boolean isOther(CoreLabel token) {
        String ner = token.ner();
        return ner == null || "O".equals(ner) || "PERSON".equals(ner);
    }

    /**
     * New spans for the repeats of names the document gives in full: each is a token run spelling a
     * full name (of two or more words) or its unshared last word, outside every existing span.
     */
    static List<Span> repeats(List<List<CoreLabel>> sentences, List<Span> spans) {
        Map<String, List<String>> fullNames = new HashMap<>();
        Map<String, Set<String>> lastWordOwners = new HashMap<>();
        for (Span span : spans) {
            List<CoreLabel> tokens = sentences.get(span.sentence()).subList(span.begin(), span.end());
            List<String> words = new ArrayList<>();
            for (CoreLabel t : tokens) {
                if (!"-".equals(t.word())) {
                    words.add(t.word());
                }
            }
            if (words.size() < 2) {
                continue;
            }
            String full = String.join(" ", words);
            fullNames.put(full, tokens.stream().map(CoreLabel::word).toList());
            String last = tokens.get(tokens.size() - 1).word();
            lastWordOwners.computeIfAbsent(last, k -> new HashSet<>()).add(full);
        }
        if (fullNames.isEmpty()) {
            return List.of();
        }
        List<List<String>> patterns = new ArrayList<>(fullNames.values());
        lastWordOwners.forEach((last, owners) -> {
            if (owners.size() == 1 && Character.isUpperCase(last.codePointAt(0))) {
                patterns.add(List.of(last));
            }
        });
        // Longest first, so "Travis Kalanick" is taken whole before "Kalanick" alone.
        patterns.sort(
                Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(Object::toString));

        List<Span> added = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s);
            boolean[] taken = new boolean[tokens.size()];
            for (Span span : spans) {
                if (span.sentence() == s) {
                    for (int i = span.begin(); i < span.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
            for (List<String> pattern : patterns) {
                for (int i = 0; i + pattern.size() <= tokens.size(); i++) {
                    if (matches(tokens, taken, i, pattern)) {
                        for (int k = i; k < i + pattern.size(); k++) {
                            taken[k] = true;
                        }
                        added.add(new Span(s, i, i + pattern.size()));
                    }
                }
            }
        }
        added.sort(ORDER);
        return added;
    }

    private static boolean matches(List<CoreLabel> tokens, boolean[] taken, int at, List<String> pattern) {
        for (int k = 0; k < pattern.size(); k++) {
            CoreLabel token = tokens.get(at + k);
            if (taken[at + k] || !isOther(token) || !token.word().equals(pattern.get(k))) {
                return false;
            }
        }
        // A one-word repeat followed by another capitalised word is part of another name
        // ("Kalanick Foundation"), not this person.
        return pattern.size() > 1 || at + 1 >= tokens.size() || !capitalisedOther(tokens.get(at + 1));
    }

    private static boolean capitalisedOther(CoreLabel token) {
        String w = token.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !"PERSON".equals(token.ner());
    }

    /**
     * The name a span stands for when its last word is a plural proper noun after "the" ("the Larry
     * Ellisons of the world" is Larry Ellison), or {@code null} when the span is not such a plural.
     */
    static String singular(List<CoreLabel> sentence, Span span) {
        CoreLabel last = sentence.get(span.end() - 1);
        String word = last.word();
        if (span.begin() == 0
                || !"NNPS".equals(last.tag())
                || word.length() < 4
                || !word.endsWith("s")
                || word.endsWith("ss")
                || !"the".equals(sentence.get(span.begin() - 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = span.begin(); i < span.end(); i++) {
            String w = sentence.get(i).word();
            if (i == span.end() - 1) {
                w = w.substring(0, w.length() - 1);
            }
            if (name.length() > 0 && !touching(sentence.get(i - 1), sentence.get(i))) {
                name.append(' ');
            }
            name.append(w);
        }
        return name.toString();
    }
}
