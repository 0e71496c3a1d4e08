package app.admired.nlp;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Links short forms of a name to the full name they stand for, within one set of names (one
 * document, or the whole corpus): a surname alone ("Bezos") or a first name alone ("Satya") joins
 * the one full name that ends or starts with it, and a plural ("the Larry Ellisons of the world")
 * joins its singular. Nothing is linked when the short form fits two full names ("Jobs" beside
 * "Steve Jobs" and "Jane Jobs"): a wrong merge is worse than a missed one.
 */
public final class NameLinker {

    private NameLinker() {
    }

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

    /**
     * The canonical name for each name in {@code names}; a name with no longer form maps to itself.
     * The result is the same whatever the order of {@code names}.
     */
    public static Map<String, String> link(Collection<String> names, Scope scope) {
        TreeSet<String> distinct = new TreeSet<>(names);
        List<String> fullNames = distinct.stream().filter(n -> n.contains(" ")).toList();
        Map<String, String> canonical = new HashMap<>();
        for (String name : distinct) {
            canonical.put(name, canonicalFor(name, distinct, fullNames, scope));
        }
        return canonical;
    }

    private static String canonicalFor(String name, TreeSet<String> all, List<String> fullNames, Scope scope) {
        String singular = singular(name, all);
        if (singular.contains(" ")) {
            return singular;
        }
        List<String> bySurname = fullNames.stream().filter(f -> lastWord(f).equalsIgnoreCase(singular)).toList();
        if (bySurname.size() == 1) {
            return bySurname.get(0);
        }
        if (bySurname.isEmpty() && scope == Scope.DOCUMENT) {
            List<String> byFirstName = fullNames.stream().filter(f -> firstWord(f).equalsIgnoreCase(singular)).toList();
            if (byFirstName.size() == 1) {
                return byFirstName.get(0);
            }
        }
        return singular;
    }

    /** "Larry Ellisons" becomes "Larry Ellison" when that name is known too; otherwise unchanged. */
    private static String singular(String name, TreeSet<String> all) {
        if (name.length() > 3 && name.endsWith("s") && !name.endsWith("ss")) {
            String stem = name.substring(0, name.length() - 1);
            if (all.contains(stem) || (!stem.contains(" ") && all.stream().anyMatch(n -> n.contains(" ")
                    && lastWord(n).equals(stem)))) {
                return stem;
            }
        }
        return name;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
