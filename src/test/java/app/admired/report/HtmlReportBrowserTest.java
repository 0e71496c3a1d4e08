package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} rendered by a real browser: headless Chromium loads the page (offline, fresh
 * profile), we read back the DOM it built and take a screenshot. Skipped only when Chromium is not
 * installed ({@code .ci/run} installs it).
 */
@Tag("integration")
class HtmlReportBrowserTest {

    static Optional<Path> chromium() {
        return ExternalTool.find(
                List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"),
                List.of(
                        "/usr/bin/chromium",
                        "/usr/lib/chromium/chromium",
                        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
    }

    /** Chromium, headless, isolated and offline-friendly: nothing to sync, update or phone home. */
    static List<String> command(Path chromium, Path profile, String... extra) {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        return command;
    }

    @Test
    void chromiumDrawsTheChartAndTheTopNames(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        ReportFixtures.Data data = ReportFixtures.twelvePeople();
        Path page = dir.resolve(HtmlReport.FILE_NAME);
        HtmlReport.write(
                data.ranking(),
                data.mentions(),
                data.canonical(),
                ReportFixtures::link,
                ReportFixtures.trends(data.ranking()),
                page);
        Map<String, String> env = Map.of("HOME", dir.toString());

        ExternalTool.Run dump = ExternalTool.run(
                command(
                        chromium.get(),
                        dir.resolve("profile-dom"),
                        "--dump-dom",
                        page.toUri().toString()),
                env,
                dir.resolve("dom.log"),
                120);
        assertEquals(0, dump.exitCode(), dump.output());
        // --dump-dom prints the DOM on stdout; Chromium's own warnings (stderr) go to the same log.
        String html = dump.output().substring(Math.max(0, dump.output().indexOf("<html")));
        Document dom = Jsoup.parse(html);
        assertEquals("Most admired", dom.title());
        assertEquals(1, dom.select("svg.chart").size());
        assertEquals(10, dom.select("svg.chart rect.bar").size());
        List<String> labels = dom.select("svg.chart text.label").eachText();
        for (int i = 0; i < 10; i++) {
            assertEquals((i + 1) + ". " + data.ranking().get(i).person(), labels.get(i));
        }
        assertEquals(9, dom.select("svg.chart polyline.trend").size(), "a trend line per top person with two periods");
        assertEquals(10, dom.select("section.person").size());
        assertEquals(2, dom.select("table.rest tbody tr").size());
        assertTrue(dom.select("script").isEmpty(), "the hostile quote must stay text");
        assertTrue(dom.text().contains(ReportFixtures.SCRIPT_QUOTE));

        Path png = dir.resolve("report.png");
        ExternalTool.Run shot = ExternalTool.run(
                command(
                        chromium.get(),
                        dir.resolve("profile-shot"),
                        "--screenshot=" + png,
                        "--window-size=1200,1600",
                        page.toUri().toString()),
                env,
                dir.resolve("shot.log"),
                120);
        assertEquals(0, shot.exitCode(), shot.output());
        assertTrue(Files.size(png) > 10_000, "screenshot too small: " + Files.size(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(1600, image.getHeight());
        // Not a blank page: the bar colours are there.
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.size() > 20, "only " + colours.size() + " colours");
        assertTrue(colours.contains(0x2E7D32), "no positive bar colour in the screenshot");
        assertTrue(colours.contains(0xC62828), "no negative bar colour in the screenshot");
        assertTrue(colours.contains(0x0969DA), "no trend line colour in the screenshot");
        if (System.getProperty("admired.screenshot") != null) {
            Files.copy(
                    png,
                    Path.of(System.getProperty("admired.screenshot")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
