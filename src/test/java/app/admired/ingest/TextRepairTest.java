package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

    @Test
    void utf8ReadAsWindows1252Apostrophe() {
        assertEquals("don\u2019t", TextRepair.repair("don\u00E2\u20AC\u2122t"));
    }

    @Test
    void codePage437Apostrophe() {
        // "ΓÇÖ" is U+2019 encoded as UTF-8 and read as code page 437.
        assertEquals("don\u2019t", TextRepair.repair("don\u0393\u00C7\u00D6t"));
    }

    @Test
    void codePage437FlattenedToLatin1Apostrophe() {
        assertEquals("don\u2019t", TextRepair.repair("donG\u00AB\u00F7t"));
    }

    /** Every row of mojibake.tsv, written out independently of the table. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // UTF-8 read as Windows-1252
        "\u00E2\u20AC\u2122, \u2019",
        "\u00E2\u20AC\u02DC, \u2018",
        "\u00E2\u20AC\u0153, \u201C",
        "\u00E2\u20AC\u009D, \u201D",
        "\u00E2\u20AC\uFFFD, \u201D",
        "\u00E2\u20AC\u201C, \u2013",
        "\u00E2\u20AC\u201D, \u2014",
        "\u00E2\u20AC\u00A6, \u2026",
        // UTF-8 read as code page 437
        "\u0393\u00C7\u00D6, \u2019",
        "\u0393\u00C7\u00FF, \u2018",
        "\u0393\u00C7\u00A3, \u201C",
        "\u0393\u00C7\u00A5, \u201D",
        "\u0393\u00C7\u00F4, \u2013",
        "\u0393\u00C7\u00F6, \u2014",
        // code page 437 flattened to Latin-1
        "G\u00AB\u00F7, \u2019",
    })
    void everyMojibakeRowRepairs(String broken, String repaired) {
        assertEquals(
                "Ada said " + repaired + "yes" + repaired + " twice",
                TextRepair.repair("Ada said " + broken + "yes" + broken + " twice"));
    }

    /** The mojibake is produced by a real mis-decode, not copied from the table. */
    @ParameterizedTest
    @ValueSource(strings = {"\u2019", "\u2018", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026"})
    void realWindows1252MisDecodeRepairs(String punctuation) {
        String broken =
                new String(("a" + punctuation + "b").getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertEquals("a" + punctuation + "b", TextRepair.repair(broken));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2019", "\u2018", "\u201C", "\u201D", "\u2013", "\u2014"})
    void realCodePage437MisDecodeRepairs(String punctuation) {
        String broken =
                new String(("a" + punctuation + "b").getBytes(StandardCharsets.UTF_8), Charset.forName("IBM437"));
        assertEquals("a" + punctuation + "b", TextRepair.repair(broken));
    }

    @Test
    void nfcNormalisation() {
        String decomposed = "Caf" + "e\u0301" + " and Beyonce\u0301";
        String repaired = TextRepair.repair(decomposed);
        assertEquals("Caf\u00E9 and Beyonc\u00E9", repaired);
        assertEquals(16, repaired.length());
    }

    @Test
    void lineEndingsBecomeLf() {
        assertEquals("one\ntwo\nthree\n\nfour", TextRepair.repair("one\r\ntwo\rthree\r\n\r\nfour"));
    }

    @Test
    void noBreakSpaceBecomesSpace() {
        assertEquals("Grace Hopper", TextRepair.repair("Grace\u00A0Hopper"));
    }

    @Test
    void leadingAndTrailingBlankLinesAreStripped() {
        assertEquals("Body", TextRepair.repair("\n\n  Body  \n\n"));
    }

    @Test
    void plainTextIsUnchanged() {
        String text = "Ada Lovelace wrote notes.\n\nShe is admired \u2014 rightly \u2014 by \u201Cmany\u201D.";
        assertEquals(text, TextRepair.repair(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u8981\u67E5\u770B\u6216\u6DFB\u52A0\u8BC4\u8BBA,\u8BF7\u767B\u5F55", // 要查看或添加评论,请登录
                "\u8981\u67E5\u770B\u6216\u6DFB\u52A0\u8BC4\u8BBA\uFF0C\u8BF7\u767B\u5F55", // full-width comma
                "David Linthicum\u7684\u66F4\u591A\u6587\u7AE0", // David Linthicum的更多文章
                "\u793E\u533A\u6D1E\u5BDF", // 社区洞察
                "Register for InformationWeek Newsletters",
                "Newest First  |  Oldest First  |  Threaded View",
                "Newest First | Oldest First",
                "  To view or add comments, sign in  ",
                "More articles by David Linthicum",
                "Subscribe to our newsletter.",
                "Share on LinkedIn",
                "Related Articles",
            })
    void chromeLinesAreDropped(String chrome) {
        assertTrue(TextRepair.isChromeLine(chrome), chrome);
        assertEquals(
                "Ada Lovelace is admired.\nEngineers agree.",
                TextRepair.repair("Ada Lovelace is admired.\n" + chrome + "\nEngineers agree."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Our weekly newsletter profiled Grace Hopper last spring.",
                "I read about her in a newsletter.",
                "Register for the conference to hear Lisa Su speak about newsletters and more.",
                "Newest first, she said, is how she reads every thread.",
            })
    void ordinarySentencesAreKept(String sentence) {
        assertFalse(TextRepair.isChromeLine(sentence), sentence);
        String text = "Intro line.\n" + sentence + "\nLast line.";
        assertEquals(text, TextRepair.repair(text));
    }

    @Test
    void ordinarySentenceStartingWithMoreStoriesFromIsKept() {
        String text = "Intro line.\nMore stories from the factory floor follow below.\nLast line.";
        assertEquals(text, TextRepair.repair(text));
    }
}
