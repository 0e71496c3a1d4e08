package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.report.PersonSummary;
import app.admired.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code admired people}: the ranking, read from the index. */
@Command(name = "people", mixinStandardHelpOptions = true, description = "The ranked people, read from the index.")
final class PeopleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions indexOptions;

    @Option(
            names = "--limit",
            defaultValue = "20",
            paramLabel = "N",
            description = "Most people shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description =
                    "Rank only the evidence dated on or after DATE (ISO, 2023-01-01); undated evidence is outside.")
    String since;

    @Option(
            names = "--until",
            paramLabel = "DATE",
            description = "Rank only the evidence dated on or before DATE (ISO).")
    String until;

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
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        LocalDate from = date("--since", since);
        LocalDate to = date("--until", until);
        PrintWriter out = spec.commandLine().getOut();
        boolean unknownRole = holders.unknownRole();
        List<PersonSummary> ranking;
        try (CorpusIndexReader index = indexOptions.open()) {
            ranking = unknownRole ? List.of() : ReportWriter.ranking(index, from, to, holders.evidence());
        }
        // An unknown role is not an error: an empty answer, and the roles that could be asked for.
        if (unknownRole && Printing.note(spec, format, holders.unknownRoleNote("No people"))) {
            return ExitCodes.OK;
        }
        List<PersonSummary> shown = ranking.subList(0, Math.min(limit, ranking.size()));
        switch (format) {
            case text -> {
                if (shown.isEmpty()) {
                    out.println("No people in the index.");
                }
                out.printf(
                        Locale.ROOT,
                        "%4s  %-26s %7s %8s %8s %8s %5s %5s %5s%n",
                        "rank",
                        "person",
                        "score",
                        "admirers",
                        "critics",
                        "mentions",
                        "pos",
                        "neu",
                        "neg");
                for (int i = 0; i < shown.size(); i++) {
                    PersonSummary p = shown.get(i);
                    out.printf(
                            Locale.ROOT,
                            "%4d  %-26s %7.3f %8d %8d %8d %5d %5d %5d%n",
                            i + 1,
                            p.person(),
                            p.score(),
                            p.admirers(),
                            p.critics(),
                            p.mentions(),
                            p.positive(),
                            p.neutral(),
                            p.negative());
                }
            }
            case csv -> Printing.csv(out, COLUMNS, rows(shown));
            case json -> Printing.json(out, rows(shown));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " must be an ISO date such as 2023-01-01, not '" + value + "'");
        }
    }

    static final List<String> COLUMNS = List.of(
            "rank",
            "person",
            "score",
            "admirers",
            "critics",
            "mentions",
            "documents",
            "positive",
            "neutral",
            "negative",
            "best_quote",
            "best_quote_source");

    private static List<Map<String, Object>> rows(List<PersonSummary> shown) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            PersonSummary p = shown.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", i + 1);
            row.put("person", p.person());
            row.put("score", Printing.rounded(p.score(), 4));
            row.put("admirers", p.admirers());
            row.put("critics", p.critics());
            row.put("mentions", p.mentions());
            row.put("documents", p.documents());
            row.put("positive", p.positive());
            row.put("neutral", p.neutral());
            row.put("negative", p.negative());
            row.put("best_quote", p.bestQuote());
            row.put("best_quote_source", p.bestQuoteSource());
            rows.add(row);
        }
        return rows;
    }
}
