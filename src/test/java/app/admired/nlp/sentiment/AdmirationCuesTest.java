package app.admired.nlp.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.admired.nlp.CoreNlpSettings;
import app.admired.nlp.NlpPipeline;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cue rules on real CoreNLP tokens (the shared pipeline, loaded once per test JVM). */
@Tag("corenlp")
class AdmirationCuesTest {

    private static final AdmirationCues CUES = AdmirationCues.standard();

    private static List<CoreLabel> tokens(String sentence) {
        Annotation annotation = new Annotation(sentence);
        NlpPipeline.shared().find(CoreNlpSettings.Sentences.ONE).annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The cue aimed at the person whose tokens spell {@code person}, as its label, or "none". */
    private static String cueOn(String sentence, String person) {
        List<CoreLabel> tokens = tokens(sentence);
        return labelOn(tokens, CUES.find(tokens), person);
    }

    /** Of {@code cues} found in {@code tokens}, the label of the one aimed at {@code person}, or "none". */
    static String labelOn(List<CoreLabel> tokens, List<Cue> cues, String person) {
        for (Cue cue : cues) {
            String target = tokens.subList(cue.targetBegin(), cue.targetEnd()).stream()
                    .map(CoreLabel::word)
                    .collect(Collectors.joining(" "));
            if (target.equals(person)) {
                return cue.label();
            }
        }
        return "none";
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "I admire Satya Nadella.|Satya Nadella|admiration",
                "Most CIOs I know look up to Lisa Su.|Lisa Su|admiration",
                "Grace Hopper is my hero.|Grace Hopper|admiration",
                "Jensen Huang has been a role model for our whole team.|Jensen Huang|admiration",
                "I was deeply inspired by Indra Nooyi when she spoke in Chicago.|Indra Nooyi|admiration",
                "Every engineer can learn a lot from Linus Torvalds.|Linus Torvalds|admiration",
                "I have always been in awe of Margaret Hamilton.|Margaret Hamilton|admiration",
                "I can't stand Larry Ellison.|Larry Ellison|criticism",
                "Frankly, Carly Fiorina was a disaster for the company.|Carly Fiorina|criticism",
                "I never admired Elon Musk.|Elon Musk|criticism (negated admiration)",
                "I don't look up to Mark Zuckerberg.|Mark Zuckerberg|criticism (negated admiration)",
                "Maybe Marissa Mayer is a role model after all.|Marissa Mayer|admiration (hedged)",
                "Tim Cook announced the results on Thursday.|Tim Cook|none",
            })
    void findsTheCueAimedAtThePerson(String sentence, String person, String expected) {
        assertEquals(expected, cueOn(sentence, person));
    }

    @Test
    void oppositeCuesInOneSentenceStayWithTheirOwnTargets() {
        String sentence = "I admire Larry Ellison, but I can't stand Jeff Bezos.";
        assertEquals("admiration", cueOn(sentence, "Larry Ellison"));
        assertEquals("criticism", cueOn(sentence, "Jeff Bezos"));
    }

    @Test
    void coordinatedPersonsShareTheCue() {
        String sentence = "I admire Bill Gates, Steve Jobs and John Chambers.";
        assertEquals("admiration", cueOn(sentence, "Bill Gates"));
        assertEquals("admiration", cueOn(sentence, "Steve Jobs"));
        assertEquals("admiration", cueOn(sentence, "John Chambers"));
    }

    @Test
    void cueValuesFollowNegationAndHedges() {
        assertEquals(1.0, new Cue(Cue.ADMIRATION, "admire", 0, 1, false, false).value());
        assertEquals(-1.0, new Cue(Cue.CRITICISM, "despise", 0, 1, false, false).value());
        assertEquals(-0.5, new Cue(Cue.ADMIRATION, "admire", 0, 1, true, false).value());
        assertEquals(0.25, new Cue(Cue.CRITICISM, "blame", 0, 1, true, true).value());
        assertNull(AdmirationCues.cueFor(List.of(new Cue(Cue.ADMIRATION, "admire", 3, 5, false, false)), 0, 3));
    }
}
