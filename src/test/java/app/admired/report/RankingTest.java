package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.admired.index.MentionRecord;
import app.admired.nlp.Aliases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static int counter;

    /** A mention in its own document (so its own holder) unless an author is given. */
    private static MentionRecord mention(
            String person, String doc, String author, String polarity, double score, String cue) {
        int n = counter++;
        return new MentionRecord(
                doc,
                doc.substring(0, doc.indexOf('#')),
                0,
                "comment",
                author,
                "2024-0" + (1 + n % 9) + "-01",
                person,
                person,
                n,
                n + person.length(),
                0,
                person + " sentence " + n,
                polarity,
                score,
                score,
                2,
                cue,
                "");
    }

    private static MentionRecord mention(String person, String doc, String polarity, double score) {
        return mention(person, doc, "", polarity, score, "");
    }

    private static List<MentionRecord> repeat(int times, String person, String polarity, double score) {
        List<MentionRecord> list = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            list.add(mention(person, person.replace(' ', '-') + i + ".txt#0", polarity, score));
        }
        return list;
    }

    private static List<String> names(List<PersonSummary> rows) {
        return rows.stream().map(PersonSummary::person).toList();
    }

    @Test
    void twentyWarmMentionsOutrankOneRave() {
        List<MentionRecord> mentions = new ArrayList<>(repeat(20, "Warm Person", "positive", 0.5));
        mentions.add(mention("Rave Person", "rave.txt#0", "positive", 1.0));
        assertEquals(List.of("Warm Person", "Rave Person"), names(Ranking.rank(mentions)));
    }

    @Test
    void criticismPullsAPersonDown() {
        List<MentionRecord> mentions = new ArrayList<>();
        mentions.addAll(repeat(6, "Liked Person", "positive", 0.5));
        mentions.addAll(repeat(10, "Divisive Person", "positive", 0.5));
        mentions.addAll(repeat(10, "Divisive Person", "negative", -0.5));
        assertEquals("Liked Person", Ranking.rank(mentions).get(0).person());
    }

    @Test
    void manyAdmirersOutweighOneProlificAuthor() {
        List<MentionRecord> mentions = new ArrayList<>();
        // One columnist praises Solo Favourite in twelve sentences of one article...
        for (int i = 0; i < 12; i++) {
            mentions.add(mention("Solo Favourite", "column.txt#0", "Pat Writer", "positive", 1.0, "admiration"));
        }
        // ...while four different commenters each praise Crowd Favourite once.
        for (int i = 1; i <= 4; i++) {
            mentions.add(mention("Crowd Favourite", "thread.txt#" + i, "reader" + i, "positive", 0.8, ""));
        }
        List<PersonSummary> ranking = Ranking.rank(mentions);
        assertEquals(List.of("Crowd Favourite", "Solo Favourite"), names(ranking));
        PersonSummary solo = ranking.get(1);
        assertEquals(1.0, solo.positiveEvidence(), 1e-12, "one holder is one vote");
        assertEquals(1, solo.admirers());
        assertEquals(12, solo.admirationCues());
        assertEquals(4, ranking.get(0).admirers());
        assertEquals(3.2, ranking.get(0).positiveEvidence(), 1e-12);
    }

    @Test
    void countsAndEvidenceAreExplainableFromTheMentions() {
        List<MentionRecord> mentions = List.of(
                mention("Ada Lovelace", "a.txt#0", "Ann", "positive", 0.9, "admiration"),
                mention("Ada Lovelace", "a.txt#0", "Ann", "positive", 0.6, ""),
                mention("Ada Lovelace", "b.txt#1", "Bob", "neutral", 0.1, ""),
                mention("Ada Lovelace", "b.txt#2", "Cy", "negative", -0.4, "criticism (negated admiration)"),
                mention("Ada Lovelace", "c.txt#0", "Di", "none", 0.0, ""));
        PersonSummary row = Ranking.rank(mentions).get(0);
        assertEquals(5, row.mentions());
        assertEquals(4, row.documents());
        assertEquals(2, row.positive());
        assertEquals(1, row.neutral());
        assertEquals(1, row.negative());
        assertEquals(1, row.admirationCues());
        assertEquals(1, row.criticismCues());
        // Ann: 0.9 + 0.6 = 1.5 > 1, scaled to 1 vote; Bob's neutral verdict is no evidence; Cy 0.4 negative.
        assertEquals(1.0, row.positiveEvidence(), 1e-12);
        assertEquals(0.4, row.negativeEvidence(), 1e-12);
        assertEquals(1, row.admirers());
        assertEquals(1, row.critics());
        assertEquals((0.9 + 0.6 + 0.1 - 0.4) / 4, row.meanSentiment(), 1e-12);
        assertEquals(
                WilsonBound.lower(1.0, 1.4, WilsonBound.Z_95) - WilsonBound.lower(0.4, 1.4, WilsonBound.Z_95),
                row.score(),
                1e-12);
        assertEquals("a.txt#0", row.bestQuoteSource());
        assertEquals("Ada Lovelace sentence " + (counter - 5), row.bestQuote());
    }

    @Test
    void firstAndLastSeenAreTheDateRange() {
        List<MentionRecord> mentions = List.of(
                new MentionRecord(
                        "a.txt#0",
                        "a.txt",
                        0,
                        "article",
                        "",
                        "2021-05-02",
                        "Grace Hopper",
                        "Hopper",
                        0,
                        6,
                        0,
                        "s",
                        "positive",
                        0.5,
                        0.5,
                        3,
                        "",
                        ""),
                new MentionRecord(
                        "b.txt#1",
                        "b.txt",
                        1,
                        "comment",
                        "",
                        "2019-12-31T23:59:00",
                        "Grace Hopper",
                        "Hopper",
                        0,
                        6,
                        0,
                        "s",
                        "neutral",
                        0.0,
                        0.0,
                        2,
                        "",
                        ""),
                new MentionRecord(
                        "c.txt#0",
                        "c.txt",
                        0,
                        "article",
                        "",
                        "",
                        "Grace Hopper",
                        "Hopper",
                        0,
                        6,
                        0,
                        "s",
                        "neutral",
                        0.0,
                        0.0,
                        2,
                        "",
                        ""));
        PersonSummary row = Ranking.rank(mentions).get(0);
        assertEquals("2019-12-31", row.firstSeen());
        assertEquals("2021-05-02", row.lastSeen());
    }

    @Test
    void surnameMentionsInOtherDocumentsJoinTheFullName() {
        List<MentionRecord> mentions = List.of(
                mention("Satya Nadella", "a.txt#0", "positive", 0.5),
                mention("Nadella", "b.txt#1", "positive", 0.5),
                mention("Satya", "b.txt#2", "positive", 0.5));
        List<PersonSummary> ranking = Ranking.rank(mentions);
        assertEquals(List.of("Satya Nadella", "Satya"), names(ranking));
        assertEquals(2, ranking.get(0).mentions());
    }

    @Test
    void amongPeopleWithoutPraiseTheCriticisedRankLast() {
        List<MentionRecord> mentions = new ArrayList<>();
        mentions.addAll(repeat(4, "Criticised Person", "negative", -0.5));
        mentions.addAll(repeat(2, "Neutral Person", "neutral", 0.0));
        mentions.add(mention("Mixed Person", "m.txt#0", "negative", -0.5));
        mentions.add(mention("Mixed Person", "m.txt#1", "neutral", 0.0));
        assertEquals(List.of("Neutral Person", "Mixed Person", "Criticised Person"), names(Ranking.rank(mentions)));
    }

    @Test
    void aMostlyCriticisedPersonRanksBelowTheMerelyMentioned() {
        List<MentionRecord> mentions = new ArrayList<>();
        mentions.add(mention("Villain Person", "v1.txt#0", "positive", 0.1));
        mentions.addAll(repeat(3, "Villain Person", "negative", -0.9));
        mentions.add(mention("Plain Person", "p.txt#0", "neutral", 0.0));
        List<PersonSummary> ranking = Ranking.rank(mentions);
        assertEquals(List.of("Plain Person", "Villain Person"), names(ranking));
        assertEquals(0.0, ranking.get(0).score());
        org.junit.jupiter.api.Assertions.assertTrue(
                ranking.get(1).score() < 0, ranking.get(1).toString());
    }

    @Test
    void tiesAreBrokenByNameWhateverTheInputOrder() {
        List<MentionRecord> mentions = new ArrayList<>();
        mentions.addAll(repeat(3, "Bea Zed", "positive", 0.5));
        mentions.addAll(repeat(3, "Al Young", "positive", 0.5));
        mentions.addAll(repeat(3, "Cy Xu", "neutral", 0.0));
        List<String> expected = List.of("Al Young", "Bea Zed", "Cy Xu");
        assertEquals(expected, names(Ranking.rank(mentions)));
        Collections.reverse(mentions);
        assertEquals(expected, names(Ranking.rank(mentions)));
    }

    @Test
    void aliasesOverrideLinking() {
        List<MentionRecord> mentions = List.of(
                mention("Mark Zuckerberg", "a.txt#0", "positive", 0.5),
                mention("Zuck", "b.txt#1", "positive", 0.5),
                mention("Satya", "c.txt#1", "positive", 0.5),
                mention("Satya Nadella", "d.txt#0", "positive", 0.5));
        Aliases aliases = Aliases.parse("Zuck,Mark Zuckerberg\nSatya,Satya Nadella\n");
        List<PersonSummary> rows = Ranking.rank(mentions, aliases);
        assertEquals(
                List.of("Mark Zuckerberg", "Satya Nadella"),
                names(rows).stream().sorted().toList());
        assertEquals(List.of(2, 2), rows.stream().map(PersonSummary::mentions).toList());
        // Without aliases, a first name alone never joins across documents.
        assertEquals(4, Ranking.rank(mentions).size());
    }

    @Test
    void aSurnameNeverWrittenAloneFindsTheOnePersonItEnds() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>(
                java.util.Map.of("Ada Lovelace", 2, "Grace Hopper", 1, "Charles Babbage", 1, "Tom Babbage", 1));
        assertEquals(java.util.Set.of("Ada Lovelace"), Ranking.storedNamesOf("lovelace", counts, Aliases.NONE));
        // Two people end with the surname: ambiguous, so nobody.
        assertEquals(java.util.Set.of(), Ranking.storedNamesOf("Babbage", counts, Aliases.NONE));
        // A part of a name that is not its end is not a surname.
        assertEquals(java.util.Set.of(), Ranking.storedNamesOf("Ada", counts, Aliases.NONE));
    }
}
