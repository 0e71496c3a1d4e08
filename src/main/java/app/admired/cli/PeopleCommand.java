package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.nlp.attribution.Roles;
import app.admired.report.Holders;
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

    @Option(
            names = "--holder-role",
            paramLabel = "ROLE",
            description = "Rank on the views of holders with this role or role group only (CIO, \"IT leader\";"
                    + " case-insensitive): the role the corpus states most often for each holder.")
    String holderRole;

    @Option(
            names = "--holder-kind",
            paramLabel = "K",
            description = "Rank on the views of one kind of holder only: author, commenter, quoted or unattributed.")
    SearchCommand.HolderKind holderKind;

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
        String role = holderRole == null ? null : holderRole.strip();
        boolean unknownRole = role != null && !Roles.standard().isKnown(role);
        List<PersonSummary> ranking;
        try (CorpusIndexReader index = indexOptions.open()) {
            if (unknownRole) {
                ranking = List.of();
            } else if (role == null && holderKind == null) {
                ranking = from == null && to == null
                        ? ReportWriter.ranking(index)
                        : ReportWriter.ranking(index, from, to);
            } else {
                ranking = ReportWriter.ranking(
                        index, from, to, Holders.filter(role, holderKind == null ? null : holderKind.name()));
            }
        }
        if (unknownRole) {
            // Not an error: an empty answer, and the roles that could be asked for.
            String note = String.format(
                    Locale.ROOT,
                    "No people: '%s' is not a known role. Known roles and groups: %s.",
                    role,
                    Holders.knownRoles());
            if (format == OutputFormat.text) {
                out.println(note);
                out.flush();
                return ExitCodes.OK;
            }
            spec.commandLine().getErr().println(note);
            spec.commandLine().getErr().flush();
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
