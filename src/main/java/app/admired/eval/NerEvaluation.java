package app.admired.eval;

import app.admired.nlp.PersonAnnotator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Precision, recall and F1 of our person spans against gold PER spans, exact match only. */
public final class NerEvaluation {

    /** Counts over a data set. */
    public record Result(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private NerEvaluation() {}

    /**
     * Scores each document's sentences annotated together, as the batch annotates a document: the
     * document-level name repairs (a surname repeated after the full name) count.
     */
    public static Result run(List<Conll.Sentence> sentences, PersonAnnotator annotator) {
        int truePositives = 0;
        int predicted = 0;
        int gold = 0;
        for (int from = 0; from < sentences.size(); ) {
            int to = from;
            while (to < sentences.size()
                    && sentences.get(to).document() == sentences.get(from).document()) {
                to++;
            }
            List<Conll.Sentence> document = sentences.subList(from, to);
            List<List<int[]>> ours = annotator.personTokenSpansOfDocument(
                    document.stream().map(Conll.Sentence::tokens).toList());
            for (int i = 0; i < document.size(); i++) {
                Set<String> goldSpans = new HashSet<>();
                document.get(i).persons().forEach(s -> goldSpans.add(s[0] + ":" + s[1]));
                gold += goldSpans.size();
                predicted += ours.get(i).size();
                for (int[] span : ours.get(i)) {
                    if (goldSpans.contains(span[0] + ":" + span[1])) {
                        truePositives++;
                    }
                }
            }
            from = to;
        }
        return new Result(truePositives, predicted, gold);
    }
}
