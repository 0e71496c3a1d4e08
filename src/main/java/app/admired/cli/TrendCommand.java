package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.report.PersonSummary;
import app.admired.report.ReportWriter;
import app.admired.report.Trends;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admired trend PERSON}: one person's score per period, read from the index. */
@Command(
        name = "trend",
        mixinStandardHelpOptions = true,
        description = "One person's standing per period (month, quarter or year), read from the index.")
final class TrendCommand implements Callable<Integer> {

    /** Sparkline glyphs, lowest to highest. */
    private static final String BARS = "▁▂▃▄▅▆▇█";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions indexOptions;

    @Parameters(
            index = "0",
            paramLabel = "PERSON",
            description = "Canonical name, alias, spelling or surname used in the corpus.")
    String person;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "month, quarter or year (default: the period of the run that wrote the index).")
    String period;

    @Mixin
    HolderOptions holders;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "F",
            description = "text, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        Optional<List<Trends.Row>> found;
        try (CorpusIndexReader index = indexOptions.open()) {
            found = ReportWriter.trend(
                    index, person, period == null ? null : RunCommand.period(spec, period), holders.evidence());
        }
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no person named '" + person + "' in the index");
        }
        List<Trends.Row> rows = found.get();
        PrintWriter out = spec.commandLine().getOut();
        // Not an error: the person is known, these holders said nothing about them.
        if (rows.isEmpty()
                && Printing.note(
                        spec,
                        format,
                        holders.unknownRole()
                                ? holders.unknownRoleNote("No trend")
                                : "No trend: no view of " + person + " from " + holders.description()
                                        + " in the index.")) {
            return ExitCodes.OK;
        }
        switch (format) {
            case text -> printText(out, rows);
            case csv -> Printing.csv(out, COLUMNS, maps(rows));
            case json -> Printing.json(out, maps(rows));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static final List<String> COLUMNS = List.of(
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

    private static List<Map<String, Object>> maps(List<Trends.Row> rows) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Trends.Row r : rows) {
            PersonSummary s = r.summary();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("person", r.person());
            row.put("period", r.period());
            row.put("mentions", s.mentions());
            row.put("documents", s.documents());
            row.put("positive", s.positive());
            row.put("neutral", s.neutral());
            row.put("negative", s.negative());
            row.put("admirers", s.admirers());
            row.put("critics", s.critics());
            row.put("score", Printing.rounded(s.score(), 4));
            row.put("admiration_cues", s.admirationCues());
            row.put("criticism_cues", s.criticismCues());
            maps.add(row);
        }
        return maps;
    }

    private static void printText(PrintWriter out, List<Trends.Row> rows) {
        if (rows.isEmpty()) {
            out.println("No evidence about this person in the index.");
            return;
        }
        out.printf(Locale.ROOT, "%s  %s%n", rows.get(0).person(), sparkline(rows));
        out.printf(
                Locale.ROOT,
                "%-8s %7s %8s %8s %8s %5s %5s %5s%n",
                "period",
                "score",
                "admirers",
                "critics",
                "mentions",
                "pos",
                "neu",
                "neg");
        for (Trends.Row r : rows) {
            PersonSummary s = r.summary();
            out.printf(
                    Locale.ROOT,
                    "%-8s %7.3f %8d %8d %8d %5d %5d %5d%n",
                    r.period(),
                    s.score(),
                    s.admirers(),
                    s.critics(),
                    s.mentions(),
                    s.positive(),
                    s.neutral(),
                    s.negative());
        }
    }

    /**
     * One glyph per dated period, on the fixed score scale [-1, 1] (so two people's lines compare),
     * then the undated period, if any, after a space as {@code ·}.
     */
    static String sparkline(List<Trends.Row> rows) {
        StringBuilder line = new StringBuilder();
        boolean undated = false;
        for (Trends.Row r : rows) {
            if (r.period().equals(app.admired.report.Period.UNDATED)) {
                undated = true;
                continue;
            }
            int level = (int) Math.floor((r.summary().score() + 1) / 2 * BARS.length());
            line.append(BARS.charAt(Math.max(0, Math.min(BARS.length() - 1, level))));
        }
        if (undated) {
            line.append(line.length() == 0 ? "·" : " ·");
        }
        return line.toString();
    }
}
