package app.admired.report;

import app.admired.index.MentionRecord;
import app.admired.nlp.Aliases;
import app.admired.nlp.NameLinker;
import app.admired.nlp.Sentiment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregates mentions into ranked {@link PersonSummary} rows.
 *
 * <p>Each mention carries evidence in [-1, 1]. Its positive part is positive evidence, its negative
 * part negative evidence. Evidence is first summed per <em>holder</em> (the author of the document,
 * or the document when it has none) and capped at one vote per holder, so one prolific writer
 * cannot outweigh many admirers. A person's score is the Wilson lower bound of the positive share of
 * the votes minus that of the negative share ({@link #score}): it needs both a favourable balance
 * and enough distinct voices to rank high. Ties are
 * broken by net evidence, then mentions, then name, so the order is total and reproducible.
 */
public final class Ranking {

    /**
     * Rank order: score, then net evidence (positive minus negative, so among people with no
     * positive evidence the criticised sink below the merely mentioned), then mentions (all
     * descending), then name.
     */
    public static final Comparator<PersonSummary> ORDER = Comparator.comparingDouble(PersonSummary::score)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Ranking::netEvidence).reversed())
            .thenComparing(Comparator.comparingInt(PersonSummary::mentions).reversed())
            .thenComparing(PersonSummary::person);

    private static final Comparator<MentionRecord> QUOTE_ORDER = Comparator.comparingDouble(MentionRecord::score)
            .reversed()
            .thenComparing(MentionRecord::path)
            .thenComparingInt(MentionRecord::position)
            .thenComparingInt(MentionRecord::begin);

    private Ranking() {}

    /**
     * The corpus-wide canonical name for each name in the mentions: the user's aliases first, then
     * automatic linking (spelling variants, surnames joined to full names).
     */
    public static Map<String, String> canonicalNames(List<MentionRecord> mentions, Aliases aliases) {
        return canonicalNamesOf(mentions.stream().map(MentionRecord::person).toList(), aliases);
    }

    /**
     * The stored person names that {@code person} stands for: the names whose canonical name is the
     * one {@code person} resolves to, as a canonical name, an alias, or a spelling or short form used
     * in the corpus, or else a surname that ends exactly one canonical name. Empty when nobody in the
     * index matches.
     *
     * @param nameCounts how many mentions carry each stored name (as the index gives them)
     */
    public static Set<String> storedNamesOf(String person, Map<String, Integer> nameCounts, Aliases aliases) {
        Map<String, String> canonical = canonicalNames(nameCounts, aliases);
        String wanted = NameLinker.key(aliases.apply(person.strip()));
        Set<String> targets = new HashSet<>();
        canonical.forEach((stored, canon) -> {
            if (NameLinker.key(stored).equals(wanted) || NameLinker.key(canon).equals(wanted)) {
                targets.add(canon);
            }
        });
        if (targets.isEmpty() && !wanted.contains(" ")) {
            // A surname the corpus never wrote alone ("Lovelace" for "Ada Lovelace"): the one person
            // whose canonical name ends with it; several such people are ambiguous, so no match.
            Set<String> bySurname = new HashSet<>();
            canonical.values().forEach(canon -> {
                if (NameLinker.key(canon).endsWith(" " + wanted)) {
                    bySurname.add(canon);
                }
            });
            if (bySurname.size() == 1) {
                targets.addAll(bySurname);
            }
        }
        Set<String> stored = new java.util.TreeSet<>();
        canonical.forEach((name, canon) -> {
            if (targets.contains(canon)) {
                stored.add(name);
            }
        });
        return stored;
    }

    /**
     * As {@link #canonicalNames(List, Aliases)}, from the stored names and how many mentions carry
     * each (what the index gives without reading every mention).
     */
    public static Map<String, String> canonicalNames(Map<String, Integer> nameCounts, Aliases aliases) {
        List<String> names = new ArrayList<>();
        nameCounts.forEach((name, count) -> {
            for (int i = 0; i < count; i++) {
                names.add(name);
            }
        });
        return canonicalNamesOf(names, aliases);
    }

    private static Map<String, String> canonicalNamesOf(List<String> names, Aliases aliases) {
        Map<String, String> linked =
                NameLinker.link(names.stream().map(aliases::apply).toList(), NameLinker.Scope.CORPUS);
        Map<String, String> canonical = new HashMap<>();
        names.forEach(name -> canonical.put(name, linked.get(aliases.apply(name))));
        return canonical;
    }

    /** Links names across the corpus, aggregates per person and sorts. */
    public static List<PersonSummary> rank(List<MentionRecord> mentions) {
        return rank(mentions, Aliases.NONE);
    }

    public static List<PersonSummary> rank(List<MentionRecord> mentions, Aliases aliases) {
        return rank(mentions, canonicalNames(mentions, aliases));
    }

    /** Aggregates per person under names already linked ({@link #canonicalNames}), and sorts. */
    public static List<PersonSummary> rank(List<MentionRecord> mentions, Map<String, String> canonical) {
        Map<String, List<MentionRecord>> byPerson = new TreeMap<>();
        for (MentionRecord m : mentions) {
            byPerson.computeIfAbsent(canonical.get(m.person()), k -> new ArrayList<>())
                    .add(m);
        }
        List<PersonSummary> rows = new ArrayList<>();
        byPerson.forEach((person, list) -> rows.add(summarise(person, list)));
        rows.sort(ORDER);
        return rows;
    }

    /**
     * The ranking score in [-1, 1]: the Wilson lower bound of the positive share of the evidence
     * minus that of the negative share. Both need enough evidence to move far from 0, so a person
     * with one rave is near 0, and a person mostly criticised falls below the merely mentioned.
     */
    public static double score(double positiveEvidence, double negativeEvidence) {
        double total = positiveEvidence + negativeEvidence;
        return WilsonBound.lower(positiveEvidence, total, WilsonBound.Z_95)
                - WilsonBound.lower(negativeEvidence, total, WilsonBound.Z_95);
    }

    static double netEvidence(PersonSummary row) {
        return row.positiveEvidence() - row.negativeEvidence();
    }

    /** One holder's evidence about one person. */
    private static final class Votes {
        double positive;
        double negative;
    }

    static PersonSummary summarise(String person, List<MentionRecord> mentions) {
        Map<String, Votes> byHolder = new TreeMap<>();
        double judgedSum = 0;
        double sentenceSum = 0;
        int judged = 0;
        int positive = 0;
        int neutral = 0;
        int negative = 0;
        int admirationCues = 0;
        int criticismCues = 0;
        String firstSeen = "";
        String lastSeen = "";
        Set<String> documents = new HashSet<>();
        for (MentionRecord m : mentions) {
            documents.add(m.documentId());
            if (m.date().length() >= 10 && DatePolicy.hasYear(m.date())) {
                String day = m.date().substring(0, 10);
                firstSeen = firstSeen.isEmpty() || day.compareTo(firstSeen) < 0 ? day : firstSeen;
                lastSeen = day.compareTo(lastSeen) > 0 ? day : lastSeen;
            }
            if (m.cue().startsWith("admiration")) {
                admirationCues++;
            } else if (m.cue().startsWith("criticism")) {
                criticismCues++;
            }
            switch (m.polarity()) {
                case "positive" -> positive++;
                case "neutral" -> neutral++;
                case "negative" -> negative++;
                default -> {
                    continue; // no verdict: counted as a mention, not as evidence
                }
            }
            judged++;
            judgedSum += m.score();
            if (Holders.isSelf(m, person)) {
                continue; // a speaker's view of themselves is a mention, not evidence
            }
            sentenceSum += Sentiment.score(m.sentenceClass());
            // Evidence comes from positive and negative verdicts only; a neutral one is not evidence.
            Votes votes = byHolder.computeIfAbsent(m.holder(), h -> new Votes());
            if (m.polarity().equals("positive")) {
                votes.positive += Math.max(0, m.score());
            } else if (m.polarity().equals("negative")) {
                votes.negative += Math.max(0, -m.score());
            }
        }
        double positiveEvidence = 0;
        double negativeEvidence = 0;
        int admirers = 0;
        int critics = 0;
        for (Votes votes : byHolder.values()) {
            double total = votes.positive + votes.negative;
            double scale = total > 1 ? 1 / total : 1;
            positiveEvidence += votes.positive * scale;
            negativeEvidence += votes.negative * scale;
            if (votes.positive > votes.negative) {
                admirers++;
            } else if (votes.negative > votes.positive) {
                critics++;
            }
        }
        double score = score(positiveEvidence, negativeEvidence);
        MentionRecord best = mentions.stream().min(QUOTE_ORDER).orElseThrow();
        return new PersonSummary(
                person,
                score,
                positiveEvidence,
                negativeEvidence,
                admirers,
                critics,
                mentions.size(),
                documents.size(),
                positive,
                neutral,
                negative,
                admirationCues,
                criticismCues,
                judged == 0 ? 0.0 : judgedSum / judged,
                judged == 0 ? 0.0 : sentenceSum / judged,
                firstSeen,
                lastSeen,
                best.sentence(),
                best.documentId());
    }
}
