package app.admired.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into consecutive windows of at most a given length, so that a multi-megabyte
 * report is annotated piece by piece in bounded memory rather than skipped. Cuts fall where the
 * sentence splitter would break anyway: after a blank line (a paragraph end, always a sentence
 * break in the prose pipeline) when the window holds one; otherwise after a line end, then after
 * sentence-final punctuation followed by a space; a hard cut at a space (or anywhere) only inside
 * a run with none of these. The windows tile the text exactly: concatenated, they are the text.
 */
final class DocumentWindows {

    /** One window: its text and where it starts in the whole text. */
    record Window(int offset, String text) {}

    private DocumentWindows() {}

    /** The windows of {@code text}, each at most {@code maxChars} long; one window when it fits. */
    static List<Window> of(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("window too small: " + maxChars);
        }
        List<Window> windows = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            windows.add(new Window(start, text.substring(start, end)));
            start = end;
        }
        windows.add(new Window(start, text.substring(start)));
        return windows;
    }

    /** The best cut in {@code (start, limit]}: the end of the last separator found there. */
    private static int cut(String text, int start, int limit) {
        int floor = start + 1;
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= floor) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', limit - 1);
        if (line >= floor) {
            return line + 1;
        }
        for (int i = limit - 2; i >= floor; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        int space = text.lastIndexOf(' ', limit - 1);
        return space >= floor ? space + 1 : limit;
    }
}
