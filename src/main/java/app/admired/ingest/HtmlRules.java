package app.admired.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The data behind {@link HtmlReader}, loaded from {@code html-rules.txt}: which elements are page
 * chrome, where the body and the comments are. Kept as data so that a new site's markup is one
 * more line, not a code change.
 */
final class HtmlRules {

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    final String remove;
    final String articleMeta;
    final List<String> body;
    final String comment;
    final String commentContainer;
    final List<String> commentAuthor;
    final List<String> commentDate;
    final List<String> commentText;
    final String commentChrome;
    private final List<String> chromeWords;

    private HtmlRules(Map<String, List<String>> rules) {
        remove = String.join(", ", rules.getOrDefault("remove", List.of()));
        articleMeta = String.join(", ", rules.getOrDefault("article-meta", List.of()));
        body = lines(rules, "body");
        comment = String.join(", ", rules.getOrDefault("comment", List.of()));
        commentContainer = String.join(", ", rules.getOrDefault("comment-container", List.of()));
        commentAuthor = rules.getOrDefault("comment-author", List.of());
        commentDate = rules.getOrDefault("comment-date", List.of());
        commentText = rules.getOrDefault("comment-text", List.of());
        commentChrome = String.join(", ", rules.getOrDefault("comment-chrome", List.of()));
        chromeWords = rules.getOrDefault("chrome-word", List.of()).stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
    }

    static HtmlRules load() {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (String line : ResourceLines.read(HtmlRules.class, "html-rules.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("html-rules.txt: no 'rule:' in " + line);
            }
            String rule = line.substring(0, colon).strip();
            List<String> values = rules.computeIfAbsent(rule, r -> new ArrayList<>());
            String rest = line.substring(colon + 1).strip();
            if (rule.equals("body")) {
                // Each body line is one rank: its selectors are tried together.
                values.add(rest);
                continue;
            }
            for (String value : splitSelectors(rest)) {
                values.add(value);
            }
        }
        return new HtmlRules(rules);
    }

    /** Whether a word of the element's class or id names page chrome. */
    boolean isChrome(Element element) {
        String names = element.className() + " " + element.id();
        if (names.isBlank()) {
            return false;
        }
        for (String word : WORD_BREAK.split(names)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            for (String chrome : chromeWords) {
                boolean prefix = chrome.endsWith("*");
                String stem = prefix ? chrome.substring(0, chrome.length() - 1) : chrome;
                if (prefix ? w.startsWith(stem) : w.equals(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> lines(Map<String, List<String>> rules, String rule) {
        return List.copyOf(rules.getOrDefault(rule, List.of()));
    }

    /** Splits on commas outside brackets, so that {@code [content*="a,b"]} stays whole. */
    private static List<String> splitSelectors(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(value.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(value.substring(start).strip());
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }
}
