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

    private NameLinker() {
    }

    /**
     * The canonical name for each name in {@code names} (which may repeat: repeats make a spelling
     * more frequent). The result is the same whatever the order of {@code names}.
     */
    public static Map<String, String> link(Collection<String> names, Scope scope) {
        // 1. One representative spelling per folded key.
        Map<String, Map<String, Integer>> spellings = new TreeMap<>();
        for (String name : names) {
            spellings.computeIfAbsent(key(name), k -> new TreeMap<>()).merge(name, 1, Integer::sum);
        }
        Map<String, String> representative = new HashMap<>();
        spellings.forEach((key, counts) -> representative.put(key, counts.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> shouted(e.getKey()) ? 1 : 0)
                        .thenComparingInt(e -> key(e.getKey()).equals(e.getKey().toLowerCase(Locale.ROOT)) ? 1 : 0)
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey()));
        // 2. Short keys join the one longer key they end (or start, in a document).
        List<String> keys = new ArrayList<>(spellings.keySet());
        Map<String, String> canonicalKey = new HashMap<>();
        for (String key : keys) {
            canonicalKey.put(key, longerForm(key, keys, scope));
        }
        Map<String, String> canonical = new HashMap<>();
        for (String name : names) {
            canonical.put(name, representative.get(canonicalKey.get(key(name))));
        }
        return canonical;
    }

    /** Case-, accent- and punctuation-insensitive comparison key: "José  Martí" → "jose marti". */
    public static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return folded.toLowerCase(Locale.ROOT).replace('.', ' ').replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    private static String longerForm(String key, List<String> keys, Scope scope) {
        String singular = singular(key, keys);
        if (!singular.equals(key)) {
            return longerForm(singular, keys, scope);
        }
        String[] words = key.split(" ");
        List<String> endsWith = longest(keys.stream().filter(k -> isSuffix(words, k.split(" "))).toList());
        if (endsWith.size() == 1) {
            return endsWith.get(0);
        }
        if (endsWith.isEmpty() && scope == Scope.DOCUMENT && words.length == 1) {
            List<String> startsWith = keys.stream().filter(k -> isPrefix(words, k.split(" "))).toList();
            if (startsWith.size() == 1) {
                return startsWith.get(0);
            }
        }
        return key;
    }

    /** Drops candidates that are themselves the end of another candidate ("van beethoven" in "ludwig van beethoven"). */
    private static List<String> longest(List<String> candidates) {
        return candidates.stream()
                .filter(c -> candidates.stream().noneMatch(other -> isSuffix(c.split(" "), other.split(" "))))
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

    /** "larry ellisons" becomes "larry ellison" when that name, or the surname, is known too. */
    private static String singular(String key, List<String> keys) {
        if (key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
            String stem = key.substring(0, key.length() - 1);
            String[] stemWords = stem.split(" ");
            if (keys.contains(stem) || keys.stream().anyMatch(k -> isSuffix(stemWords, k.split(" ")))) {
                return stem;
            }
        }
        return key;
    }
}
