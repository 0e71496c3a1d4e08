package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.admired.index.MentionRecord;
import app.admired.nlp.Sentiment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static int counter;

    private static MentionRecord mention(String person, String doc, int sentimentClass) {
        int n = counter++;
        return new MentionRecord(doc, doc.substring(0, doc.indexOf('#')), 0, "article", "", "", person, person,
                n, n + person.length(), 0, person + " sentence " + n, sentimentClass, Sentiment.score(sentimentClass),
                Sentiment.polarity(sentimentClass));
    }

    private static List<MentionRecord> repeat(int times, String person, int sentimentClass) {
        List<MentionRecord> list = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            list.add(mention(person, "doc" + i + ".txt#0", sentimentClass));
        }
        return list;
    }

    @Test
    void twentyWarmMentionsOutrankOneRave() {
        List<MentionRecord> mentions = new ArrayList<>(repeat(20, "Warm Person", 3));
        mentions.add(mention("Rave Person", "rave.txt#0", 4));
        List<PersonSummary> ranking = Ranking.rank(mentions);
        assertEquals(List.of("Warm Person", "Rave Person"), ranking.stream().map(PersonSummary::person).toList());
    }

    @Test
    void criticismPullsAPersonDown() {
        List<MentionRecord> mentions = new ArrayList<>();
        mentions.addAll(repeat(6, "Liked Person", 3));
        mentions.addAll(repeat(10, "Divisive Person", 3));
        mentions.addAll(repeat(10, "Divisive Person", 1));
        List<PersonSummary> ranking = Ranking.rank(mentions);
        assertEquals("Liked Person", ranking.get(0).person());
    }

    @Test
    void countsAndEvidenceAreExplainableFromTheMentions() {
        List<MentionRecord> mentions = List.of(
                mention("Ada Lovelace", "a.txt#0", 4),
                mention("Ada Lovelace", "a.txt#0", 3),
                mention("Ada Lovelace", "b.txt#1", 2),
                mention("Ada Lovelace", "b.txt#2", 1),
                mention("Ada Lovelace", "c.txt#0", Sentiment.NO_VERDICT));
        PersonSummary row = Ranking.rank(mentions).get(0);
        assertEquals(5, row.mentions());
        assertEquals(4, row.documents());
        assertEquals(2, row.positive());
        assertEquals(1, row.neutral());
        assertEquals(1, row.negative());
        assertEquals(1.5, row.positiveEvidence(), 1e-12);
        assertEquals(0.5, row.negativeEvidence(), 1e-12);
        assertEquals((1.0 + 0.5 + 0 - 0.5) / 4, row.meanSentiment(), 1e-12);
        assertEquals(WilsonBound.lower(1.5, 2.0, WilsonBound.Z_95), row.score(), 1e-12);
        assertEquals("a.txt#0", row.bestQuoteSource());
    }

    @Test
    void surnameMentionsInOtherDocumentsJoinTheFullName() {
        List<MentionRecord> mentions = List.of(
                mention("Satya Nadella", "a.txt#0", 3),
                mention("Nadella", "b.txt#1", 3),
                mention("Satya", "b.txt#2", 3));
        List<PersonSummary> ranking = Ranking.rank(mentions);
        assertEquals(List.of("Satya Nadella", "Satya"), ranking.stream().map(PersonSummary::person).toList());
        assertEquals(2, ranking.get(0).mentions());
    }

    @Test
    void amongPeopleWithoutPraiseTheCriticisedRankLast() {
        List<MentionRecord> mentions = new ArrayList<>();
        mentions.addAll(repeat(4, "Criticised Person", 1));
        mentions.addAll(repeat(2, "Neutral Person", 2));
        mentions.add(mention("Mixed Person", "m.txt#0", 1));
        mentions.add(mention("Mixed Person", "m.txt#0", 2));
        assertEquals(List.of("Neutral Person", "Mixed Person", "Criticised Person"),
                Ranking.rank(mentions).stream().map(PersonSummary::person).toList());
    }

    @Test
    void tiesAreBrokenByNameWhateverTheInputOrder() {
        List<MentionRecord> mentions = new ArrayList<>();
        mentions.addAll(repeat(3, "Bea Zed", 3));
        mentions.addAll(repeat(3, "Al Young", 3));
        mentions.addAll(repeat(3, "Cy Xu", 2));
        List<String> expected = List.of("Al Young", "Bea Zed", "Cy Xu");
        assertEquals(expected, Ranking.rank(mentions).stream().map(PersonSummary::person).toList());
        Collections.reverse(mentions);
        assertEquals(expected, Ranking.rank(mentions).stream().map(PersonSummary::person).toList());
    }
}
