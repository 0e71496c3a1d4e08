package app.admired.eval;

import app.admired.ingest.SourceDocument;
import app.admired.nlp.NameLinker;
import app.admired.nlp.PersonAnnotator;
import app.admired.nlp.PersonMention;
import app.admired.nlp.attribution.Attribution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quote spans and speakers against a {@link QuoteSet}: a predicted quotation matches a gold one when
 * their overlap is at least half of the longer of the two (the Gender Gap Tracker counts overlap ≥
 * 0.3); speaker accuracy is the share of gold quotations whose matched prediction names the gold
 * speaker (by {@link NameLinker#key}; an unmatched gold quote counts as wrong); holder accuracy is
 * the share of gold holders that the first mention of the person gets.
 */
public final class QuoteEvaluation {

    static final double MIN_OVERLAP = 0.5;

    public record Result(
            int gold,
            int predicted,
            int matchedGold,
            int matchedPredicted,
            int rightSpeaker,
            int holders,
            int rightHolders,
            List<String> errors) {
        public double precision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double speakerAccuracy() {
            return gold == 0 ? 0 : (double) rightSpeaker / gold;
        }

        public double speakerAccuracyOnMatched() {
            return matchedGold == 0 ? 0 : (double) rightSpeaker / matchedGold;
        }

        public double holderAccuracy() {
            return holders == 0 ? 0 : (double) rightHolders / holders;
        }
    }

    private QuoteEvaluation() {}

    public static Result run(List<QuoteSet.Document> documents, PersonAnnotator annotator, boolean withHolders) {
        int gold = 0;
        int predicted = 0;
        int matchedGold = 0;
        int rightSpeaker = 0;
        int holders = 0;
        int rightHolders = 0;
        Set<String> matchedPredictions = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (QuoteSet.Document d : documents) {
            SourceDocument source = SourceDocument.article(d.id(), "", d.author(), "", d.text());
            List<Attribution.AttributedQuote> found = annotator.quotes(source);
            predicted += found.size();
            for (QuoteSet.GoldQuote g : d.quotes()) {
                gold++;
                Attribution.AttributedQuote match = best(g, found);
                if (match == null) {
                    errors.add(d.id() + ": missed quote " + snippet(d.text(), g.begin(), g.end()));
                    continue;
                }
                matchedGold++;
                matchedPredictions.add(d.id() + "@" + match.begin());
                if (NameLinker.key(match.speaker()).equals(NameLinker.key(g.speaker()))) {
                    rightSpeaker++;
                } else {
                    errors.add(d.id() + ": speaker '" + match.speaker() + "' for '" + g.speaker() + "' at "
                            + snippet(d.text(), g.begin(), g.end()));
                }
            }
            if (withHolders && !d.holders().isEmpty()) {
                List<PersonMention> mentions = annotator.annotate(source);
                for (QuoteSet.GoldHolder h : d.holders()) {
                    holders++;
                    PersonMention first = mentions.stream()
                            .filter(m -> NameLinker.key(m.person()).equals(NameLinker.key(h.person())))
                            .findFirst()
                            .orElse(null);
                    String got = first == null ? "(not found)" : first.holder();
                    if (first != null && NameLinker.key(got).equals(NameLinker.key(h.holder()))) {
                        rightHolders++;
                    } else {
                        errors.add(d.id() + ": holder '" + got + "' for " + h.person() + ", gold '" + h.holder() + "'");
                    }
                }
            }
        }
        return new Result(
                gold,
                predicted,
                matchedGold,
                matchedPredictions.size(),
                rightSpeaker,
                holders,
                rightHolders,
                List.copyOf(errors));
    }

    private static Attribution.AttributedQuote best(QuoteSet.GoldQuote g, List<Attribution.AttributedQuote> found) {
        Attribution.AttributedQuote best = null;
        double bestOverlap = 0;
        for (Attribution.AttributedQuote q : found) {
            int overlap = Math.min(g.end(), q.end()) - Math.max(g.begin(), q.begin());
            double share = overlap / (double) Math.max(g.end() - g.begin(), q.end() - q.begin());
            if (share >= MIN_OVERLAP && share > bestOverlap) {
                best = q;
                bestOverlap = share;
            }
        }
        return best;
    }

    private static String snippet(String text, int begin, int end) {
        String s = text.substring(begin, Math.min(end, begin + 40)).replace('\n', ' ');
        return "'" + s + (end - begin > 40 ? "…'" : "'");
    }
}
