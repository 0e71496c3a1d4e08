package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.ingest.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Mentions, linking, author exclusion and targeted sentiment on real CoreNLP output. */
@Tag("corenlp")
class PersonAnnotatorTest {

    private static final PersonAnnotator ANNOTATOR = PersonAnnotator.standard();

    private static List<PersonMention> annotate(String author, String text) {
        return ANNOTATOR.annotate(SourceDocument.article("t.txt", "T", author, "", text));
    }

    @Test
    void oppositeViewsInOneSentenceGetOppositeSigns() {
        List<PersonMention> mentions = annotate("", "I admire Larry Ellison, but I can't stand Jeff Bezos.");
        assertEquals(
                List.of("Larry Ellison", "Jeff Bezos"),
                mentions.stream().map(PersonMention::person).toList());
        assertEquals("positive", mentions.get(0).polarity());
        assertEquals("negative", mentions.get(1).polarity());
        assertTrue(mentions.get(0).score() > 0 && mentions.get(1).score() < 0, mentions.toString());
        // The sentence-level baseline gives both the same class: that is what targeting fixes.
        assertEquals(mentions.get(0).sentenceClass(), mentions.get(1).sentenceClass());
    }

    @Test
    void surnamesPossessivesAndTitlesJoinTheFullName() {
        List<PersonMention> mentions = annotate(
                "", "Satya Nadella changed the culture. Mr. Nadella's first memo was about empathy. Nadella listens.");
        assertEquals(
                List.of("Satya Nadella", "Satya Nadella", "Satya Nadella"),
                mentions.stream().map(PersonMention::person).toList());
        // CoreNLP's span leaves out the title and the possessive; normalisation covers them when it does not.
        assertEquals("Nadella", mentions.get(1).surface());
    }

    @Test
    void theAuthorIsNotAMention() {
        List<PersonMention> mentions =
                annotate("Dana Whitfield", "Dana Whitfield met Lisa Su in Austin. Whitfield was impressed.");
        assertEquals(
                List.of("Lisa Su"),
                mentions.stream().map(PersonMention::person).distinct().toList());
    }

    @Test
    void aCompanyNamedLikeAPersonIsNotAPerson() {
        List<PersonMention> mentions = annotate(
                "",
                "Hartwell Precision Castings makes pump housings. Hartwell's owners met Lisa Su. Hartwell plans to grow.");
        assertEquals(
                List.of("Lisa Su"),
                mentions.stream().map(PersonMention::person).distinct().toList());
    }

    /**
     * CoreNLP's 3-class model already finds these repeats and multi-part names (checked by switching
     * the repairs off: only the plural fails then), so this guards that the repairs neither count a
     * name twice nor split it; NameSpansTest drives each repair on tokens the model got wrong, and
     * {@link #aRepeatTheModelMissedStillTakesItsCue} a repeat the model really misses.
     */
    @Test
    void repairsKeepWhatTheModelFoundAndReadAPluralAsTheName() {
        String text = "Travis Kalanick built Uber into a giant. Drivers protested; Kalanick did not listen. "
                + "Years later a framed photo of Travis Kalanick still hung in the lobby.\n\n"
                + "Jean-Claude Juncker praised Ursula von der Leyen. "
                + "Every startup hopes to find one of the Larry Ellisons of the world.";
        List<PersonMention> mentions = annotate("", text);
        List<String> people = mentions.stream().map(PersonMention::person).toList();
        assertEquals(3, people.stream().filter("Travis Kalanick"::equals).count(), people.toString());
        assertTrue(people.contains("Jean-Claude Juncker"), people.toString());
        assertTrue(people.contains("Ursula von der Leyen"), people.toString());
        assertTrue(people.contains("Larry Ellison"), people.toString());
        for (PersonMention m : mentions) {
            assertEquals(m.surface(), text.substring(m.begin(), m.end()), "offsets cover the surface");
        }
    }

    @Test
    void aRepeatTheModelMissedStillTakesItsCue() {
        List<PersonMention> mentions = annotate(
                "", "Lisa Su runs AMD. Su is admired in IT circles for the same reason she is admired on Wall Street.");
        PersonMention repeat = mentions.get(mentions.size() - 1);
        assertEquals("Lisa Su", repeat.person(), mentions.toString());
        assertEquals(1, repeat.sentenceIndex(), mentions.toString());
        assertEquals("admiration", repeat.cue(), mentions.toString());
    }

    @Test
    void aPassiveCueIsAimedAtItsSubject() {
        List<PersonMention> admired = annotate("", "Lisa Su is admired in IT circles for her steady roadmap.");
        assertEquals("admiration", admired.get(0).cue(), admired.toString());
        List<PersonMention> mocked = annotate("", "Adam Neumann was widely mocked by his own investors.");
        assertEquals("criticism", mocked.get(0).cue(), mocked.toString());
        // The agent of the passive is not its target.
        List<PersonMention> byWhom = annotate("", "Tim Cook is admired by Satya Nadella.");
        assertEquals(
                List.of("admiration", ""),
                byWhom.stream().map(PersonMention::cue).toList(),
                byWhom.toString());
    }

    @Test
    void pronounsAreNotPeople() {
        List<PersonMention> mentions = annotate("", "She said he would call her. Grace Hopper laughed.");
        assertEquals(
                List.of("Grace Hopper"),
                mentions.stream().map(PersonMention::person).toList());
    }

    @Test
    void tooLongSentenceStillFindsItsPeopleWithoutAVerdict() {
        StringBuilder list = new StringBuilder("Speakers");
        for (int i = 0; i < 45; i++) {
            list.append(" and guests");
        }
        list.append(" and Grace Hopper and Alan Turing");
        List<PersonMention> mentions = annotate("", list.toString());
        assertEquals(
                List.of("Grace Hopper", "Alan Turing"),
                mentions.stream().map(PersonMention::person).toList());
        assertEquals(
                List.of("none", "none"),
                mentions.stream().map(PersonMention::polarity).toList());
    }

    @Test
    void corefAddsPronounsLinkedToAPersonFoundByName() {
        SourceDocument doc = SourceDocument.article(
                "c.txt",
                "T",
                "",
                "",
                "Grace Hopper wrote the first compiler. She was a brilliant and inspiring leader.");
        List<PersonMention> plain = ANNOTATOR.annotate(doc);
        List<PersonMention> withCoref = PersonAnnotator.standard(true).annotate(doc);
        assertEquals(
                List.of("Grace Hopper"),
                plain.stream().map(PersonMention::surface).toList());
        assertEquals(
                List.of("Grace Hopper", "She"),
                withCoref.stream().map(PersonMention::surface).toList());
        assertEquals("Grace Hopper", withCoref.get(1).person());
        assertEquals(1, withCoref.get(1).sentenceIndex());
    }

    /** A report of many paragraphs naming people at its start, middle and end. */
    private static String longReport() {
        StringBuilder text = new StringBuilder();
        text.append("Travis Kalanick built Uber fast. Colleagues admired his energy.\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("Section ")
                    .append(i)
                    .append(" covers the budget for the year. The figures were checked twice by the team.\n\n");
            if (i == 20) {
                text.append("In the middle of the report, Lisa Su is praised for her patience.\n\n");
            }
        }
        text.append("Finally, Kalanick left the company.\n\nSatya Nadella praised the audit trail.\n");
        return text.toString();
    }

    @Test
    void aLongDocumentAnnotatedInWindowsGivesTheMentionsOfAWholeRun() {
        String text = longReport();
        SourceDocument report = SourceDocument.article("long.txt", "Report", "", "2024-01-02", text);
        List<PersonMention> whole = ANNOTATOR.annotate(report);
        PersonAnnotator windowed = ANNOTATOR.withWindowChars(700);
        assertTrue(DocumentWindows.of(text, 700).size() > 5, "the test must use several windows");
        List<PersonMention> pieces = windowed.annotate(report);
        assertEquals(whole, pieces);
        assertEquals(
                List.of("Travis Kalanick", "Lisa Su", "Travis Kalanick", "Satya Nadella"),
                pieces.stream().map(PersonMention::person).toList());
        // The last window's surname is linked to the full name from the first window.
        PersonMention last = pieces.get(2);
        assertEquals("Kalanick", text.substring(last.begin(), last.end()));
        assertEquals(whole.get(2).sentenceIndex(), last.sentenceIndex());
    }
}
