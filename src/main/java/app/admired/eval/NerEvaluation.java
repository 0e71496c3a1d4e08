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

    public static Result run(List<Conll.Sentence> sentences, PersonAnnotator annotator) {
        int truePositives = 0;
        int predicted = 0;
        int gold = 0;
        for (Conll.Sentence sentence : sentences) {
            Set<String> goldSpans = new HashSet<>();
            sentence.persons().forEach(s -> goldSpans.add(s[0] + ":" + s[1]));
            List<int[]> ours = annotator.personTokenSpans(sentence.tokens());
            gold += goldSpans.size();
            predicted += ours.size();
            for (int[] span : ours) {
                if (goldSpans.contains(span[0] + ":" + span[1])) {
                    truePositives++;
                }
            }
        }
        return new Result(truePositives, predicted, gold);
    }
}
