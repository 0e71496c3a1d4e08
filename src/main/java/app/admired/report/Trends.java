package app.admired.report;

import app.admired.index.MentionRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A person's standing per calendar period: the ranking's aggregation ({@link Ranking#summarise}) run
 * on each period's evidence alone, so a period's score is exactly the score the person would have if
 * the corpus held only that period's documents.
 */
public final class Trends {

    public static final String FILE_NAME = "trends.csv";

    static final List<String> HEADER = List.of(
            "person",
            "period",
            "mentions",
            "documents",
            "positive",
            "neutral",
            "negative",
            "admirers",
            "critics",
            "score",
            "admiration_cues",
            "criticism_cues");

    /** One person in one period; {@code summary} holds the period's counts and score. */
    public record Row(String person, String period, PersonSummary summary) {}

    private Trends() {}

    /**
     * The rows for every ranked person, in ranking order, then chronologically ({@code undated} last).
     *
     * @param mentions  the mentions, in the fixed report order
     * @param canonical the corpus-wide canonical name of each stored name
     * @param ranking   the ranking giving the person order (people absent from it are left out)
     * @param evidence  which mentions count (every one, or e.g. those of one kind of holder)
     */
    public static List<Row> compute(
            List<MentionRecord> mentions,
            Map<String, String> canonical,
            List<PersonSummary> ranking,
            Period period,
            DatePolicy dates,
            Predicate<MentionRecord> evidence) {
        Map<String, Map<String, List<MentionRecord>>> byPerson = new HashMap<>();
        for (MentionRecord m : mentions) {
            if (!evidence.test(m)) {
                continue;
            }
            String label = dates.day(m.date()).map(period::label).orElse(Period.UNDATED);
            byPerson.computeIfAbsent(canonical.get(m.person()), k -> new TreeMap<>(Period::compareLabels))
                    .computeIfAbsent(label, k -> new ArrayList<>())
                    .add(m);
        }
        List<Row> rows = new ArrayList<>();
        for (PersonSummary person : ranking) {
            byPerson.getOrDefault(person.person(), Map.of())
                    .forEach((label, list) ->
                            rows.add(new Row(person.person(), label, Ranking.summarise(person.person(), list))));
        }
        return rows;
    }

    /** The rows of one person, in period order. */
    public static List<Row> of(List<Row> rows, String person) {
        return rows.stream().filter(r -> r.person().equals(person)).toList();
    }

    static void write(List<Row> rows, Path file) throws IOException {
        SpreadsheetCsv.write(file, HEADER, printer -> {
            for (Row row : rows) {
                PersonSummary s = row.summary();
                printer.printRecord(
                        SpreadsheetCsv.text(row.person()),
                        row.period(),
                        s.mentions(),
                        s.documents(),
                        s.positive(),
                        s.neutral(),
                        s.negative(),
                        s.admirers(),
                        s.critics(),
                        SpreadsheetCsv.number(s.score(), 4),
                        s.admirationCues(),
                        s.criticismCues());
            }
        });
    }
}
