package app.admired.report;

import app.admired.index.MentionRecord;
import app.admired.nlp.NameLinker;
import app.admired.nlp.attribution.Holder;
import app.admired.nlp.attribution.Roles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Holders across the corpus: quoted speakers under their corpus-wide names, the role and
 * organisation the corpus states most often for each person and holder, {@code holders.csv} (who
 * thinks what of whom), filters by holder role and kind, and the "admired by 3 CIOs, 14 commenters"
 * line of the HTML report.
 */
public final class Holders {

    public static final String FILE_NAME = "holders.csv";

    static final List<String> HEADER = List.of(
            "holder",
            "holder_kind",
            "holder_role",
            "holder_organization",
            "person",
            "view",
            "mentions",
            "positive_evidence",
            "negative_evidence",
            "evidence");

    /** A role and an organisation (each possibly empty). */
    public record RoleOf(String role, String organization) {
        static final RoleOf NONE = new RoleOf("", "");
    }

    private Holders() {}

    /** Whether the mention is a speaker's view of themselves (not evidence about them). */
    static boolean isSelf(MentionRecord m, String person) {
        return Holder.QUOTED.equals(m.holderKind())
                && NameLinker.key(m.holderName()).equals(NameLinker.key(person));
    }

    /**
     * The mentions with quoted holders under their corpus-wide canonical names, and every holder's
     * role and organisation replaced by what the corpus states most often for them (the stated one
     * when the corpus states none).
     */
    public static List<MentionRecord> linked(List<MentionRecord> mentions, Map<String, String> canonical) {
        List<MentionRecord> named = new ArrayList<>(mentions.size());
        for (MentionRecord m : mentions) {
            if (Holder.QUOTED.equals(m.holderKind()) && canonical.containsKey(m.holderName())) {
                named.add(m.withHolder(canonical.get(m.holderName()), m.holderRole(), m.holderOrganization()));
            } else {
                named.add(m);
            }
        }
        Map<String, RoleOf> roles = roles(named, canonical);
        List<MentionRecord> out = new ArrayList<>(named.size());
        for (MentionRecord m : named) {
            RoleOf role = roles.get(NameLinker.key(holderDisplay(m)));
            if (role == null) {
                out.add(m);
            } else {
                out.add(m.withHolder(
                        m.holderName(),
                        role.role().isEmpty() ? m.holderRole() : role.role(),
                        role.organization().isEmpty() ? m.holderOrganization() : role.organization()));
            }
        }
        return out;
    }

    /** The holder as a name for people: the holder's name, else the author, else empty. */
    static String holderDisplay(MentionRecord m) {
        if (!m.holderName().isEmpty()) {
            return m.holderName();
        }
        return Holder.UNATTRIBUTED.equals(m.holderKind()) ? "" : m.author();
    }

    /**
     * The role and organisation the corpus states most often for each name (by {@link
     * NameLinker#key}): the roles stated at a person's mentions, and those stated for holders (once
     * per document). Ties: alphabetical.
     */
    public static Map<String, RoleOf> roles(List<MentionRecord> mentions, Map<String, String> canonical) {
        Map<String, Map<String, Integer>> roleCounts = new TreeMap<>();
        Map<String, Map<String, Integer>> orgCounts = new TreeMap<>();
        Set<String> seenHolder = new HashSet<>();
        for (MentionRecord m : mentions) {
            String person = NameLinker.key(canonical.getOrDefault(m.person(), m.person()));
            count(roleCounts, person, m.role());
            count(orgCounts, person, m.organization());
            String holder = holderDisplay(m);
            if (!holder.isEmpty() && seenHolder.add(m.documentId() + "\u0000" + holder)) {
                count(roleCounts, NameLinker.key(holder), m.holderRole());
                count(orgCounts, NameLinker.key(holder), m.holderOrganization());
            }
        }
        Map<String, RoleOf> roles = new HashMap<>();
        Set<String> names = new HashSet<>(roleCounts.keySet());
        names.addAll(orgCounts.keySet());
        for (String name : names) {
            roles.put(name, new RoleOf(mostOften(roleCounts.get(name)), mostOften(orgCounts.get(name))));
        }
        return roles;
    }

    private static void count(Map<String, Map<String, Integer>> counts, String name, String value) {
        if (!value.isEmpty()) {
            counts.computeIfAbsent(name, k -> new TreeMap<>()).merge(value, 1, Integer::sum);
        }
    }

    private static String mostOften(Map<String, Integer> counts) {
        if (counts == null) {
            return "";
        }
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * Which mentions count when asking by holder: the holder's role or role group matches {@code
     * role} (case-insensitive) and its kind is {@code kind}; a null filter keeps everything but a
     * speaker's own mentions (which are no one's view of them).
     */
    public static Predicate<MentionRecord> filter(String role, String kind) {
        Roles roles = Roles.standard();
        return m -> !isSelf(m, m.person())
                && (role == null || roles.matches(role, m.holderRole()))
                && (kind == null || kind.equalsIgnoreCase(m.holderKind()));
    }

    /** One holder's evidence about one person. */
    private static final class Row {
        final MentionRecord first;
        int mentions;
        double positive;
        double negative;
        MentionRecord strongest;

        Row(MentionRecord first) {
            this.first = first;
        }
    }

    /** Writes holders.csv: one row per holder and person, sorted by holder then person. */
    static void write(List<MentionRecord> mentions, Map<String, String> canonical, Path file) throws IOException {
        Map<String, Row> rows = rows(mentions, canonical);
        SpreadsheetCsv.write(file, HEADER, printer -> {
            for (Map.Entry<String, Row> e : rows.entrySet()) {
                Row row = e.getValue();
                MentionRecord m = row.first;
                printer.printRecord(
                        SpreadsheetCsv.text(holderLabel(m)),
                        m.holderKind(),
                        SpreadsheetCsv.text(m.holderRole()),
                        SpreadsheetCsv.text(m.holderOrganization()),
                        SpreadsheetCsv.text(canonical.getOrDefault(m.person(), m.person())),
                        view(row),
                        row.mentions,
                        SpreadsheetCsv.number(row.positive, 3),
                        SpreadsheetCsv.number(row.negative, 3),
                        SpreadsheetCsv.text(row.strongest.sentence()));
            }
        });
    }

    private static String holderLabel(MentionRecord m) {
        String display = holderDisplay(m);
        return display.isEmpty() ? m.holder() : display;
    }

    private static Map<String, Row> rows(List<MentionRecord> mentions, Map<String, String> canonical) {
        Map<String, Row> rows = new TreeMap<>();
        Comparator<MentionRecord> strength = Comparator.comparingDouble((MentionRecord m) -> Math.abs(m.score()));
        for (MentionRecord m : mentions) {
            String person = canonical.getOrDefault(m.person(), m.person());
            if (isSelf(m, person)) {
                continue;
            }
            Row row = rows.computeIfAbsent(m.holder() + "\u0000" + person, k -> new Row(m));
            row.mentions++;
            if (m.polarity().equals("positive")) {
                row.positive += Math.max(0, m.score());
            } else if (m.polarity().equals("negative")) {
                row.negative += Math.max(0, -m.score());
            }
            if (row.strongest == null || strength.compare(m, row.strongest) > 0) {
                row.strongest = m;
            }
        }
        return rows;
    }

    private static String view(Row row) {
        if (row.positive > row.negative) {
            return "positive";
        }
        return row.negative > row.positive ? "negative" : "neutral";
    }

    /**
     * For each person, who admires them: admiring holders counted by role when the corpus states
     * one, else by kind ("admired by 3 CIOs, 2 IT directors, 14 commenters"); empty when nobody does.
     */
    static Map<String, String> admiredBy(List<MentionRecord> mentions, Map<String, String> canonical) {
        Map<String, Map<String, Integer>> byPerson = new HashMap<>();
        rows(mentions, canonical).values().forEach(row -> {
            if (view(row).equals("positive")) {
                MentionRecord m = row.first;
                String label = !m.holderRole().isEmpty() ? m.holderRole() : kindLabel(m.holderKind());
                byPerson.computeIfAbsent(canonical.getOrDefault(m.person(), m.person()), k -> new TreeMap<>())
                        .merge(label, 1, Integer::sum);
            }
        });
        Map<String, String> lines = new HashMap<>();
        byPerson.forEach((person, counts) -> {
            List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
            sorted.sort(
                    Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : sorted) {
                parts.add(e.getValue() + " " + plural(e.getKey(), e.getValue()));
            }
            lines.put(person, "admired by " + String.join(", ", parts));
        });
        return lines;
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case Holder.COMMENTER -> "commenter";
            case Holder.QUOTED -> "person quoted";
            case Holder.UNATTRIBUTED -> "unattributed quote";
            default -> "author";
        };
    }

    private static String plural(String label, int count) {
        if (count == 1) {
            return label;
        }
        if (label.equals("person quoted")) {
            return "people quoted";
        }
        boolean acronym = label.equals(label.toUpperCase(Locale.ROOT));
        return label + (acronym ? "s" : label.endsWith("s") ? "" : "s");
    }

    /** The known roles and groups, for the note on an unknown --holder-role. */
    public static String knownRoles() {
        Roles roles = Roles.standard();
        Map<String, Boolean> all = new LinkedHashMap<>();
        roles.groups().forEach(g -> all.put(g, true));
        roles.roles().forEach(r -> all.put(r, true));
        return String.join(", ", all.keySet());
    }
}
