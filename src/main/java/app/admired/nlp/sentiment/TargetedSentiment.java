package app.admired.nlp.sentiment;

import app.admired.nlp.CharSpan;
import app.admired.nlp.CoreNlpSettings;
import app.admired.nlp.NlpPipeline;
import app.admired.nlp.PersonAnnotator;
import app.admired.nlp.Sentiment;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment toward a target in a sentence: the trained classifier over target-dependent features
 * plus the admiration cues. Used by {@link PersonAnnotator} for person mentions, and directly by
 * the evaluation and training commands for labelled targets.
 */
public final class TargetedSentiment {

    private final NlpPipeline pipeline;
    private final TargetSentimentModel model;
    private final AdmirationCues cues;

    public TargetedSentiment(NlpPipeline pipeline, TargetSentimentModel model, AdmirationCues cues) {
        this.pipeline = pipeline;
        this.model = model;
        this.cues = cues;
    }

    /** The bundled model and cue rules on the shared pipeline. */
    public static TargetedSentiment standard() {
        return new TargetedSentiment(NlpPipeline.shared(), TargetSentimentModel.bundled(), AdmirationCues.standard());
    }

    /** Featurisation only, for training a model: {@link #judge} is not available. */
    public static TargetedSentiment forTraining() {
        return new TargetedSentiment(NlpPipeline.shared(), null, AdmirationCues.standard());
    }

    /** Verdicts for targets given by character spans in one sentence (labelled evaluation data). */
    public List<TargetVerdict> judge(String sentence, List<CharSpan> targets) {
        ParsedSentence parsed = parseOne(sentence);
        List<Cue> found = cues(parsed);
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (CharSpan target : targets) {
            int[] span = tokenSpan(parsed.tokens(), target);
            verdicts.add(judge(parsed, span[0], span[1], found));
        }
        return verdicts;
    }

    /** Training features for targets in one sentence, in the order given. */
    public List<TargetSentimentModel.Features> features(String sentence, List<CharSpan> targets) {
        ParsedSentence parsed = parseOne(sentence);
        List<Cue> found = cues(parsed);
        List<TargetSentimentModel.Features> features = new ArrayList<>();
        for (CharSpan target : targets) {
            int[] span = tokenSpan(parsed.tokens(), target);
            features.add(
                    TargetFeatures.extract(parsed, span[0], span[1], AdmirationCues.cueFor(found, span[0], span[1])));
        }
        return features;
    }

    public TargetVerdict judge(ParsedSentence sentence, int begin, int end, List<Cue> sentenceCues) {
        if (model == null) {
            throw new IllegalStateException("no sentiment model: this instance is for training only");
        }
        if (!sentence.parsed()) {
            return TargetVerdict.none(Sentiment.NO_VERDICT);
        }
        Cue cue = AdmirationCues.cueFor(sentenceCues, begin, end);
        TargetSentimentModel.Prediction prediction = model.predict(TargetFeatures.extract(sentence, begin, end, cue));
        return TargetVerdict.of(prediction, sentence.sentenceClass(), cue);
    }

    /** The cues of a sentence, aimed through its dependency graph where it was parsed. */
    public List<Cue> cues(ParsedSentence sentence) {
        return cues.find(sentence.tokens(), sentence.dependencies());
    }

    /** One sentence through the find and judge pipelines, as evaluation data is read. */
    ParsedSentence parseOne(String sentence) {
        Annotation annotation = new Annotation(sentence);
        pipeline.find(CoreNlpSettings.Sentences.ONE).annotate(annotation);
        pipeline.judge().annotate(annotation);
        CoreMap only = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        return new ParsedSentence(only);
    }

    /** The tokens overlapping a character span; at least one token. */
    static int[] tokenSpan(List<CoreLabel> tokens, CharSpan target) {
        int begin = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (token.beginPosition() < target.end() && token.endPosition() > target.begin()) {
                if (begin < 0) {
                    begin = i;
                }
                end = i + 1;
            }
        }
        if (begin < 0) {
            // A span between tokens (bad offsets): use the nearest token after it.
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).beginPosition() >= target.begin()) {
                    return new int[] {i, i + 1};
                }
            }
            return new int[] {tokens.size() - 1, tokens.size()};
        }
        return new int[] {begin, end};
    }
}
