package app.admired.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML element as paragraphs. Every block element (and a blank line inside
 * a text run, which is how WordPress stores paragraphs) ends a paragraph, so that the last sentence
 * of one paragraph never runs into the first of the next; {@code <br>} becomes a line break.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "caption",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "tr",
            "ul");
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, object, embed";
    private static final Pattern PARAGRAPH_GAP = Pattern.compile("[ \\t\\f]*\\n[ \\t\\f]*\\n\\s*");
    private static final Pattern SPACE =
            Pattern.compile("[ \\t\\f\\n\\x0B\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private HtmlText() {}

    /** The paragraphs of {@code root}, each trimmed and with runs of white space collapsed. */
    static List<String> paragraphs(Element root) {
        Element copy = root.clone();
        copy.select(NEVER_TEXT).remove();
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, copy);
        collector.endParagraph();
        return collector.paragraphs;
    }

    /** The paragraphs joined by blank lines, chrome lines ({@link TextRepair#isChromeLine}) left out. */
    static String text(Element root) {
        return String.join(
                "\n\n",
                paragraphs(root).stream()
                        .filter(p -> !TextRepair.isChromeLine(p))
                        .toList());
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String[] runs = PARAGRAPH_GAP.split(text.getWholeText(), -1);
                for (int i = 0; i < runs.length; i++) {
                    if (i > 0) {
                        endParagraph();
                    }
                    current.append(SPACE.matcher(runs[i]).replaceAll(" "));
                }
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    current.append('\n');
                } else if (BLOCKS.contains(element.normalName())) {
                    endParagraph();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endParagraph();
            }
        }

        void endParagraph() {
            List<String> lines = new ArrayList<>();
            for (String line : current.toString().split("\n")) {
                String trimmed = SPACE.matcher(line).replaceAll(" ").strip();
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
            if (!lines.isEmpty()) {
                paragraphs.add(TextRepair.normalize(String.join("\n", lines)));
            }
            current.setLength(0);
        }
    }
}
