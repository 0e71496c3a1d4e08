package app.admired.nlp;

import app.admired.ingest.ResourceLines;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a PERSON mention as written ("Mr. Bezos's", "CEO  Lisa Su") into a clean name ("Bezos",
 * "Lisa Su"): Unicode NFC, one space between words, edge punctuation, possessives, and leading
 * titles and trailing qualifications (from {@code titles.txt} and {@code name-suffixes.txt}) removed.
 * A mention that is left with no real name ("Mr.", "CEO", "2011") is rejected.
 */
public final class NameNormalizer {

    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|')$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\p{P}\\p{S}\\s&&[^']]+|[\\p{P}\\p{S}\\s&&[^.']]+$");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\p{Nd}");

    /** Joins two titles ("President and CEO Lisa Su"); dropped only after a title. */
    private static final Set<String> TITLE_CONNECTORS = Set.of("and", "&", "of");

    /** Longer "names" are NER run-ons (a list of people read as one), not a person. */
    private static final int MAX_NAME_WORDS = 5;

    private final Set<String> titles;
    private final Set<String> suffixes;
    private final Set<String> notPersons;

    private NameNormalizer(Set<String> titles, Set<String> suffixes, Set<String> notPersons) {
        this.titles = titles;
        this.suffixes = suffixes;
        this.notPersons = notPersons;
    }

    /** The normaliser with the bundled title, suffix and not-a-person lists. */
    public static NameNormalizer standard() {
        Set<String> notPersons = new HashSet<>();
        ResourceLines.read(NameNormalizer.class, "not-persons.txt")
                .forEach(line -> notPersons.add(NameLinker.key(line)));
        return new NameNormalizer(wordList("titles.txt"), wordList("name-suffixes.txt"), Set.copyOf(notPersons));
    }

    /**
     * The clear rules for dropping a false person: no capitalised word ("he", "the board"), more
     * than five words, or a name on the {@code not-persons.txt} list (products, companies).
     */
    public boolean isPlausiblePerson(String name) {
        String[] words = name.split(" ");
        return words.length <= MAX_NAME_WORDS
                && Arrays.stream(words).anyMatch(w -> Character.isUpperCase(w.codePointAt(0)))
                && !notPersons.contains(NameLinker.key(name));
    }

    /** The clean name, or empty when nothing name-like remains. */
    public Optional<String> normalize(String surface) {
        String name = Normalizer.normalize(surface, Normalizer.Form.NFC)
                .replace('\u2019', '\'')
                .replace('\u00A0', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        name = EDGE_PUNCTUATION.matcher(name).replaceAll("");
        name = POSSESSIVE.matcher(name).replaceAll("").strip();
        List<String> words = new ArrayList<>(Arrays.asList(name.split(" ")));
        boolean strippedTitle = false;
        while (!words.isEmpty()
                && (titles.contains(key(words.get(0)))
                        || strippedTitle && TITLE_CONNECTORS.contains(key(words.get(0))))) {
            words.remove(0);
            strippedTitle = true;
        }
        while (!words.isEmpty() && suffixes.contains(key(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        // A comma left before a removed suffix ("Jane Roe, PhD") is not part of the name.
        name = String.join(" ", words).replaceAll("[,;:]+$", "").strip();
        if (name.length() < 2
                || !HAS_LETTER.matcher(name).find()
                || HAS_DIGIT.matcher(name).find()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static String key(String word) {
        return word.replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT);
    }

    private static Set<String> wordList(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : ResourceLines.read(NameNormalizer.class, resource)) {
            words.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
