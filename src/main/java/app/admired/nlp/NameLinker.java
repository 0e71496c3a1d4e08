package app.admired.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Decides which names are the same person, within one set of names (one document, or the whole
 * corpus):
 * <ol>
 *   <li>spellings that differ only in case, diacritics or initials' punctuation ("José Martí",
 *       "JOSE MARTI", "J.K. Rowling" / "J. K. Rowling") are one person, shown in their most frequent
 *       spelling (ties: not all capitals, then with diacritics, then alphabetical);</li>
 *   <li>a short form joins the one longer name it ends ("Bezos", "van Beethoven") — or, within a
 *       document, the one it starts ("Satya") — and a plural ("the Larry Ellisons of the world")
 *       joins its singular;</li>
 *   <li>nothing is linked when the short form fits two names ("Jobs" beside "Steve Jobs" and
 *       "Jane Jobs"): a wrong merge is worse than a missed one.</li>
 * </ol>
 */
public final class NameLinker {

    /** How far a short name may reach. */
    public enum Scope {
        /** Within one document: surnames and first names both link. */
        DOCUMENT,
        /**
         * Across the corpus: surnames only. A first name alone ("Larry, thanks for this") usually
         * addresses someone in that thread, not the famous Larry of another article.
         */
        CORPUS
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameLinker() {}

    /**
     * The canonical name for each name in {@code names} (which may repeat: repeats make a spelling
     * more frequent). The result is the same whatever the order of {@code names}.
     */
    public static Map<String, String> link(Collection<String> names, Scope scope) {
        // 1. One representative spelling per folded key (each distinct name folded once).
        Map<String, String> keyOf = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        for (String name : names) {
            String key = keyOf.computeIfAbsent(name, NameLinker::key);
            spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
        }
        Map<String, String> representative = new HashMap<>();
        spellings.forEach((key, counts) -> representative.put(
                key,
                counts.entrySet().stream()
                        .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                                .thenComparingInt(e -> shouted(e.getKey()) ? 1 : 0)
                                .thenComparingInt(
                                        e -> key(e.getKey()).equals(e.getKey().toLowerCase(Locale.ROOT)) ? 1 : 0)
                                .thenComparing(Map.Entry::getKey))
                        .orElseThrow()
                        .getKey()));
        // 2. Short keys join the one longer key they end (or start, in a document).
        Keys keys = new Keys(spellings.keySet());
        Map<String, String> canonicalKey = new HashMap<>();
        for (String key : spellings.keySet()) {
            canonicalKey.put(key, keys.longerForm(key, scope));
        }
        Map<String, String> canonical = new HashMap<>();
        keyOf.forEach((name, key) -> canonical.put(name, representative.get(canonicalKey.get(key))));
        return canonical;
    }

    /** Case-, accent- and punctuation-insensitive comparison key: "José  Martí" → "jose marti". */
    public static String key(String name) {
        String folded =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return folded.toLowerCase(Locale.ROOT)
                .replace('.', ' ')
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * The distinct keys, indexed by their last and first word: a name can only end (or start)
     * another that shares its last (or first) word, so each lookup scans a handful of candidates
     * instead of every name in the corpus.
     */
    private static final class Keys {
        private final Set<String> all;
        private final Map<String, List<String[]>> byLastWord = new HashMap<>();
        private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

        Keys(Set<String> keys) {
            this.all = keys;
            for (String key : keys) {
                String[] words = key.split(" ");
                byLastWord
                        .computeIfAbsent(words[words.length - 1], w -> new ArrayList<>())
                        .add(words);
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            }
        }

        String longerForm(String key, Scope scope) {
            String singular = singular(key);
            if (!singular.equals(key)) {
                return longerForm(singular, scope);
            }
            String[] words = key.split(" ");
            List<String[]> endsWith = longest(byLastWord.getOrDefault(words[words.length - 1], List.of()).stream()
                    .filter(k -> isSuffix(words, k))
                    .toList());
            if (endsWith.size() == 1) {
                return String.join(" ", endsWith.get(0));
            }
            if (endsWith.isEmpty() && scope == Scope.DOCUMENT && words.length == 1) {
                List<String[]> startsWith = byFirstWord.getOrDefault(words[0], List.of()).stream()
                        .filter(k -> isPrefix(words, k))
                        .toList();
                if (startsWith.size() == 1) {
                    return String.join(" ", startsWith.get(0));
                }
            }
            return key;
        }

        /** "larry ellisons" becomes "larry ellison" when that name, or the surname, is known too. */
        private String singular(String key) {
            if (key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
                String stem = key.substring(0, key.length() - 1);
                String[] stemWords = stem.split(" ");
                if (all.contains(stem)
                        || byLastWord.getOrDefault(stemWords[stemWords.length - 1], List.of()).stream()
                                .anyMatch(k -> isSuffix(stemWords, k))) {
                    return stem;
                }
            }
            return key;
        }
    }

    /** Drops candidates that are themselves the end of another candidate ("van beethoven" in "ludwig van beethoven"). */
    private static List<String[]> longest(List<String[]> candidates) {
        return candidates.stream()
                .filter(c -> candidates.stream().noneMatch(other -> isSuffix(c, other)))
                .toList();
    }

    /** "LISA SU": all capitals, as in headlines and shouting comments; the worst spelling to show. */
    private static boolean shouted(String name) {
        return name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** {@code shorter} is the last words of a strictly longer {@code longer}. */
    private static boolean isSuffix(String[] shorter, String[] longer) {
        return longer.length > shorter.length
                && Arrays.equals(shorter, Arrays.copyOfRange(longer, longer.length - shorter.length, longer.length));
    }

    private static boolean isPrefix(String[] shorter, String[] longer) {
        return longer.length > shorter.length && Arrays.equals(shorter, Arrays.copyOf(longer, shorter.length));
    }
}
