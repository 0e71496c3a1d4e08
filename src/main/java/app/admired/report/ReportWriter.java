package app.admired.report;

import app.admired.index.CorpusIndexReader;
import app.admired.index.DocumentRecord;
import app.admired.index.MentionRecord;
import app.admired.index.SkipRecord;
import app.admired.nlp.Aliases;
import app.admired.nlp.NameLinker;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Writes the report files of an output folder from the index. */
public final class ReportWriter {

    public static final String MOST_ADMIRED_CSV = "most-admired.csv";
    public static final String MENTIONS_CSV = "mentions.csv";
    public static final String DOCUMENTS_CSV = "documents.csv";

    /** What was written: the ranking and the counts behind it. */
    public record Written(
            List<PersonSummary> ranking,
            int documents,
            int mentions,
            int skips,
            Map<String, Integer> skipsByReason,
            Map<String, Integer> documentsByFormat,
            List<Trends.Row> trends,
            Map<String, Integer> undatedByReason) {}

    static final List<String> MOST_ADMIRED_HEADER = List.of(
            "rank",
            "person",
            "score",
            "positive_evidence",
            "negative_evidence",
            "admirers",
            "critics",
            "mentions",
            "documents",
            "positive",
            "neutral",
            "negative",
            "admiration_cues",
            "criticism_cues",
            "mean_sentiment",
            "mean_sentence_sentiment",
            "first_seen",
            "last_seen",
            "best_quote",
            "best_quote_source",
            "role",
            "organization");

    static final List<String> DOCUMENTS_HEADER = List.of(
            "document_id",
            "kind",
            "path",
            "position",
            "title",
            "author",
            "date",
            "parent_id",
            "parent_title",
            "format",
            "content_hash");

    static final List<String> MENTIONS_HEADER = List.of(
            "person",
            "document_id",
            "kind",
            "author",
            "holder",
            "date",
            "surface",
            "polarity",
            "score",
            "classifier_score",
            "sentence_class",
            "cue",
            "cue_text",
            "sentence",
            "holder_kind",
            "holder_role",
            "holder_organization");

    private static final Comparator<MentionRecord> MENTION_ORDER = Comparator.comparing(MentionRecord::path)
            .thenComparingInt(MentionRecord::position)
            .thenComparingInt(MentionRecord::begin);

    private ReportWriter() {}

    /**
     * Reads the index and writes every report: the ranking (with the aliases stored in the index),
     * the mentions, the documents and the skips. Everything is sorted, so the same index content
     * gives byte-identical files however it was built.
     */
    public static Written write(CorpusIndexReader index, Path outDir) throws IOException {
        List<MentionRecord> mentions = mentions(index);
        Aliases aliases = index.aliases();
        // Linking is the costly part of ranking: done once, shared by every report.
        Map<String, String> canonical = Ranking.canonicalNames(mentions, aliases);
        mentions = Holders.linked(mentions, canonical);
        List<PersonSummary> ranking = Ranking.rank(mentions, canonical);
        DatePolicy dates = datePolicy(index);
        List<Trends.Row> trends =
                Trends.compute(mentions, canonical, ranking, Period.fromKey(index.period()), dates, EVERY_MENTION);
        List<DocumentRecord> documents = index.documents();
        List<SkipRecord> skips = index.skips();
        writeMostAdmired(ranking, Holders.roles(mentions, canonical), outDir.resolve(MOST_ADMIRED_CSV));
        writeMentions(mentions, canonical, outDir.resolve(MENTIONS_CSV));
        Holders.write(mentions, canonical, outDir.resolve(Holders.FILE_NAME));
        writeDocuments(documents, outDir.resolve(DOCUMENTS_CSV));
        Trends.write(trends, outDir.resolve(Trends.FILE_NAME));
        SkippedReport.write(skips, outDir.resolve(SkippedReport.FILE_NAME));
        HtmlReport.write(
                ranking,
                mentions,
                canonical,
                sourceLinks(index.corpus(), outDir),
                trends,
                outDir.resolve(HtmlReport.FILE_NAME));
        Map<String, Integer> skipsByReason = new TreeMap<>();
        skips.forEach(s -> skipsByReason.merge(s.reason(), 1, Integer::sum));
        Map<String, Integer> byFormat = new TreeMap<>();
        documents.forEach(d -> byFormat.merge(d.format(), 1, Integer::sum));
        Map<String, Integer> undated =
                dates.rejections(documents.stream().map(DocumentRecord::date).toList());
        return new Written(
                ranking, documents.size(), mentions.size(), skips.size(), skipsByReason, byFormat, trends, undated);
    }

    /**
     * Links from the report to source files: relative to the output folder, so the pair of folders
     * can be moved or zipped together; none when the corpus location is unknown.
     */
    private static Function<String, String> sourceLinks(String corpus, Path outDir) {
        if (corpus.isEmpty()) {
            return id -> null;
        }
        Path relative = outDir.toAbsolutePath().normalize().relativize(Path.of(corpus));
        return id -> {
            Path file = relative.resolve(id.substring(0, id.lastIndexOf('#')));
            StringBuilder href = new StringBuilder();
            for (Path part : file) {
                if (href.length() > 0) {
                    href.append('/');
                }
                href.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
            return href.toString();
        };
    }

    /** The ranking alone, from the index (for 'admired people'). */
    public static List<PersonSummary> ranking(CorpusIndexReader index) throws IOException {
        return ranking(index, null, null, EVERY_MENTION);
    }

    /** Every mention counts: the evidence of the default ranking and trends. */
    public static final Predicate<MentionRecord> EVERY_MENTION = m -> true;

    /**
     * The ranking on the evidence dated from {@code since} to {@code until} (inclusive; either may be
     * null for an open end). Undated evidence, and dates the {@link DatePolicy} rejects, fall outside
     * every window. Names are linked on the whole corpus, so a person keeps one name in every window.
     */
    public static List<PersonSummary> ranking(CorpusIndexReader index, LocalDate since, LocalDate until)
            throws IOException {
        return ranking(index, since, until, EVERY_MENTION);
    }

    /**
     * As {@link #ranking(CorpusIndexReader, LocalDate, LocalDate)} (either date may be null: no bound;
     * both null: undated evidence counts too), on the mentions {@code evidence} keeps, e.g. those
     * whose holder is an IT leader ({@link Holders#filter}).
     */
    public static List<PersonSummary> ranking(
            CorpusIndexReader index, LocalDate since, LocalDate until, Predicate<MentionRecord> evidence)
            throws IOException {
        List<MentionRecord> mentions = mentions(index);
        Map<String, String> canonical = Ranking.canonicalNames(mentions, index.aliases());
        Predicate<MentionRecord> window =
                since == null && until == null ? EVERY_MENTION : inWindow(datePolicy(index), since, until);
        return Ranking.rank(
                Holders.linked(mentions, canonical).stream()
                        .filter(window.and(evidence))
                        .toList(),
                canonical);
    }

    /** The mentions dated in the window (see {@link #ranking(CorpusIndexReader, LocalDate, LocalDate)}). */
    static Predicate<MentionRecord> inWindow(DatePolicy dates, LocalDate since, LocalDate until) {
        return m -> dates.day(m.date())
                .filter(day -> (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until)))
                .isPresent();
    }

    /**
     * One person's trend rows from the index, the person matched as 'search --person' matches
     * (canonical name, alias, spelling or surname used in the corpus); empty when nobody matches.
     *
     * @param period   the period, or null for the one stored with the index
     * @param evidence which mentions count
     */
    public static Optional<List<Trends.Row>> trend(
            CorpusIndexReader index, String person, Period period, Predicate<MentionRecord> evidence)
            throws IOException {
        Set<String> stored = Ranking.storedNamesOf(person, index.personNameCounts(), index.aliases());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<MentionRecord> mentions = mentions(index);
        Map<String, String> canonical = Ranking.canonicalNames(mentions, index.aliases());
        mentions = Holders.linked(mentions, canonical);
        String name = canonical.get(stored.iterator().next());
        List<PersonSummary> ranking =
                Ranking.rank(mentions.stream().filter(evidence).toList(), canonical);
        List<PersonSummary> one =
                ranking.stream().filter(p -> p.person().equals(name)).toList();
        return Optional.of(Trends.compute(
                mentions,
                canonical,
                one,
                period != null ? period : Period.fromKey(index.period()),
                datePolicy(index),
                evidence));
    }

    /** The date policy of the index: dates after the day of its run are in the future. */
    static DatePolicy datePolicy(CorpusIndexReader index) {
        String day = index.referenceDay();
        return new DatePolicy(day.isEmpty() ? LocalDate.MAX : LocalDate.parse(day));
    }

    /** Every mention in a fixed order, so aggregation never depends on index order. */
    private static List<MentionRecord> mentions(CorpusIndexReader index) throws IOException {
        List<MentionRecord> mentions = new ArrayList<>();
        index.forEachMention(mentions::add);
        mentions.sort(MENTION_ORDER);
        return mentions;
    }

    static void writeDocuments(List<DocumentRecord> documents, Path file) throws IOException {
        SpreadsheetCsv.write(file, DOCUMENTS_HEADER, printer -> {
            for (DocumentRecord d : documents) {
                printer.printRecord(
                        SpreadsheetCsv.text(d.id()),
                        d.kind(),
                        SpreadsheetCsv.text(d.path()),
                        d.position(),
                        SpreadsheetCsv.text(d.title()),
                        SpreadsheetCsv.text(d.author()),
                        d.date(),
                        SpreadsheetCsv.text(d.parentId()),
                        SpreadsheetCsv.text(d.parentTitle()),
                        d.format(),
                        d.contentHash());
            }
        });
    }

    static void writeMostAdmired(List<PersonSummary> ranking, Path file) throws IOException {
        writeMostAdmired(ranking, Map.of(), file);
    }

    /** most-admired.csv, with each person's role and organisation as the corpus states them most often. */
    static void writeMostAdmired(List<PersonSummary> ranking, Map<String, Holders.RoleOf> roles, Path file)
            throws IOException {
        SpreadsheetCsv.write(file, MOST_ADMIRED_HEADER, printer -> {
            int rank = 0;
            for (PersonSummary row : ranking) {
                Holders.RoleOf role = roles.getOrDefault(NameLinker.key(row.person()), Holders.RoleOf.NONE);
                printer.printRecord(
                        ++rank,
                        SpreadsheetCsv.text(row.person()),
                        SpreadsheetCsv.number(row.score(), 4),
                        SpreadsheetCsv.number(row.positiveEvidence(), 3),
                        SpreadsheetCsv.number(row.negativeEvidence(), 3),
                        row.admirers(),
                        row.critics(),
                        row.mentions(),
                        row.documents(),
                        row.positive(),
                        row.neutral(),
                        row.negative(),
                        row.admirationCues(),
                        row.criticismCues(),
                        SpreadsheetCsv.number(row.meanSentiment(), 3),
                        SpreadsheetCsv.number(row.meanSentenceSentiment(), 3),
                        row.firstSeen(),
                        row.lastSeen(),
                        SpreadsheetCsv.text(row.bestQuote()),
                        SpreadsheetCsv.text(row.bestQuoteSource()),
                        SpreadsheetCsv.text(role.role()),
                        SpreadsheetCsv.text(role.organization()));
            }
        });
    }

    static void writeMentions(List<MentionRecord> mentions, Map<String, String> canonical, Path file)
            throws IOException {
        SpreadsheetCsv.write(file, MENTIONS_HEADER, printer -> {
            for (MentionRecord m : mentions) {
                printer.printRecord(
                        SpreadsheetCsv.text(canonical.get(m.person())),
                        SpreadsheetCsv.text(m.documentId()),
                        m.kind(),
                        SpreadsheetCsv.text(m.author()),
                        SpreadsheetCsv.text(m.holder()),
                        m.date(),
                        SpreadsheetCsv.text(m.surface()),
                        m.polarity(),
                        SpreadsheetCsv.number(m.score(), 3),
                        SpreadsheetCsv.number(m.classifierScore(), 3),
                        m.sentenceClass(),
                        SpreadsheetCsv.text(m.cue()),
                        SpreadsheetCsv.text(m.cueText()),
                        SpreadsheetCsv.text(m.sentence()),
                        m.holderKind(),
                        SpreadsheetCsv.text(m.holderRole()),
                        SpreadsheetCsv.text(m.holderOrganization()));
            }
        });
    }
}
