package app.admired.nlp.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.ingest.DocumentKind;
import app.admired.ingest.SourceDocument;
import app.admired.nlp.PersonAnnotator;
import app.admired.nlp.PersonMention;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Holders and roles on real CoreNLP output (the shared pipeline, loaded once per JVM). */
@Tag("corenlp")
class AttributionTest {

    private static final PersonAnnotator ANNOTATOR = PersonAnnotator.standard();

    private static List<PersonMention> annotate(String author, String text) {
        return ANNOTATOR.annotate(SourceDocument.article("t.txt", "T", author, "", text));
    }

    private static PersonMention of(List<PersonMention> mentions, String person) {
        return mentions.stream()
                .filter(m -> m.person().equals(person))
                .findFirst()
                .orElseThrow(() -> new AssertionError(person + " not in " + mentions));
    }

    private static String holders(List<PersonMention> mentions) {
        return mentions.stream()
                .map(m -> m.person() + "<" + m.holderKind() + ":" + m.holder() + ">")
                .collect(Collectors.joining(" "));
    }

    @Test
    void aQuoteIsTheSpeakersViewAndTheSpeakerHasARole() {
        List<PersonMention> m = annotate(
                "Tomas Lindqvist",
                "Dale Kowalczyk, the CIO of Hartwell Foods, has run its plants for a decade.\n\n"
                        + "“Lisa Su is a role model for anyone in operations,” Kowalczyk said.");
        PersonMention su = of(m, "Lisa Su");
        assertEquals(Holder.QUOTED, su.holderKind(), holders(m));
        assertEquals("Dale Kowalczyk", su.holder());
        assertEquals("CIO", su.holderRole());
        assertEquals("Hartwell Foods", su.holderOrganization());
        PersonMention dale = of(m, "Dale Kowalczyk");
        assertEquals("CIO", dale.role());
        assertEquals(Holder.AUTHOR, dale.holderKind());
        assertEquals("Tomas Lindqvist", dale.holder());
    }

    @Test
    void splitQuotesPronounsAndContinuationParagraphs() {
        List<PersonMention> m = annotate(
                "",
                "Renata Alves runs IT at Porto Health.\n\n"
                        + "\"We copied nothing,\" she said. \"But Satya Nadella taught us to listen to the people who use the systems.\n\n"
                        + "\"And Jensen Huang taught us to move before the budget cycle does.\"\n\n"
                        + "Priya Raman, a columnist, disagreed with the plan.");
        assertEquals("Renata Alves", of(m, "Satya Nadella").holder(), holders(m));
        assertEquals(Holder.QUOTED, of(m, "Jensen Huang").holderKind(), holders(m));
        assertEquals("Renata Alves", of(m, "Jensen Huang").holder(), holders(m));
        assertEquals(Holder.AUTHOR, of(m, "Priya Raman").holderKind(), holders(m));
        assertEquals("journalist", of(m, "Priya Raman").role());
    }

    @Test
    void reportedSpeechAccordingToAndUnattributedQuotes() {
        List<PersonMention> m = annotate(
                "",
                "Anders Berg said he has always admired Grace Hopper.\n\n"
                        + "According to Mei Tanaka, Larry Ellison is the industry's toughest negotiator.\n\n"
                        + "The meeting ended early.\n\n"
                        + "\"Steve Jobs would never have shipped this product in that state.\"");
        assertEquals("Anders Berg", of(m, "Grace Hopper").holder(), holders(m));
        assertEquals("Mei Tanaka", of(m, "Larry Ellison").holder(), holders(m));
        assertEquals(Holder.UNATTRIBUTED, of(m, "Steve Jobs").holderKind(), holders(m));
        // The speaker's own mention is held by the speaker: a view of oneself, not evidence.
        assertEquals("Anders Berg", of(m, "Anders Berg").holder());
    }

    @Test
    void titlesBeforeNamesAndPossessiveOrganisations() {
        List<PersonMention> m = annotate(
                "",
                "Amazon CEO Andy Jassy spoke first. Netflix's Reed Hastings followed. Later, CIO Jane Doe asked a question. "
                        + "Omar Haddad is the chief technology officer at Brightline Logistics.");
        assertEquals("CEO", of(m, "Andy Jassy").role());
        assertEquals("Amazon", of(m, "Andy Jassy").organization());
        assertEquals("Netflix", of(m, "Reed Hastings").organization());
        assertEquals("CIO", of(m, "Jane Doe").role());
        assertEquals("CTO", of(m, "Omar Haddad").role());
        assertEquals("Brightline Logistics", of(m, "Omar Haddad").organization());
    }

    @Test
    void aCommentersViewAndABylineRole() {
        SourceDocument comment = new SourceDocument(
                "c.csv#1",
                DocumentKind.COMMENT,
                "c.csv",
                1,
                "T",
                "hank",
                "",
                "",
                "T",
                "I admire Lisa Su. As my old boss put it, \"Grace Hopper never waited for permission.\"",
                "IT manager, County Hospital");
        List<PersonMention> m = ANNOTATOR.annotate(comment);
        PersonMention su = of(m, "Lisa Su");
        assertEquals(Holder.COMMENTER, su.holderKind());
        assertEquals("IT manager", su.holderRole());
        assertEquals("County Hospital", su.holderOrganization());
        assertFalse(of(m, "Grace Hopper").holderKind().equals(Holder.COMMENTER), holders(m));
    }

    @Test
    void badQuotesLeaveTheRestAnnotated() {
        String longQuote = "word ".repeat(2000);
        List<PersonMention> m = annotate(
                "",
                "\"An unbalanced quote starts here and Lisa Su is named.\n\n"
                        + "Dale Kowalczyk said: \"" + longQuote
                        + " and Grace Hopper, as my mentor said 'never wait', matters.\"\n\n"
                        + "Satya Nadella spoke “twice and never closed it.\n\nJensen Huang listened.");
        assertEquals(Holder.AUTHOR, of(m, "Lisa Su").holderKind(), holders(m));
        assertEquals("Dale Kowalczyk", of(m, "Grace Hopper").holder(), holders(m));
        assertEquals(Holder.AUTHOR, of(m, "Jensen Huang").holderKind(), holders(m));
        assertTrue(m.size() >= 4, holders(m));
    }
}
