package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final ReportFixtures.Data DATA = ReportFixtures.twelvePeople();

    private static String render() {
        return HtmlReport.render(DATA.ranking(), DATA.mentions(), DATA.canonical(), ReportFixtures::link);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void aTrendLinePerTopPersonOnOneScaleBesideTheBars() {
        String html = HtmlReport.render(
                DATA.ranking(),
                DATA.mentions(),
                DATA.canonical(),
                ReportFixtures::link,
                ReportFixtures.trends(DATA.ranking()));
        Document page = parse(html);
        // Barbara has a single dated quarter: a dot, no line; the undated row is never drawn.
        assertEquals(9, page.select("svg.chart polyline.trend").size());
        assertEquals(9 * 4 + 1, page.select("svg.chart circle.trend-dot").size());
        assertTrue(page.select("svg.chart circle.trend-dot title").eachText().stream()
                .noneMatch(t -> t.contains("undated")));
        // Ada rises: her line goes up (SVG y decreases) left to right.
        Element ada = page.select("svg.chart g.row").get(0);
        String[] points = ada.selectFirst("polyline.trend").attr("points").split(" ");
        double firstY = Double.parseDouble(points[0].split(",")[1]);
        double lastY = Double.parseDouble(points[3].split(",")[1]);
        assertTrue(lastY < firstY, ada.outerHtml());
        assertEquals(
                "Ada Lovelace, 2024-Q2: score 0.450",
                ada.select("circle.trend-dot title").last().text());
        // Every bar still ends left of the trend column.
        for (Element bar : page.select("svg.chart rect.bar")) {
            double end = Double.parseDouble(bar.attr("x")) + Double.parseDouble(bar.attr("width"));
            assertTrue(end < 900 - 170, bar.outerHtml());
        }
        assertEquals(
                List.of("2023-Q3", "2024-Q2"),
                page.select("svg.chart text.tick").eachText().stream()
                        .filter(t -> t.startsWith("20"))
                        .toList());
        assertEquals(
                html,
                HtmlReport.render(
                        DATA.ranking(),
                        DATA.mentions(),
                        DATA.canonical(),
                        ReportFixtures::link,
                        ReportFixtures.trends(DATA.ranking())),
                "same input, same bytes");
    }

    @Test
    void noTrendColumnWithFewerThanTwoDatedPeriods() {
        List<Trends.Row> one = ReportFixtures.trends(DATA.ranking()).stream()
                .filter(r -> r.period().equals("2024-Q1") || r.period().equals(Period.UNDATED))
                .toList();
        Document page =
                parse(HtmlReport.render(DATA.ranking(), DATA.mentions(), DATA.canonical(), ReportFixtures::link, one));
        assertTrue(page.select("svg.chart .trend, svg.chart .trend-dot").isEmpty());
        assertEquals(
                render(),
                HtmlReport.render(DATA.ranking(), DATA.mentions(), DATA.canonical(), ReportFixtures::link, one),
                "the page is then the page without trends");
    }

    @Test
    void titleExplanationChartAndOneBarPerTopPerson() {
        Document page = parse(render());
        assertEquals("Most admired", page.title());
        assertEquals("Most admired", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("p.lead").text().startsWith("Score, from −1 to 1"));
        assertEquals(1, page.select("svg.chart").size());
        Elements bars = page.select("svg.chart rect.bar");
        assertEquals(10, bars.size());
        List<String> labels = page.select("svg.chart text.label").eachText();
        assertEquals("1. Ada Lovelace", labels.get(0));
        assertEquals("2. Zoë Ortíz, Jr.", labels.get(1));
        assertEquals("10. Linus Torvalds", labels.get(9));
        assertEquals("0.412", page.select("svg.chart text.value").first().text());
    }

    @Test
    void barLengthIsTheScoreAndANegativeScoreGoesLeftOfTheAxis() {
        Document page = parse(render());
        Elements bars = page.select("svg.chart rect.bar");
        double axis = Double.parseDouble(page.selectFirst("svg.chart line.axis").attr("x1"));
        double first = Double.parseDouble(bars.get(0).attr("width"));
        double fifth = Double.parseDouble(bars.get(4).attr("width"));
        assertEquals(0.412 / 0.207, first / fifth, 0.01);
        assertEquals(axis, Double.parseDouble(bars.get(0).attr("x")), 1e-9);
        Element negative = bars.get(9);
        assertTrue(negative.hasClass("negative"));
        assertEquals(1, page.select("svg.chart rect.bar.negative").size());
        assertEquals(axis, Double.parseDouble(negative.attr("x")) + Double.parseDouble(negative.attr("width")), 0.11);
        assertEquals("0", bars.get(8).attr("width"));
        assertTrue(page.select("svg.chart text.tick").eachText().contains("← negative"));
    }

    @Test
    void eachTopPersonHasNumbersAndTwoBestDistinctQuotesLinkedToTheirSources() {
        Document page = parse(render());
        Elements sections = page.select("section.person");
        assertEquals(10, sections.size());
        Element ada = sections.get(0);
        assertEquals("1. Ada Lovelace", ada.selectFirst("h2").text());
        assertEquals(
                "score 0.412 mentions 5 documents 4 admirers 4 critics 0 positive 4 neutral 1 negative 0",
                ada.selectFirst("dl.stats").text());
        Elements quotes = ada.select("ol.quotes li");
        assertEquals(2, quotes.size());
        // Best first; the short form "Ada" counts for her; the repeated sentence is shown once,
        // from the earliest document (a.txt before z.txt).
        assertEquals(
                ReportFixtures.SCRIPT_QUOTE,
                quotes.get(0).selectFirst("blockquote").text());
        assertEquals("articles/b.txt#0", quotes.get(0).selectFirst("a").text());
        assertEquals("../corpus/articles/b.txt", quotes.get(0).selectFirst("a").attr("href"));
        assertEquals(
                "Ada Lovelace wrote the first program.",
                quotes.get(1).selectFirst("blockquote").text());
        assertEquals("articles/a.txt#0", quotes.get(1).selectFirst("a").text());

        Element torvalds = sections.get(9);
        assertEquals(
                List.of("People say Linus Torvalds changed everything.", "Linus Torvalds was there too."),
                torvalds.select("blockquote").eachText());
        assertEquals("comments/linus-torvalds.txt#1", torvalds.selectFirst("a").text());
    }

    @Test
    void theRestAreInATable() {
        Document page = parse(render());
        Elements rows = page.select("table.rest tbody tr");
        assertEquals(2, rows.size());
        assertEquals(
                List.of("rank", "person", "score", "mentions", "documents", "positive", "neutral", "negative"),
                page.select("table.rest thead th").eachText());
        assertEquals(
                List.of("11", "Edsger Dijkstra", "-0.200", "3", "2", "0", "2", "1"),
                rows.get(0).select("td").eachText());
        assertEquals(
                List.of("12", "Donald Knuth", "-0.310", "4", "4", "0", "1", "3"),
                rows.get(1).select("td").eachText());
    }

    @Test
    void attackerTextIsEscaped() {
        String html = render();
        assertTrue(html.contains(
                "I admire Ada &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;."));
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; O&#39;Brien"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<b>"));
        Document page = parse(html);
        assertTrue(page.select("script, b").isEmpty());
        assertEquals(
                "4. <b>Bold</b> O'Brien",
                page.select("section.person h2").get(3).text());
        assertEquals("&lt;\uFFFD\uFFFD&quot;", HtmlReport.escape("<\u0000\uD800\""));
        assertEquals("😀", HtmlReport.escape("😀"));
    }

    @Test
    void selfContainedNothingToFetch() {
        String html = render();
        for (String forbidden : List.of(
                "http:", "https:", "//", "src=", "url(", "@import", "<link", "<script", "<img", "<iframe", "<object")) {
            assertFalse(html.contains(forbidden), forbidden);
        }
        Document page = parse(html);
        assertEquals(
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
                page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
    }

    @Test
    void unsafeOrMissingLinksGiveThePlainId() {
        String html = HtmlReport.render(
                DATA.ranking(),
                DATA.mentions(),
                DATA.canonical(),
                id -> id.startsWith("articles/b") ? "javascript:alert(1)" : null);
        Document page = parse(html);
        assertTrue(page.select("a").isEmpty());
        assertTrue(page.select("section.person").get(0).text().contains("articles/b.txt#0"));
        assertNull(HtmlReport.safeLink(" "));
        assertNull(HtmlReport.safeLink("data:text/html,x"));
        assertEquals("https://example.org/a", HtmlReport.safeLink("https://example.org/a"));
        assertEquals("file:///srv/corpus/a.txt", HtmlReport.safeLink("file:///srv/corpus/a.txt"));
        assertEquals("a.txt#x:1", HtmlReport.safeLink("a.txt#x:1"));
    }

    @Test
    void fewPeopleNoTableAndNoPeopleNoChart() {
        ReportFixtures.Data d = DATA;
        Document three =
                parse(HtmlReport.render(d.ranking().subList(0, 3), d.mentions(), d.canonical(), ReportFixtures::link));
        assertEquals(3, three.select("svg.chart rect.bar").size());
        assertTrue(three.select("table").isEmpty());
        assertEquals(
                "Everyone found is shown above.", three.selectFirst("#rest + p").text());
        assertTrue(three.select("rect.bar.negative").isEmpty());

        Document none = parse(HtmlReport.render(List.of(), List.of(), Map.of(), ReportFixtures::link));
        assertTrue(none.select("svg").isEmpty());
        assertTrue(none.text().contains("No people were found."));
    }

    @Test
    void writtenDeterministicallyAndAtomically(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out").resolve(HtmlReport.FILE_NAME);
        HtmlReport.write(DATA.ranking(), DATA.mentions(), DATA.canonical(), ReportFixtures::link, file);
        byte[] first = Files.readAllBytes(file);
        HtmlReport.write(DATA.ranking(), DATA.mentions(), DATA.canonical(), ReportFixtures::link, file);
        assertArrayEquals(first, Files.readAllBytes(file));
        assertEquals(render(), new String(first, StandardCharsets.UTF_8));
        assertTrue(new String(first, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>\n"));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList()); // no temporary file left behind
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Created like any file (umask), not owner-only as Files.createTempFile would make it.
            assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_READ));
            Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
        }
    }
}
