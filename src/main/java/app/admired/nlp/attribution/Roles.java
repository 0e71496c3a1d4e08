package app.admired.nlp.attribution;

import app.admired.ingest.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Role words and role groups ({@code roles.tsv}, {@code role-groups.tsv}): "chief information
 * officer" and "CIO" are the canonical role {@code CIO}, which belongs to the group {@code IT
 * leader}. Queries are case-insensitive.
 */
public final class Roles {

    private static final Roles STANDARD = load();

    /** Phrase key (see {@link #key}) to canonical role, longest phrase first. */
    private final Map<String, String> phrases;
    /** The phrases as written, longest first (for building patterns). */
    private final List<String> written;
    /** Group name to its roles. */
    private final Map<String, List<String>> groups;

    private Roles(List<String> written, Map<String, String> phrases, Map<String, List<String>> groups) {
        this.written = written;
        this.phrases = phrases;
        this.groups = groups;
    }

    /** The bundled role words and groups. */
    public static Roles standard() {
        return STANDARD;
    }

    private static Roles load() {
        List<String> written = new ArrayList<>();
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String line : ResourceLines.read(Roles.class, "roles.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("roles.tsv: want phrase<TAB>role: " + line);
            }
            written.add(cells[0].strip());
            phrases.put(key(cells[0]), cells[1].strip());
        }
        written.sort(Comparator.comparingInt((String p) -> p.split(" ").length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String line : ResourceLines.read(Roles.class, "role-groups.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("role-groups.tsv: want group<TAB>roles: " + line);
            }
            List<String> roles = new ArrayList<>();
            for (String role : cells[1].split(",")) {
                roles.add(role.strip());
            }
            groups.put(cells[0].strip(), List.copyOf(roles));
        }
        return new Roles(List.copyOf(written), phrases, groups);
    }

    static String key(String phrase) {
        return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The canonical role of role words as written ("Chief Information Officer" → CIO). */
    public Optional<String> canonical(String words) {
        String k = key(words);
        if (k.endsWith("s") && !phrases.containsKey(k) && phrases.containsKey(k.substring(0, k.length() - 1))) {
            k = k.substring(0, k.length() - 1);
        }
        return Optional.ofNullable(phrases.get(k));
    }

    /**
     * The canonical role of a free-text title from a byline or an export column ("CIO, Acme" → CIO;
     * "Senior IT Manager" → IT manager): the longest role phrase found in it.
     */
    public Optional<String> canonicalIn(String title) {
        String padded = " " + key(title.replaceAll("[,;:/()]", " ")) + " ";
        for (String phrase : written) {
            if (padded.contains(" " + key(phrase) + " ")) {
                if (isAcronym(phrase) && !title.contains(phrase)) {
                    continue;
                }
                return Optional.of(phrases.get(key(phrase)));
            }
        }
        return Optional.empty();
    }

    /** The role phrases as written, longest first. */
    List<String> phrases() {
        return written;
    }

    static boolean isAcronym(String word) {
        return word.length() <= 4 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.contains(" ");
    }

    /**
     * Whether a holder's canonical role matches a query: the role itself or a group holding it,
     * case-insensitively.
     */
    public boolean matches(String query, String role) {
        if (role == null || role.isEmpty()) {
            return false;
        }
        String q = key(query);
        if (key(role).equals(q)) {
            return true;
        }
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            if (key(group.getKey()).equals(q) && group.getValue().stream().anyMatch(r -> key(r).equals(key(role)))) {
                return true;
            }
        }
        return false;
    }

    /** The canonical roles a query stands for: the role itself, or every role of the group; sorted. */
    public List<String> rolesMatching(String query) {
        TreeSet<String> matching = new TreeSet<>();
        for (String role : phrases.values()) {
            if (matches(query, role)) {
                matching.add(role);
            }
        }
        return List.copyOf(matching);
    }

    /** Whether a query names a known role or group. */
    public boolean isKnown(String query) {
        String q = key(query);
        return phrases.values().stream().anyMatch(r -> key(r).equals(q))
                || groups.keySet().stream().anyMatch(g -> key(g).equals(q));
    }

    /** The canonical roles, sorted. */
    public List<String> roles() {
        return List.copyOf(new TreeSet<>(phrases.values()));
    }

    /** The group names, in file order. */
    public List<String> groups() {
        return List.copyOf(groups.keySet());
    }

    /** The groups a role belongs to, in file order. */
    public List<String> groupsOf(String role) {
        List<String> of = new ArrayList<>();
        groups.forEach((group, roles) -> {
            if (roles.contains(role)) {
                of.add(group);
            }
        });
        return of;
    }
}
