package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentWindowsTest {

    private static String joined(List<DocumentWindows.Window> windows) {
        return windows.stream().map(DocumentWindows.Window::text).collect(Collectors.joining());
    }

    private static void assertTiles(String text, List<DocumentWindows.Window> windows, int max) {
        assertEquals(text, joined(windows));
        int offset = 0;
        for (DocumentWindows.Window w : windows) {
            assertEquals(offset, w.offset());
            assertTrue(w.text().length() <= max && !w.text().isEmpty(), w.toString());
            offset += w.text().length();
        }
    }

    @Test
    void aShortTextIsOneWindow() {
        assertEquals(List.of(new DocumentWindows.Window(0, "Short.")), DocumentWindows.of("Short.", 100));
        assertEquals(List.of(new DocumentWindows.Window(0, "")), DocumentWindows.of("", 100));
    }

    @Test
    void cutsAfterTheLastParagraphEndThatFits() {
        String text = "One para.\n\nTwo para here.\n\nThree.";
        List<DocumentWindows.Window> windows = DocumentWindows.of(text, 20);
        assertTiles(text, windows, 20);
        assertEquals("One para.\n\n", windows.get(0).text());
        assertEquals("Two para here.\n\n", windows.get(1).text());
        assertEquals("Three.", windows.get(2).text());
    }

    @Test
    void aParagraphLongerThanAWindowIsCutAtLineEndsThenSentenceEndsThenSpaces() {
        String lines = "First line here\nsecond line here\nthird";
        assertEquals("First line here\n", DocumentWindows.of(lines, 20).get(0).text());
        String sentences = "Ada wrote. Grace compiled it all";
        assertEquals("Ada wrote. ", DocumentWindows.of(sentences, 20).get(0).text());
        String words = "aaaa bbbb cccc dddd eeee";
        assertEquals("aaaa bbbb ", DocumentWindows.of(words, 12).get(0).text());
        String blob = "x".repeat(25);
        List<DocumentWindows.Window> hard = DocumentWindows.of(blob, 10);
        assertTiles(blob, hard, 10);
        assertEquals(3, hard.size());
    }

    @Test
    void manyParagraphsTileTheTextExactly() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("Paragraph ").append(i).append(" has a sentence. And another one.\n\n");
        }
        List<DocumentWindows.Window> windows = DocumentWindows.of(text.toString(), 1_000);
        assertTiles(text.toString(), windows, 1_000);
        windows.forEach(w ->
                assertTrue(w.text().endsWith("\n\n") || w.offset() + w.text().length() == text.length()));
    }

    @Test
    void aWindowMustHoldSomething() {
        assertThrows(IllegalArgumentException.class, () -> DocumentWindows.of("text", 1));
    }
}
