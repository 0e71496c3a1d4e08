package app.admired.cli;

import app.admired.index.CorpusIndexReader;
import app.admired.index.CorpusSearcher;
import app.admired.index.MentionRecord;
import app.admired.index.SearchHit;
import app.admired.index.SearchRequest;
import app.admired.nlp.NameLinker;
import app.admired.nlp.attribution.Roles;
import app.admired.report.Ranking;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admired search QUERY [filters]}: the evidence, from the index. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search the mentions: Lucene query syntax over each mention's sentence and its document's"
                + " text ('*' for all), with filters.")
final class SearchCommand implements Callable<Integer> {

    /** The kinds of holder ({@link app.admired.nlp.attribution.Holder#KINDS}). */
    enum HolderKind {
        author,
        commenter,
        quoted,
        unattributed
    }

    enum Polarity {
        positive,
        neutral,
        negative
    }

    enum CueKind {
        admiration,
        criticism
    }

    enum Kind {
        article,
        comment
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOptions indexOptions;

    @Parameters(paramLabel = "QUERY", description = "e.g. 'visionary', 'admire AND cloud', '\"role model\"', '*'.")
    String query;

    @Option(
            names = "--person",
            paramLabel = "NAME",
            description =
                    "Only mentions of this person (canonical name," + " alias, or a spelling used in the corpus).")
    String person;

    @Option(names = "--sentiment", paramLabel = "S", description = "positive, neutral or negative.")
    Polarity sentiment;

    @Option(names = "--cue", paramLabel = "C", description = "admiration or criticism (after negation).")
    CueKind cue;

    @Option(names = "--kind", paramLabel = "K", description = "article or comment.")
    Kind kind;

    @Option(names = "--author", paramLabel = "NAME", description = "Only documents by this author (case-insensitive).")
    String author;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Only documents dated on or after DATE (ISO, 2011-11-01).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only documents dated on or before DATE (ISO).")
    String until;

    @Option(
            names = "--holder",
            paramLabel = "NAME",
            description = "Only views held by NAME: an author, commenter or quoted speaker (case-insensitive).")
    String holder;

    @Option(
            names = "--holder-kind",
            paramLabel = "K",
            description = "Only views of this kind of holder: author, commenter, quoted or unattributed.")
    HolderKind holderKind;

    @Option(
            names = "--holder-role",
            paramLabel = "ROLE",
            description = "Only views of holders with this role or role group (CIO, \"IT leader\"), as stated in"
                    + " the document.")
    String holderRole;

    @Option(
            names = "--limit",
            defaultValue = "20",
            paramLabel = "N",
            description = "Most hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

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
        try (CorpusIndexReader index = indexOptions.open()) {
            Set<String> persons = null;
            if (person != null) {
                persons = Ranking.storedNamesOf(person, index.personNameCounts(), index.aliases());
                if (persons.isEmpty()) {
                    out.printf(Locale.ROOT, "No person named '%s' in the index.%n", person);
                    out.flush();
                    return ExitCodes.OK;
                }
            }
            Set<String> holderRoles = null;
            if (holderRole != null) {
                List<String> roles = Roles.standard().rolesMatching(holderRole.strip());
                if (roles.isEmpty()) {
                    out.println(HolderOptions.unknownRoleNote("No hits", holderRole));
                    out.flush();
                    return ExitCodes.OK;
                }
                holderRoles = new java.util.TreeSet<>(roles);
            }
            Set<String> holders = null;
            if (holder != null) {
                holders = new java.util.TreeSet<>();
                holders.add(holder.strip().toLowerCase(Locale.ROOT));
                Map<String, Integer> names = index.personNameCounts();
                for (String name : Ranking.storedNamesOf(holder, names, index.aliases())) {
                    holders.add(name.toLowerCase(Locale.ROOT));
                }
                // A surname alone ("kowalczyk") finds the speaker stored under the full name.
                String wanted = NameLinker.key(holder.strip());
                for (String name : names.keySet()) {
                    if (NameLinker.key(name).endsWith(" " + wanted)) {
                        holders.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
            boolean text = format == OutputFormat.text;
            SearchRequest request = new SearchRequest(
                    query,
                    persons,
                    name(sentiment),
                    name(cue),
                    name(kind),
                    author,
                    from,
                    to,
                    limit,
                    text ? "**" : "",
                    text ? "**" : "",
                    holders,
                    holderKind == null ? null : holderKind.name(),
                    holderRoles);
            List<SearchHit> hits;
            try {
                hits = CorpusSearcher.search(index, request);
            } catch (IllegalArgumentException badQuery) {
                throw new CommandLine.ParameterException(spec.commandLine(), badQuery.getMessage());
            }
            // The same corpus-wide names the reports show.
            Map<String, String> canonical = Ranking.canonicalNames(index.personNameCounts(), index.aliases());
            switch (format) {
                case text -> printText(out, hits, canonical);
                case csv -> Printing.csv(out, COLUMNS, rows(hits, canonical));
                case json -> Printing.json(out, rows(hits, canonical));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " must be an ISO date such as 2011-11-01, not '" + value + "'");
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private void printText(PrintWriter out, List<SearchHit> hits, Map<String, String> canonical) {
        if (hits.isEmpty()) {
            out.printf(Locale.ROOT, "No hits for '%s'.%n", query);
            return;
        }
        int n = 0;
        for (SearchHit hit : hits) {
            MentionRecord m = hit.mention();
            String cueText = m.cue().isEmpty() ? "" : ", " + m.cue();
            out.printf(
                    Locale.ROOT,
                    "%d. %s  %s %+.2f%s  %s  %s%s%s%n",
                    ++n,
                    canonical.getOrDefault(m.person(), m.person()),
                    m.polarity(),
                    m.score(),
                    cueText,
                    m.documentId(),
                    m.date().isEmpty() ? "undated" : m.date(),
                    m.author().isEmpty() ? "" : "  by " + m.author(),
                    heldBy(m));
            out.printf(Locale.ROOT, "   %s%n", hit.highlightedSentence().replaceAll("\\s+", " "));
        }
    }

    /** "  held by Dale Kowalczyk (quoted, CIO)" when the view is not the writer's own. */
    private static String heldBy(MentionRecord m) {
        if (m.holderKind().equals("author") || m.holderKind().equals("commenter")) {
            return m.holderRole().isEmpty() ? "" : "  (" + m.holderRole() + ")";
        }
        if (m.holderKind().equals("unattributed")) {
            return "  held by an unattributed speaker";
        }
        return "  held by " + m.holderName() + " (quoted" + (m.holderRole().isEmpty() ? "" : ", " + m.holderRole())
                + ")";
    }

    static final List<String> COLUMNS = List.of(
            "person",
            "polarity",
            "score",
            "cue",
            "document_id",
            "path",
            "position",
            "kind",
            "author",
            "date",
            "sentence",
            "holder",
            "holder_kind",
            "holder_role",
            "holder_organization");

    private static List<Map<String, Object>> rows(List<SearchHit> hits, Map<String, String> canonical) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SearchHit hit : hits) {
            MentionRecord m = hit.mention();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("person", canonical.getOrDefault(m.person(), m.person()));
            row.put("polarity", m.polarity());
            row.put("score", Printing.rounded(m.score(), 3));
            row.put("cue", m.cue());
            row.put("document_id", m.documentId());
            row.put("path", m.path());
            row.put("position", m.position());
            row.put("kind", m.kind());
            row.put("author", m.author());
            row.put("date", m.date());
            row.put("sentence", m.sentence());
            row.put("holder", m.holder());
            row.put("holder_kind", m.holderKind());
            row.put("holder_role", m.holderRole());
            row.put("holder_organization", m.holderOrganization());
            rows.add(row);
        }
        return rows;
    }
}
