package app.admired.report;

import app.admired.index.MentionRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code report.html}: one self-contained page to show the ranking to someone who will not open a
 * CSV. Inline CSS and an inline SVG bar chart, no scripts, no fonts, no images, no external URL of
 * any kind; a Content-Security-Policy forbids loading anything, so the page works offline and a
 * quote that slipped through escaping could still not run. Everything taken from the corpus (names,
 * quotes, document ids) is HTML-escaped: quotes are attacker-controlled comment text.
 *
 * <p>Layout: title and one line on the score; a horizontal bar chart of the top {@value #TOP}
 * people (bar length = score, negative scores drawn to the left of the zero axis, in another
 * colour); for each of them their numbers and their two best quotes, each linked to its document;
 * then a table of everyone else. The output depends on its arguments only (no date, no clock), so
 * the same index gives a byte-identical page.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    /** People drawn in the chart and given a section with quotes. */
    public static final int TOP = 10;
    /** Quotes shown per top person. */
    public static final int QUOTES = 2;

    // Chart geometry, in SVG user units (the SVG scales to the page width).
    private static final int WIDTH = 900;
    private static final int LABEL_WIDTH = 240;
    private static final int VALUE_ROOM = 70;
    private static final int BAR_HEIGHT = 24;
    private static final int BAR_GAP = 10;
    private static final int TOP_MARGIN = 10;
    private static final int AXIS_ROOM = 26;
    private static final int LABEL_CHARS = 32;
    /** The trend column right of the bars: one line of the score per period per person. */
    private static final int TREND_WIDTH = 170;

    private static final int TREND_GAP = 24;

    /** Quotes best first: the same order as the CSV's best_quote (score, then earliest). */
    private static final Comparator<MentionRecord> QUOTE_ORDER = Comparator.comparingDouble(MentionRecord::score)
            .reversed()
            .thenComparing(MentionRecord::path)
            .thenComparingInt(MentionRecord::position)
            .thenComparingInt(MentionRecord::begin);

    /** A URL scheme at the start of a link ("https:", "javascript:"). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private static final String STYLE = """
            :root{color-scheme:light;--pos:#2e7d32;--neg:#c62828;--ink:#1f2328;--muted:#59636e;--rule:#d1d9e0}
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff;max-width:960px;margin:2rem auto;padding:0 1rem;line-height:1.45}
            h1{margin:0 0 .25rem;font-size:1.8rem}
            h2{font-size:1.25rem;margin:1.6rem 0 .4rem}
            .lead{color:var(--muted);margin:0 0 1rem}
            .chart{width:100%;height:auto;display:block;margin:1rem 0 1.5rem}
            .chart .label{font-size:14px;fill:var(--ink)}
            .chart .value{font-size:13px;fill:var(--muted);font-variant-numeric:tabular-nums}
            .chart .bar{fill:var(--pos)}
            .chart .bar.negative{fill:var(--neg)}
            .chart .axis{stroke:var(--ink);stroke-width:1}
            .chart .tick{font-size:12px;fill:var(--muted)}
            .chart .trend{fill:none;stroke:#0969da;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}
            .chart .trend-dot{fill:#0969da}
            .chart .trend-zero{stroke:var(--rule);stroke-width:1;stroke-dasharray:3 3}
            .person{border-top:1px solid var(--rule);padding-top:.2rem}
            .stats{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.3rem 0 .6rem;padding:0}
            .stats div{display:flex;gap:.35rem}
            .stats dt{color:var(--muted)}
            .stats dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums}
            .positive{color:var(--pos)}
            .negative{color:var(--neg)}
            .quotes{margin:0;padding-left:1.3rem}
            .quotes li{margin:.45rem 0}
            .quotes blockquote{margin:0;font-style:italic;overflow-wrap:anywhere}
            .quotes .source{font-size:.9rem;color:var(--muted)}
            table{border-collapse:collapse;width:100%;font-size:.95rem}
            th,td{border-bottom:1px solid var(--rule);padding:.3rem .5rem;text-align:left}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            footer{color:var(--muted);font-size:.85rem;margin:2rem 0}
            @media print{body{margin:0;max-width:none}.person{break-inside:avoid}}
            """;

    private HtmlReport() {}

    /**
     * Writes the page, UTF-8, to a temporary file renamed to {@code file}.
     *
     * @param ranking                   the ranked people, best first (as from {@link Ranking#rank})
     * @param mentions                  every mention (the quotes are taken from these)
     * @param canonicalNameByMentionName corpus-wide name of each {@link MentionRecord#person()}
     *                                  ({@link Ranking#canonicalNames}); a name missing from it stands
     *                                  for itself
     * @param linkForDocumentId         the href of a document id ({@code path#position}), e.g. a relative
     *                                  path to the source file; {@code null}, empty, or a URL with a
     *                                  scheme other than http, https or file gives no link
     */
    public static void write(
            List<PersonSummary> ranking,
            List<MentionRecord> mentions,
            Map<String, String> canonicalNameByMentionName,
            Function<String, String> linkForDocumentId,
            Path file)
            throws IOException {
        write(ranking, mentions, canonicalNameByMentionName, linkForDocumentId, List.of(), file);
    }

    /**
     * As {@link #write(List, List, Map, Function, Path)}, with a trend line per top person beside the
     * bars.
     *
     * @param trends the rows of {@code trends.csv} ({@link Trends#compute}); undated rows are not drawn,
     *               and no trend column is drawn when the top people share fewer than two dated periods
     */
    public static void write(
            List<PersonSummary> ranking,
            List<MentionRecord> mentions,
            Map<String, String> canonicalNameByMentionName,
            Function<String, String> linkForDocumentId,
            List<Trends.Row> trends,
            Path file)
            throws IOException {
        AtomicFiles.writeUtf8(file, render(ranking, mentions, canonicalNameByMentionName, linkForDocumentId, trends));
    }

    /** The page as a string, without trends. */
    public static String render(
            List<PersonSummary> ranking,
            List<MentionRecord> mentions,
            Map<String, String> canonicalNameByMentionName,
            Function<String, String> linkForDocumentId) {
        return render(ranking, mentions, canonicalNameByMentionName, linkForDocumentId, List.of());
    }

    /** The page as a string; {@link #write} writes exactly this. */
    public static String render(
            List<PersonSummary> ranking,
            List<MentionRecord> mentions,
            Map<String, String> canonicalNameByMentionName,
            Function<String, String> linkForDocumentId,
            List<Trends.Row> trends) {
        int topCount = Math.min(TOP, ranking.size());
        List<PersonSummary> top = ranking.subList(0, topCount);
        Map<String, List<String[]>> quotes = bestQuotes(top, mentions, canonicalNameByMentionName);
        Map<String, String> admiredBy = Holders.admiredBy(mentions, canonicalNameByMentionName);
        int totalMentions = ranking.stream().mapToInt(PersonSummary::mentions).sum();

        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>Most admired</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>Most admired</h1>\n")
                .append("<p class=\"lead\">Score, from \u22121 to 1: how surely the evidence about a person is ")
                .append("favourable (Wilson 95&nbsp;% lower bound of the positive share minus that of the negative ")
                .append("share); each author counts as one vote at most.</p>\n")
                .append("<p class=\"lead\">")
                .append(ranking.size())
                .append(ranking.size() == 1 ? " person, " : " people, ")
                .append(totalMentions)
                .append(totalMentions == 1 ? " mention." : " mentions.")
                .append("</p>\n");

        if (ranking.isEmpty()) {
            html.append("<p>No people were found.</p>\n");
        } else {
            chart(html, top, TrendColumn.of(top, trends));
            int rank = 0;
            for (PersonSummary person : top) {
                section(
                        html,
                        ++rank,
                        person,
                        quotes.getOrDefault(person.person(), List.of()),
                        admiredBy.get(person.person()),
                        linkForDocumentId);
            }
            rest(html, ranking, topCount);
        }
        html.append("<footer>Written by admired. Every number is recomputable from mentions.csv; ")
                .append("the columns are described in the README.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The two best distinct sentences of each top person: their mentions in {@link #QUOTE_ORDER},
     * a sentence already taken skipped. Each quote is {@code {sentence, documentId, score}}.
     */
    static Map<String, List<String[]>> bestQuotes(
            List<PersonSummary> top, List<MentionRecord> mentions, Map<String, String> canonical) {
        Set<String> wanted = new LinkedHashSet<>();
        top.forEach(p -> wanted.add(p.person()));
        Map<String, List<MentionRecord>> byPerson = new HashMap<>();
        for (MentionRecord m : mentions) {
            String person = canonical.getOrDefault(m.person(), m.person());
            if (person != null && wanted.contains(person)) {
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<String[]>> result = new HashMap<>();
        byPerson.forEach((person, list) -> {
            list.sort(QUOTE_ORDER);
            Set<String> seen = new LinkedHashSet<>();
            List<String[]> chosen = new ArrayList<>();
            for (MentionRecord m : list) {
                String sentence = m.sentence() == null ? "" : m.sentence().strip();
                if (sentence.isEmpty() || !seen.add(sentence)) {
                    continue;
                }
                chosen.add(new String[] {sentence, m.documentId(), SpreadsheetCsv.number(m.score(), 2)});
                if (chosen.size() == QUOTES) {
                    break;
                }
            }
            result.put(person, chosen);
        });
        return result;
    }

    private static void chart(StringBuilder html, List<PersonSummary> top, TrendColumn trend) {
        double lo = 0;
        double hi = 0;
        for (PersonSummary p : top) {
            lo = Math.min(lo, p.score());
            hi = Math.max(hi, p.score());
        }
        if (hi - lo <= 0) {
            hi = 1; // every score is 0: draw the axis at the left, no bars
        }
        int plotLeft = LABEL_WIDTH;
        int plotWidth = WIDTH - LABEL_WIDTH - VALUE_ROOM - (trend == null ? 0 : TREND_WIDTH + TREND_GAP);
        double scale = plotWidth / (hi - lo);
        double zero = plotLeft + (0 - lo) * scale;
        int height = TOP_MARGIN + top.size() * (BAR_HEIGHT + BAR_GAP) + AXIS_ROOM;

        html.append("<svg class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\">\n")
                .append("<title id=\"chart-title\">Score of the top ")
                .append(top.size())
                .append(top.size() == 1 ? " person" : " people")
                .append(lo < 0 ? "; bars left of the zero axis are negative scores" : "")
                .append(
                        trend == null
                                ? ""
                                : "; right, each one's score per period from " + trend.first() + " to " + trend.last())
                .append("</title>\n");
        int rank = 0;
        for (PersonSummary p : top) {
            int y = TOP_MARGIN + rank * (BAR_HEIGHT + BAR_GAP);
            rank++;
            double end = plotLeft + (p.score() - lo) * scale;
            double x = Math.min(zero, end);
            double w = Math.abs(end - zero);
            boolean negative = p.score() < 0;
            String value = SpreadsheetCsv.number(p.score(), 3);
            String name = p.person();
            String label = name.codePointCount(0, name.length()) > LABEL_CHARS
                    ? name.substring(0, name.offsetByCodePoints(0, LABEL_CHARS - 1)) + "\u2026"
                    : name;
            double textY = y + BAR_HEIGHT / 2.0 + 5;
            html.append("<g class=\"row\">")
                    .append("<text class=\"label\" x=\"")
                    .append(LABEL_WIDTH - 10)
                    .append("\" y=\"")
                    .append(fmt(textY))
                    .append("\" text-anchor=\"end\">")
                    .append(rank)
                    .append(". ")
                    .append(escape(label))
                    .append("</text>")
                    .append("<rect class=\"bar")
                    .append(negative ? " negative" : "")
                    .append("\" x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(fmt(w))
                    .append("\" height=\"")
                    .append(BAR_HEIGHT)
                    .append("\" rx=\"3\"><title>")
                    .append(escape(name))
                    .append(": score ")
                    .append(value)
                    .append("</title></rect>")
                    // The value goes right of the bar's end, or right of the axis for a negative score.
                    .append("<text class=\"value\" x=\"")
                    .append(fmt((negative ? zero : end) + 6))
                    .append("\" y=\"")
                    .append(fmt(textY))
                    .append("\">")
                    .append(value)
                    .append("</text>");
            if (trend != null) {
                trend.draw(html, p.person(), y);
            }
            html.append("</g>\n");
        }
        int axisBottom = TOP_MARGIN + top.size() * (BAR_HEIGHT + BAR_GAP);
        html.append("<line class=\"axis\" x1=\"")
                .append(fmt(zero))
                .append("\" y1=\"")
                .append(TOP_MARGIN - 4)
                .append("\" x2=\"")
                .append(fmt(zero))
                .append("\" y2=\"")
                .append(axisBottom)
                .append("\"/>\n")
                .append("<text class=\"tick\" x=\"")
                .append(fmt(zero))
                .append("\" y=\"")
                .append(axisBottom + 16)
                .append("\" text-anchor=\"middle\">0</text>\n");
        if (lo < 0) {
            html.append("<text class=\"tick\" x=\"")
                    .append(plotLeft)
                    .append("\" y=\"")
                    .append(axisBottom + 16)
                    .append("\" text-anchor=\"start\">\u2190 negative</text>\n");
        }
        if (trend != null) {
            trend.ticks(html, axisBottom + 16);
        }
        html.append("</svg>\n");
    }

    /**
     * The trend column of the chart: the dated periods any top person has, evenly spaced left to
     * right, and one scale (including 0, dashed) for every person's line, so lines compare.
     */
    private record TrendColumn(List<String> periods, Map<String, Map<String, Double>> scores, double lo, double hi) {

        static TrendColumn of(List<PersonSummary> top, List<Trends.Row> rows) {
            Set<String> wanted = new LinkedHashSet<>();
            top.forEach(p -> wanted.add(p.person()));
            java.util.TreeSet<String> periods = new java.util.TreeSet<>(Period::compareLabels);
            Map<String, Map<String, Double>> scores = new HashMap<>();
            double lo = 0;
            double hi = 0;
            for (Trends.Row r : rows) {
                if (!wanted.contains(r.person()) || r.period().equals(Period.UNDATED)) {
                    continue;
                }
                periods.add(r.period());
                scores.computeIfAbsent(r.person(), k -> new HashMap<>())
                        .put(r.period(), r.summary().score());
                lo = Math.min(lo, r.summary().score());
                hi = Math.max(hi, r.summary().score());
            }
            if (periods.size() < 2) {
                return null;
            }
            return new TrendColumn(List.copyOf(periods), scores, lo, hi - lo <= 0 ? 1 : hi);
        }

        String first() {
            return periods.get(0);
        }

        String last() {
            return periods.get(periods.size() - 1);
        }

        private double x(int i) {
            // Inset by the dot radius and a little, so the first and last dots are whole.
            return WIDTH - TREND_WIDTH + 4 + i * (double) (TREND_WIDTH - 8) / (periods.size() - 1);
        }

        private double y(double score, int rowTop) {
            return rowTop + BAR_HEIGHT - 3 - (score - lo) / (hi - lo) * (BAR_HEIGHT - 6);
        }

        void draw(StringBuilder html, String person, int rowTop) {
            html.append("<line class=\"trend-zero\" x1=\"")
                    .append(WIDTH - TREND_WIDTH)
                    .append("\" y1=\"")
                    .append(fmt(y(0, rowTop)))
                    .append("\" x2=\"")
                    .append(WIDTH)
                    .append("\" y2=\"")
                    .append(fmt(y(0, rowTop)))
                    .append("\"/>");
            Map<String, Double> own = scores.getOrDefault(person, Map.of());
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < periods.size(); i++) {
                Double score = own.get(periods.get(i));
                if (score == null) {
                    continue;
                }
                String x = fmt(x(i));
                String y = fmt(y(score, rowTop));
                points.append(points.length() == 0 ? "" : " ")
                        .append(x)
                        .append(',')
                        .append(y);
                dots.append("<circle class=\"trend-dot\" cx=\"")
                        .append(x)
                        .append("\" cy=\"")
                        .append(y)
                        .append("\" r=\"2.5\"><title>")
                        .append(escape(person))
                        .append(", ")
                        .append(periods.get(i))
                        .append(": score ")
                        .append(SpreadsheetCsv.number(score, 3))
                        .append("</title></circle>");
            }
            if (points.indexOf(" ") > 0) {
                html.append("<polyline class=\"trend\" points=\"")
                        .append(points)
                        .append("\"/>");
            }
            html.append(dots);
        }

        void ticks(StringBuilder html, int y) {
            html.append("<text class=\"tick\" x=\"")
                    .append(WIDTH - TREND_WIDTH)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" text-anchor=\"start\">")
                    .append(escape(first()))
                    .append("</text>\n")
                    .append("<text class=\"tick\" x=\"")
                    .append(WIDTH)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(last()))
                    .append("</text>\n");
        }
    }

    private static void section(
            StringBuilder html,
            int rank,
            PersonSummary p,
            List<String[]> quotes,
            String admiredBy,
            Function<String, String> linkForDocumentId) {
        html.append("<section class=\"person\" id=\"rank-")
                .append(rank)
                .append("\">\n")
                .append("<h2>")
                .append(rank)
                .append(". <bdi>")
                .append(escape(p.person()))
                .append("</bdi></h2>\n")
                .append("<dl class=\"stats\">");
        stat(html, "score", SpreadsheetCsv.number(p.score(), 3), p.score() < 0 ? "negative" : null);
        stat(html, "mentions", Integer.toString(p.mentions()), null);
        stat(html, "documents", Integer.toString(p.documents()), null);
        stat(html, "admirers", Integer.toString(p.admirers()), null);
        stat(html, "critics", Integer.toString(p.critics()), null);
        stat(html, "positive", Integer.toString(p.positive()), "positive");
        stat(html, "neutral", Integer.toString(p.neutral()), null);
        stat(html, "negative", Integer.toString(p.negative()), "negative");
        html.append("</dl>\n");
        if (admiredBy != null) {
            html.append("<p class=\"admired-by\">").append(escape(admiredBy)).append("</p>\n");
        }
        if (quotes.isEmpty()) {
            html.append("<p class=\"lead\">No quote.</p>\n");
        } else {
            html.append("<ol class=\"quotes\">\n");
            for (String[] q : quotes) {
                html.append("<li><blockquote>")
                        .append(escape(q[0]))
                        .append("</blockquote>")
                        .append("<span class=\"source\">score ")
                        .append(escape(q[2]))
                        .append(" \u00b7 ");
                String href = safeLink(linkForDocumentId.apply(q[1]));
                if (href == null) {
                    html.append(escape(q[1]));
                } else {
                    html.append("<a href=\"")
                            .append(escape(href))
                            .append("\">")
                            .append(escape(q[1]))
                            .append("</a>");
                }
                html.append("</span></li>\n");
            }
            html.append("</ol>\n");
        }
        html.append("</section>\n");
    }

    private static void stat(StringBuilder html, String name, String value, String cssClass) {
        html.append("<div><dt>")
                .append(name)
                .append("</dt><dd")
                .append(cssClass == null ? "" : " class=\"" + cssClass + "\"")
                .append('>')
                .append(value)
                .append("</dd></div>");
    }

    private static void rest(StringBuilder html, List<PersonSummary> ranking, int from) {
        html.append("<h2 id=\"rest\">Everyone else</h2>\n");
        if (from >= ranking.size()) {
            html.append("<p class=\"lead\">Everyone found is shown above.</p>\n");
            return;
        }
        html.append("<table class=\"rest\">\n<thead><tr><th class=\"n\">rank</th><th>person</th>")
                .append("<th class=\"n\">score</th><th class=\"n\">mentions</th><th class=\"n\">documents</th>")
                .append("<th class=\"n\">positive</th><th class=\"n\">neutral</th><th class=\"n\">negative</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (int i = from; i < ranking.size(); i++) {
            PersonSummary p = ranking.get(i);
            html.append("<tr><td class=\"n\">")
                    .append(i + 1)
                    .append("</td><td><bdi>")
                    .append(escape(p.person()))
                    .append("</bdi></td><td class=\"n\">")
                    .append(SpreadsheetCsv.number(p.score(), 3))
                    .append("</td><td class=\"n\">")
                    .append(p.mentions())
                    .append("</td><td class=\"n\">")
                    .append(p.documents())
                    .append("</td><td class=\"n\">")
                    .append(p.positive())
                    .append("</td><td class=\"n\">")
                    .append(p.neutral())
                    .append("</td><td class=\"n\">")
                    .append(p.negative())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The link if it is relative or http, https or file; otherwise {@code null} (no link). */
    static String safeLink(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        var scheme = SCHEME.matcher(href);
        if (!scheme.find()) {
            return href;
        }
        String name = scheme.group().toLowerCase(Locale.ROOT);
        return name.equals("http:") || name.equals("https:") || name.equals("file:") ? href : null;
    }

    /**
     * Text safe in HTML content, in a quoted attribute and in inline SVG: {@code & < > " '} as
     * entities; C0 controls other than tab, LF and CR, and lone surrogates, become U+FFFD.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || c == 0x7f) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
