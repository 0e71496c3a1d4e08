package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The span repairs on hand-built tokens (no CoreNLP models): what the NER model said is given. */
class NameSpansTest {

    /**
     * Tokens from "word/NER/TAG" items separated by spaces; "+" before an item glues it to the
     * previous token (no space between them in the text).
     */
    private static List<CoreLabel> sentence(String spec) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : spec.split(" ")) {
            boolean glued = item.startsWith("+");
            String[] parts = (glued ? item.substring(1) : item).split("/");
            if (!glued && !tokens.isEmpty()) {
                offset++;
            }
            CoreLabel t = new CoreLabel();
            t.setWord(parts[0]);
            t.setNER(parts.length > 1 ? parts[1] : "O");
            t.setTag(parts.length > 2 ? parts[2] : "NNP");
            t.setBeginPosition(offset);
            offset += parts[0].length();
            t.setEndPosition(offset);
            tokens.add(t);
        }
        return tokens;
    }

    /** The model's spans: maximal runs of PERSON tokens. */
    private static List<NameSpans.Span> personRuns(List<List<CoreLabel>> sentences) {
        List<NameSpans.Span> spans = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if ("PERSON".equals(tokens.get(i).ner())) {
                    int j = i;
                    while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner())) {
                        j++;
                    }
                    spans.add(new NameSpans.Span(s, i, j));
                    i = j;
                }
            }
        }
        return spans;
    }

    @Test
    void aHyphenWrittenWithoutSpacesJoinsTheTwoHalvesOfASurname() {
        List<List<CoreLabel>> doc = List.of(sentence("Ngozi/PERSON Okonjo/PERSON +- +Iweala/PERSON spoke ./O/."));
        assertEquals(List.of(new NameSpans.Span(0, 0, 4)), NameSpans.joined(doc, personRuns(doc)));
        // With spaces around it, the dash separates two names.
        List<List<CoreLabel>> dash = List.of(sentence("Ada/PERSON -/O/: Grace/PERSON"));
        assertEquals(2, NameSpans.joined(dash, personRuns(dash)).size());
    }

    @Test
    void particlesInsideAndBeforeANameBelongToIt() {
        List<List<CoreLabel>> doc =
                List.of(sentence("Ursula/PERSON von/O/FW der/O/FW Leyen/PERSON met/O/VBD van/O/FW Gogh/PERSON"));
        assertEquals(
                List.of(new NameSpans.Span(0, 0, 4), new NameSpans.Span(0, 5, 7)),
                NameSpans.joined(doc, personRuns(doc)));
        // A word that is not a particle keeps two people apart.
        List<List<CoreLabel>> two = List.of(sentence("Ursula/PERSON and/O/CC Leyen/PERSON"));
        assertEquals(2, NameSpans.joined(two, personRuns(two)).size());
    }

    @Test
    void laterRepeatsOfAFullNameOrItsSurnameAreFoundWhereTheModelSaidO() {
        List<List<CoreLabel>> doc = List.of(
                sentence("Travis/PERSON Kalanick/PERSON founded/O/VBD Uber/ORGANIZATION ./O/."),
                sentence("Investors/O/NNS cheered/O/VBD ;/O/: Kalanick/O later/O/RB left/O/VBD ./O/."),
                sentence("A/O/DT photo/O/NN of/O/IN Travis/O Kalanick/O hung/O/VBD there/O/RB ./O/."),
                sentence("The/O/DT Kalanick/O Foundation/O opened/O/VBD ./O/."),
                sentence("kalanick/O/NN is/O/VBZ lower/O/JJR case/O/NN ./O/."));
        List<NameSpans.Span> repeats = NameSpans.repeats(doc, personRuns(doc));
        assertEquals(List.of(new NameSpans.Span(1, 3, 4), new NameSpans.Span(2, 3, 5)), repeats);
    }

    @Test
    void aSurnameTwoPeopleShareIsNotPropagatedAndOtherEntityTypesAreKept() {
        List<List<CoreLabel>> doc = List.of(
                sentence("Tim/PERSON Cook/PERSON and/O/CC Ann/PERSON Cook/PERSON spoke/O/VBD ./O/."),
                sentence("Cook/O said/O/VBD so/O/RB ./O/."),
                sentence("Grace/PERSON Hopper/PERSON visited/O/VBD Hopper/LOCATION ./O/."));
        assertEquals(List.of(), NameSpans.repeats(doc, personRuns(doc)));
    }

    @Test
    void thePluralOfANameAfterTheIsThatName() {
        List<CoreLabel> s = sentence("the/O/DT Larry/PERSON Ellisons/PERSON/NNPS of/O/IN the/O/DT world/O/NN");
        assertEquals("Larry Ellison", NameSpans.singular(s, new NameSpans.Span(0, 1, 3)));
        // Not after "the", or a singular proper noun ending in s: unchanged.
        List<CoreLabel> t = sentence("Steve/PERSON Jobs/PERSON/NNPS said/O/VBD");
        assertNull(NameSpans.singular(t, new NameSpans.Span(0, 0, 2)));
        List<CoreLabel> u = sentence("the/O/DT Ross/PERSON Perots/PERSON/NNP of/O/IN");
        assertNull(NameSpans.singular(u, new NameSpans.Span(0, 1, 3)));
    }
}
