package app.admired.nlp.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations in a text, by character offsets. Straight ({@code "}) and curly ({@code “ ”})
 * double quotes; a quote left open at the end of a paragraph continues when the next paragraph
 * opens with a quotation mark (the news convention for a quotation of several paragraphs); a quote
 * left open with no such continuation is unbalanced and dropped, so a stray mark never turns the
 * rest of a paragraph into speech. Nested single quotes are part of the outer quote. Linear in the
 * text; no length limit.
 *
 * <p>CoreNLP's {@code quote} annotator finds the same spans but leaves the inner paragraphs of a
 * multi-paragraph quotation unclosed (CoreNLP issue #1139) and needs the whole token stream; this
 * finder works on the text and keeps the paragraph structure the attribution rules need.
 */
public final class QuoteSpans {

    /**
     * One quotation within one paragraph.
     *
     * @param begin       offset of the opening mark
     * @param end         offset just past the closing mark (or the paragraph end when continued)
     * @param paragraph   0-based paragraph index
     * @param continued   it opens its paragraph and continues a quote left open in the previous one
     * @param continues   it is left open and continues in the next paragraph
     */
    public record Quote(int begin, int end, int paragraph, boolean continued, boolean continues) {
        public boolean contains(int offset) {
            return begin <= offset && offset < end;
        }

        public String text(String source) {
            return source.substring(begin, end);
        }
    }

    private QuoteSpans() {}

    /** Paragraph boundaries: [begin, end) character ranges separated by blank lines. */
    public static List<int[]> paragraphs(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < text.length()
                        && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < text.length() && text.charAt(j) == '\n') {
                    addParagraph(text, paragraphs, start, i);
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        addParagraph(text, paragraphs, start, text.length());
        return paragraphs;
    }

    private static void addParagraph(String text, List<int[]> paragraphs, int begin, int end) {
        if (!text.substring(begin, end).isBlank()) {
            paragraphs.add(new int[] {begin, end});
        }
    }

    /** Every quotation in the text, in text order. */
    public static List<Quote> find(String text) {
        List<int[]> paragraphs = paragraphs(text);
        List<Quote> quotes = new ArrayList<>();
        boolean carried = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            int pBegin = paragraphs.get(p)[0];
            int pEnd = paragraphs.get(p)[1];
            boolean opensWithQuote = isOpening(text.charAt(pBegin));
            boolean continued = carried && opensWithQuote;
            carried = false;
            int open = -1;
            boolean openIsContinuation = false;
            List<Quote> inParagraph = new ArrayList<>();
            for (int i = pBegin; i < pEnd; i++) {
                char c = text.charAt(i);
                if (c == '“') {
                    if (open < 0) {
                        open = i;
                        openIsContinuation = continued && i == pBegin;
                    }
                } else if (c == '”') {
                    if (open >= 0) {
                        inParagraph.add(new Quote(open, i + 1, p, openIsContinuation, false));
                        open = -1;
                    }
                } else if (c == '"') {
                    if (open < 0) {
                        open = i;
                        openIsContinuation = continued && i == pBegin;
                    } else {
                        inParagraph.add(new Quote(open, i + 1, p, openIsContinuation, false));
                        open = -1;
                    }
                }
            }
            if (open >= 0) {
                boolean nextOpens = p + 1 < paragraphs.size()
                        && isOpening(text.charAt(paragraphs.get(p + 1)[0]));
                if (nextOpens) {
                    inParagraph.add(new Quote(open, pEnd, p, openIsContinuation, true));
                    carried = true;
                }
                // else: an unbalanced mark; the quotes closed before it stand, the rest is prose
            }
            quotes.addAll(inParagraph);
        }
        return quotes;
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“';
    }
}
