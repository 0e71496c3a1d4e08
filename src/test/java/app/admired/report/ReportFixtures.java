package app.admired.report;

import app.admired.index.MentionRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Constructed ranking and mentions for the HTML report tests (no CoreNLP, no index). */
final class ReportFixtures {

    /** What {@link HtmlReport#write} takes. */
    record Data(List<PersonSummary> ranking, List<MentionRecord> mentions, Map<String, String> canonical) {}

    static final String SCRIPT_QUOTE = "I admire Ada <script>alert(\"x\")</script> & 'friends'.";

    private ReportFixtures() {}

    static PersonSummary person(
            String name,
            double score,
            int mentions,
            int documents,
            int admirers,
            int critics,
            int positive,
            int neutral,
            int negative) {
        return new PersonSummary(
                name,
                score,
                Math.max(0, score) * 3,
                Math.max(0, -score) * 3,
                admirers,
                critics,
                mentions,
                documents,
                positive,
                neutral,
                negative,
                0,
                0,
                score,
                0.0,
                "2024-01-01",
                "2024-03-05",
                "",
                "");
    }

    static MentionRecord mention(String name, String path, int position, int begin, String sentence, double score) {
        String polarity = score > 0.2 ? "positive" : score < -0.2 ? "negative" : "neutral";
        return new MentionRecord(
                path + "#" + position,
                path,
                position,
                position == 0 ? "article" : "comment",
                "",
                "2024-03-05",
                name,
                name,
                begin,
                begin + name.length(),
                0,
                sentence,
                polarity,
                score,
                score,
                2,
                "",
                "");
    }

    /** Twelve people, ranked; the last three with negative scores (one of them in the top ten). */
    static Data twelvePeople() {
        List<PersonSummary> ranking = List.of(
                person("Ada Lovelace", 0.412, 5, 4, 4, 0, 4, 1, 0),
                person("Zoë Ortíz, Jr.", 0.355, 4, 3, 3, 0, 3, 1, 0),
                person("Grace Hopper", 0.301, 6, 5, 3, 1, 3, 2, 1),
                person("<b>Bold</b> O'Brien", 0.250, 3, 3, 2, 0, 2, 1, 0),
                person("Katherine Johnson", 0.207, 2, 2, 1, 0, 1, 1, 0),
                person("Alan Turing", 0.150, 7, 6, 3, 2, 3, 2, 2),
                person("Margaret Hamilton", 0.100, 2, 1, 1, 0, 1, 1, 0),
                person("Tim Berners-Lee", 0.050, 3, 3, 1, 1, 1, 1, 1),
                person("Barbara Liskov", 0.0, 1, 1, 0, 0, 0, 1, 0),
                person("Linus Torvalds", -0.120, 8, 5, 2, 4, 2, 2, 4),
                person("Edsger Dijkstra", -0.200, 3, 2, 0, 1, 0, 2, 1),
                person("Donald Knuth", -0.310, 4, 4, 0, 3, 0, 1, 3));
        List<MentionRecord> mentions = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        for (PersonSummary p : ranking) {
            canonical.put(p.person(), p.person());
            String file = "comments/" + p.person().replaceAll("[^A-Za-z]+", "-").toLowerCase(Locale.ROOT) + ".txt";
            mentions.add(mention(p.person(), file, 1, 0, "People say " + p.person() + " changed everything.", 0.6));
            mentions.add(mention(p.person(), file, 2, 10, p.person() + " was there too.", 0.0));
            mentions.add(mention(p.person(), file, 3, 5, "Frankly, " + p.person() + " disappoints.", -0.7));
        }
        // Ada: a short form linked to her, the best quote (hostile markup), and a repeated sentence.
        canonical.put("Ada", "Ada Lovelace");
        mentions.add(mention("Ada", "articles/b.txt", 0, 9, SCRIPT_QUOTE, 0.95));
        mentions.add(mention("Ada Lovelace", "articles/z.txt", 0, 0, "Ada Lovelace wrote the first program.", 0.9));
        mentions.add(mention("Ada Lovelace", "articles/a.txt", 0, 0, "Ada Lovelace wrote the first program.", 0.9));
        return new Data(ranking, mentions, canonical);
    }

    /**
     * Trend rows for the twelve people: four quarters each (Ada rising, Linus falling, the others
     * level at their score), one undated row, and Barbara with a single quarter.
     */
    static List<Trends.Row> trends(List<PersonSummary> ranking) {
        List<String> quarters = List.of("2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2");
        List<Trends.Row> rows = new ArrayList<>();
        for (PersonSummary p : ranking) {
            List<String> periods = p.person().equals("Barbara Liskov") ? List.of("2024-Q1") : quarters;
            for (int i = 0; i < periods.size(); i++) {
                double score = switch (p.person()) {
                    case "Ada Lovelace" -> -0.3 + 0.25 * i;
                    case "Linus Torvalds" -> 0.4 - 0.3 * i;
                    default -> p.score();
                };
                rows.add(new Trends.Row(p.person(), periods.get(i), person(p.person(), score, 1, 1, 1, 0, 1, 0, 0)));
            }
        }
        rows.add(new Trends.Row("Ada Lovelace", Period.UNDATED, person("Ada Lovelace", 0.9, 1, 1, 1, 0, 1, 0, 0)));
        return rows;
    }

    /** The link the tests give each document: a relative path to its file. */
    static String link(String documentId) {
        return "../corpus/" + documentId.substring(0, documentId.indexOf('#'));
    }
}
