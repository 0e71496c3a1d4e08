package app.admired.report;

import app.admired.index.MentionRecord;
import app.admired.nlp.NameLinker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregates mentions into ranked {@link PersonSummary} rows.
 *
 * <p>Each mention carries a score in [-1, 1]. Its positive part is positive evidence, its negative
 * part negative evidence; a person's score is the Wilson lower bound of the positive share of that
 * evidence, so a person needs both a favourable balance and enough evidence to rank high. Ties are
 * broken by net evidence, then mentions, then name, so the order is total and reproducible.
 */
public final class Ranking {

    /**
     * Rank order: score, then net evidence (positive minus negative, so among people with no
     * positive evidence the criticised sink below the merely mentioned), then mentions (all
     * descending), then name.
     */
    public static final Comparator<PersonSummary> ORDER = Comparator
            .comparingDouble(PersonSummary::score).reversed()
            .thenComparing(Comparator.comparingDouble(Ranking::netEvidence).reversed())
            .thenComparing(Comparator.comparingInt(PersonSummary::mentions).reversed())
            .thenComparing(PersonSummary::person);

    private static final Comparator<MentionRecord> QUOTE_ORDER = Comparator
            .comparingDouble(MentionRecord::sentimentScore).reversed()
            .thenComparing(MentionRecord::path)
            .thenComparingInt(MentionRecord::position)
            .thenComparingInt(MentionRecord::begin);

    private Ranking() {
    }

    /** Links names across the corpus, aggregates per person and sorts. */
    public static List<PersonSummary> rank(List<MentionRecord> mentions) {
        Map<String, String> canonical = NameLinker.link(
                mentions.stream().map(MentionRecord::person).toList(), NameLinker.Scope.CORPUS);
        Map<String, List<MentionRecord>> byPerson = new TreeMap<>();
        for (MentionRecord m : mentions) {
            byPerson.computeIfAbsent(canonical.get(m.person()), k -> new ArrayList<>()).add(m);
        }
        List<PersonSummary> rows = new ArrayList<>();
        byPerson.forEach((person, list) -> rows.add(summarise(person, list)));
        rows.sort(ORDER);
        return rows;
    }

    static double netEvidence(PersonSummary row) {
        return row.positiveEvidence() - row.negativeEvidence();
    }

    static PersonSummary summarise(String person, List<MentionRecord> mentions) {
        double positiveEvidence = 0;
        double negativeEvidence = 0;
        double judgedSum = 0;
        int judged = 0;
        int positive = 0;
        int neutral = 0;
        int negative = 0;
        Set<String> documents = new HashSet<>();
        for (MentionRecord m : mentions) {
            documents.add(m.documentId());
            switch (m.polarity()) {
                case "positive" -> positive++;
                case "neutral" -> neutral++;
                case "negative" -> negative++;
                default -> {
                    continue; // no verdict: counted as a mention, not as evidence
                }
            }
            judged++;
            judgedSum += m.sentimentScore();
            positiveEvidence += Math.max(0, m.sentimentScore());
            negativeEvidence += Math.max(0, -m.sentimentScore());
        }
        double score = WilsonBound.lower(positiveEvidence, positiveEvidence + negativeEvidence, WilsonBound.Z_95);
        MentionRecord best = mentions.stream().min(QUOTE_ORDER).orElseThrow();
        return new PersonSummary(person, score, positiveEvidence, negativeEvidence,
                judged == 0 ? 0.0 : judgedSum / judged, mentions.size(), documents.size(),
                positive, neutral, negative, best.sentence(), best.documentId());
    }
}
