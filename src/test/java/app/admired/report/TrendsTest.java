package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.admired.index.MentionRecord;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-period scores against hand-computed values, row order, and the date window of the ranking. */
class TrendsTest {

    private static final double Z = WilsonBound.Z_95;
    private static final DatePolicy DATES = new DatePolicy(LocalDate.of(2026, 1, 1));

    private static int next;

    private static MentionRecord m(String person, String author, String date, String polarity, double score) {
        int n = next++;
        String path = "comments/t" + n + ".txt";
        return new MentionRecord(
                path + "#1",
                path,
                1,
                "comment",
                author,
                date,
                person,
                person,
                0,
                person.length(),
                0,
                person + " said something.",
                polarity,
                score,
                score,
                2,
                polarity.equals("positive") ? "admiration:verb" : "",
                "");
    }

    /** Ada rises: criticised in 2023-Q4, admired in 2024-Q1; Bob only undated. */
    private static List<MentionRecord> mentions() {
        return List.of(
                m("Ada Lovelace", "ann", "2023-11-02", "positive", 1.0),
                m("Ada Lovelace", "ben", "2023-12-31T23:59:00", "negative", -1.0),
                m("Ada", "cat", "2024-01-01T00:01:00", "positive", 1.0),
                m("Ada Lovelace", "dan", "2024-03-31", "positive", 1.0),
                m("Ada Lovelace", "dan", "2024-02-10", "positive", 1.0),
                m("Ada Lovelace", "eve", "", "neutral", 0.0),
                m("Bob Stone", "fay", "", "positive", 0.9));
    }

    private static Map<String, String> canonical() {
        Map<String, String> canonical = new HashMap<>();
        canonical.put("Ada Lovelace", "Ada Lovelace");
        canonical.put("Ada", "Ada Lovelace");
        canonical.put("Bob Stone", "Bob Stone");
        return canonical;
    }

    @Test
    void scorePerPeriodIsTheRankingScoreOnThatPeriodAlone() {
        List<MentionRecord> mentions = mentions();
        List<PersonSummary> ranking = Ranking.rank(mentions, canonical());
        List<Trends.Row> rows = Trends.compute(mentions, canonical(), ranking, Period.QUARTER, DATES, m -> true);
        Map<String, Trends.Row> ada = new HashMap<>();
        Trends.of(rows, "Ada Lovelace").forEach(r -> ada.put(r.period(), r));
        assertEquals(
                List.of("2023-Q4", "2024-Q1", Period.UNDATED),
                Trends.of(rows, "Ada Lovelace").stream().map(Trends.Row::period).toList());

        // 2023-Q4: one admirer (1.0) and one critic (1.0): p = 1/2, symmetric bounds, score 0.
        PersonSummary q4 = ada.get("2023-Q4").summary();
        assertEquals(0.0, q4.score(), 1e-12);
        assertEquals(1, q4.admirers());
        assertEquals(1, q4.critics());
        // 2024-Q1: two holders (cat; dan twice, capped at one vote), all positive: n = 2, p = 1,
        // Wilson lower bound = 1 / (1 + z^2 / 2).
        PersonSummary q1 = ada.get("2024-Q1").summary();
        assertEquals(1 / (1 + Z * Z / 2), q1.score(), 1e-12);
        assertEquals(3, q1.mentions());
        assertEquals(3, q1.positive());
        assertEquals(2, q1.admirers());
        assertEquals(3, q1.admirationCues());
        // Undated evidence is kept, not dropped.
        PersonSummary undated = ada.get(Period.UNDATED).summary();
        assertEquals(1, undated.mentions());
        assertEquals(1, undated.neutral());
        assertEquals(0.0, undated.score(), 0.0);
    }

    @Test
    void rowsFollowTheRankingThenThePeriods() {
        List<MentionRecord> mentions = mentions();
        List<PersonSummary> ranking = Ranking.rank(mentions, canonical());
        List<Trends.Row> rows = Trends.compute(mentions, canonical(), ranking, Period.YEAR, DATES, m -> true);
        List<String> keys =
                rows.stream().map(r -> r.person() + " " + r.period()).toList();
        assertEquals("Ada Lovelace", ranking.get(0).person());
        assertEquals(
                List.of("Ada Lovelace 2023", "Ada Lovelace 2024", "Ada Lovelace undated", "Bob Stone undated"), keys);
    }

    @Test
    void anEvidencePredicateRestrictsEveryPeriod() {
        List<MentionRecord> mentions = mentions();
        List<PersonSummary> ranking = Ranking.rank(mentions, canonical());
        List<Trends.Row> rows = Trends.compute(
                mentions,
                canonical(),
                ranking,
                Period.YEAR,
                DATES,
                m -> !m.author().equals("ben"));
        Trends.Row y2023 = Trends.of(rows, "Ada Lovelace").get(0);
        assertEquals("2023", y2023.period());
        assertEquals(0, y2023.summary().critics());
        // One holder, fully positive: 1 / (1 + z^2).
        assertEquals(1 / (1 + Z * Z), y2023.summary().score(), 1e-12);
    }

    @Test
    void theWindowRanksOnlyEvidenceDatedInsideItInclusive() {
        List<MentionRecord> mentions = mentions();
        List<MentionRecord> inQ1 = mentions.stream()
                .filter(ReportWriter.inWindow(DATES, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)))
                .toList();
        assertEquals(3, inQ1.size(), "both boundary days are inside; undated evidence is outside");
        List<PersonSummary> ranking = Ranking.rank(inQ1, canonical());
        assertEquals(1, ranking.size());
        assertEquals("Ada Lovelace", ranking.get(0).person(), "the short form keeps the corpus-wide name");
        assertEquals(1 / (1 + Z * Z / 2), ranking.get(0).score(), 1e-12);

        List<MentionRecord> late2023 = mentions.stream()
                .filter(ReportWriter.inWindow(DATES, null, LocalDate.of(2023, 12, 31)))
                .toList();
        assertEquals(2, late2023.size());
        assertEquals(0.0, Ranking.rank(late2023, canonical()).get(0).score(), 1e-12);
    }
}
