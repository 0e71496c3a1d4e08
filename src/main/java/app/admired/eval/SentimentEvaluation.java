package app.admired.eval;

import app.admired.nlp.Sentiment;
import app.admired.nlp.sentiment.TargetSentimentModel;
import app.admired.nlp.sentiment.TargetVerdict;
import app.admired.nlp.sentiment.TargetedSentiment;
import java.util.List;

/** Targeted sentiment versus CoreNLP's sentence-level sentiment on labelled NewsMTSC targets. */
public final class SentimentEvaluation {

    public static final List<String> LABELS =
            List.of(TargetSentimentModel.NEGATIVE, TargetSentimentModel.NEUTRAL, TargetSentimentModel.POSITIVE);

    /** Both methods' confusion matrices over the same targets. */
    public record Result(Confusion targeted, Confusion sentenceLevel) {}

    private SentimentEvaluation() {}

    public static Result run(List<NewsMtsc.Sentence> sentences, TargetedSentiment sentiment) {
        Confusion targeted = new Confusion(LABELS);
        Confusion baseline = new Confusion(LABELS);
        for (NewsMtsc.Sentence sentence : sentences) {
            List<TargetVerdict> verdicts = sentiment.judge(sentence.text(), sentence.targets());
            for (int i = 0; i < verdicts.size(); i++) {
                String gold = sentence.polarities().get(i);
                targeted.add(gold, verdicts.get(i).polarity());
                baseline.add(gold, Sentiment.polarity(verdicts.get(i).sentenceClass()));
            }
        }
        return new Result(targeted, baseline);
    }
}
