package app.admired.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Saved web pages ({@code .html}, {@code .htm}): the article at position 0 and each reader comment
 * on the page at positions 1, 2, … in document order, linked to the article by id and title.
 *
 * <p>Order matters: comments are read first and their section removed (a comment's author must
 * not become the article's); then title, author and date are read from the whole page (headers hold
 * them); then page chrome is removed and the body text taken. The selectors and chrome words are
 * data, in {@code html-rules.txt}.
 */
public final class HtmlReader implements DocumentReader {

    private static final HtmlRules RULES = HtmlRules.load();
    private static final int HEADER_PARAGRAPHS = 4;
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s+[·|•—–-]\\s+|,\\s+|\\s+on\\s+|\\n");
    private static final Pattern LEADING_BY = Pattern.compile("^(?i:by|written by|author:)\\s+");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,40}$");
    private static final Pattern SAYS = Pattern.compile("\\s+(?i:says|wrote):?$");
    private static final int MAX_NAME_WORDS = 5;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean accepts(InputFile file) {
        return Set.of("html", "htm").contains(file.extension());
    }

    @Override
    public ReadResult read(InputFile file) throws UnreadableInputException {
        Document page = Jsoup.parse(file.normalizedText());
        String articleId = SourceDocument.idFor(file.path(), 0);

        List<RawComment> comments = readComments(page);
        page.select(RULES.comment).remove();
        page.select(RULES.commentContainer).remove();

        String title = title(page);
        String author = author(page);
        String date = date(page);

        page.select(RULES.remove).remove();
        page.select(RULES.articleMeta).remove();
        Element root = bodyRoot(page);
        removeChrome(root);

        List<String> body = new ArrayList<>();
        List<String> paragraphs = HtmlText.paragraphs(root).stream()
                .filter(p -> !TextRepair.isChromeLine(p))
                .toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            if (i < HEADER_PARAGRAPHS && body.isEmpty()) {
                // Headline, byline and date repeated at the top of the body are metadata, not text.
                if (sameText(paragraph, title)) {
                    continue;
                }
                Optional<String> byline = ArticleHeader.byline(paragraph);
                if (byline.isPresent()) {
                    author = author.isEmpty() ? byline.get() : author;
                    continue;
                }
                Optional<String> dateLine = Dates.parseDateOrDateTime(paragraph);
                if (dateLine.isPresent()) {
                    date = date.isEmpty() ? dateLine.get() : date;
                    continue;
                }
            }
            body.add(paragraph);
        }

        List<SourceDocument> documents = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        boolean hasArticle = !body.isEmpty();
        if (hasArticle) {
            String text = String.join("\n\n", body);
            // As for text articles, the headline is annotated too: headlines name people.
            documents.add(SourceDocument.article(
                    file.path(), title, author, date, title.isEmpty() ? text : title + "\n\n" + text));
        }
        for (int i = 0; i < comments.size(); i++) {
            RawComment comment = comments.get(i);
            int position = i + 1;
            String id = SourceDocument.idFor(file.path(), position);
            if (comment.text().isEmpty()) {
                skipped.add(new SkippedFile(id, "empty-comment", "comment " + position + " has no text"));
                continue;
            }
            documents.add(new SourceDocument(
                    id,
                    DocumentKind.COMMENT,
                    file.path(),
                    position,
                    title,
                    comment.author(),
                    comment.date(),
                    hasArticle ? articleId : "",
                    title,
                    comment.text()));
        }
        if (documents.isEmpty()) {
            throw new UnreadableInputException("no-text", "the page has no article text and no comments");
        }
        return new ReadResult(documents, skipped);
    }

    private record RawComment(String author, String date, String text) {}

    private static List<RawComment> readComments(Document page) {
        Elements all = page.select(RULES.comment);
        List<RawComment> comments = new ArrayList<>();
        for (Element element : all) {
            Element own = element.clone();
            // Replies nested in this comment are comments of their own.
            own.select(RULES.comment).stream().filter(e -> e != own).forEach(Element::remove);
            if (own.text().isBlank()) {
                continue; // a wrapper around the comment element proper (li.comment > article.comment)
            }
            Optional<Element> authorElement = first(own, RULES.commentAuthor);
            Optional<Element> dateElement = first(own, RULES.commentDate);
            String author = authorElement
                    .map(e -> personName(e.hasAttr("content") ? e.attr("content") : e.text()))
                    .orElse("");
            String date = dateElement.flatMap(HtmlReader::dateOf).orElse("");
            Optional<Element> textElement = first(own, RULES.commentText);
            String text;
            if (textElement.isPresent()) {
                text = HtmlText.text(textElement.get());
            } else {
                // No text element: the text is what is left once the name, date and links are gone.
                authorElement.ifPresent(Element::remove);
                dateElement.ifPresent(Element::remove);
                own.select(RULES.commentChrome).stream().filter(e -> e != own).forEach(Element::remove);
                text = HtmlText.text(own);
            }
            comments.add(new RawComment(author, date, text));
        }
        return comments;
    }

    private static Optional<Element> first(Element scope, List<String> selectors) {
        for (String selector : selectors) {
            for (Element found : scope.select(selector)) {
                if (found != scope
                        && (!found.text().isBlank() || found.hasAttr("content") || found.hasAttr("datetime"))) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private static String title(Document page) {
        String og = page.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return collapse(og);
        }
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return collapse(h1.text());
        }
        // "Headline | Site name": the site name is not part of the title.
        return TITLE_SUFFIX.matcher(collapse(page.title())).replaceFirst("");
    }

    private static String author(Document page) {
        String meta = page.select("meta[name=author]").attr("content");
        if (!meta.isBlank()) {
            return personName(meta);
        }
        for (String selector : List.of(
                "[rel=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]", ".byline", ".author")) {
            for (Element element : page.select(selector)) {
                String name = personName(element.hasAttr("content") ? element.attr("content") : element.text());
                if (!name.isEmpty()) {
                    return name;
                }
            }
        }
        return "";
    }

    private static String date(Document page) {
        List<Optional<String>> candidates = List.of(
                attr(page, "meta[property=article:published_time]", "content"),
                attr(page, "time[datetime]", "datetime"),
                attr(page, "meta[name=date]", "content"),
                attr(page, "[itemprop=datePublished][content]", "content"),
                attr(page, "[itemprop=datePublished][datetime]", "datetime"));
        return candidates.stream()
                .flatMap(Optional::stream)
                .map(Dates::parseDateOrDateTime)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse("");
    }

    private static Optional<String> attr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? Optional.empty() : Optional.of(element.attr(attribute));
    }

    private static Optional<String> dateOf(Element element) {
        for (String value : List.of(element.attr("datetime"), element.attr("content"), element.text())) {
            Optional<String> date = Dates.parseDateOrDateTime(value);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** "By Jane Doe · March 5, 2024" -> "Jane Doe"; empty when what is left does not look like a name. */
    private static String personName(String raw) {
        String text = collapse(raw);
        text = BYLINE_SEPARATOR.split(LEADING_BY.matcher(text).replaceFirst(""), 2)[0];
        text = SAYS.matcher(text).replaceFirst("").strip();
        boolean nameLike = !text.isEmpty() && text.split(" ").length <= MAX_NAME_WORDS && !text.matches(".*\\d.*");
        return nameLike ? text : "";
    }

    /** The element holding the article text: the best-ranked body selector's longest match, or the page body. */
    private static Element bodyRoot(Document page) {
        for (String selectors : RULES.body) {
            Optional<Element> best = page.select(selectors).stream()
                    // A teaser <article> inside a "related" box is not the article; <body> and
                    // <html> classes ("has-sidebar") say nothing about one element.
                    .filter(e -> e.parents().stream()
                            .filter(p -> !Set.of("html", "body").contains(p.normalName()))
                            .noneMatch(RULES::isChrome))
                    .max(Comparator.comparingInt(e -> e.text().length()));
            if (best.isPresent() && !best.get().text().isBlank()) {
                return best.get();
            }
        }
        return page.body();
    }

    /**
     * Removes the descendants of {@code root} whose class or id names chrome, unless they hold an
     * element a body rule matches: a "has-sidebar" class on a wrapper of the article itself must
     * not cost the article.
     */
    private static void removeChrome(Element root) {
        String bodies = String.join(", ", RULES.body);
        for (Element element : root.select("[class], [id]")) {
            if (element != root
                    && RULES.isChrome(element)
                    && element.select(bodies).isEmpty()) {
                element.remove();
            }
        }
    }

    private static boolean sameText(String a, String b) {
        return collapse(a).equalsIgnoreCase(collapse(b));
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
