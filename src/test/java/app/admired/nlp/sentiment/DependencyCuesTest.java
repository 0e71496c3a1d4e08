package app.admired.nlp.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cues aimed through the dependency graph ({@code cue-dependencies.tsv}) on sentences parsed by the
 * shared pipeline, as the batch parses them: denied alternatives, views once held, negated control
 * verbs.
 */
@Tag("corenlp")
class DependencyCuesTest {

    private static final TargetedSentiment SENTIMENT = TargetedSentiment.forTraining();
    private static final AdmirationCues CUES = AdmirationCues.standard();

    /** The label of the cue aimed at {@code person} with the graph (or without it), or "none". */
    private static String cueOn(String sentence, String person, boolean withGraph) {
        ParsedSentence parsed = SENTIMENT.parseOne(sentence);
        assertNotNull(parsed.dependencies(), "parsed: " + sentence);
        List<Cue> cues = withGraph ? SENTIMENT.cues(parsed) : CUES.find(parsed.tokens(), null);
        return AdmirationCuesTest.labelOn(parsed.tokens(), cues, person);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the alternative denied: each person keeps their own side of the cue
                "I admire Tim Cook, not Elon Musk.|Tim Cook|admiration",
                "I admire Tim Cook, not Elon Musk.|Elon Musk|criticism (negated admiration)",
                "I respect Lisa Su but not Pat Gelsinger.|Pat Gelsinger|criticism (negated admiration)",
                "I look up to Grace Hopper, not to Steve Jobs.|Grace Hopper|admiration",
                "I look up to Grace Hopper, not to Steve Jobs.|Steve Jobs|criticism",
                // a judgement once held, given up
                "I used to think Mark Zuckerberg was a genius.|Mark Zuckerberg|criticism (negated admiration)",
                "I think Mark Zuckerberg is a genius.|Mark Zuckerberg|admiration",
                // a relative clause whose verb the parser hangs as dep, negated on the control verb
                "Susan Wojcicki is the manager I try to copy, and Dennis Kozlowski is the one I try not to become."
                        + "|Dennis Kozlowski|criticism (negated admiration)",
                "Susan Wojcicki is the manager I try to copy, and Dennis Kozlowski is the one I try not to become."
                        + "|Susan Wojcicki|admiration",
            })
    void aimsTheCueThroughTheGraph(String sentence, String person, String expected) {
        assertEquals(expected, cueOn(sentence, person, true));
    }

    @ParameterizedTest(name = "without a graph: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "I admire Satya Nadella.|Satya Nadella|admiration",
                "I never admired Elon Musk.|Elon Musk|criticism (negated admiration)",
            })
    void anUnparsedSentenceKeepsItsSurfaceCues(String sentence, String person, String expected) {
        assertEquals(expected, cueOn(sentence, person, false));
    }
}
