package app.admired.ingest;

import java.util.List;
import java.util.Set;

/**
 * Plain-text ({@code .txt}) and Markdown ({@code .md}) articles: the first line (or {@code # heading})
 * is the title, an optional byline and date line follow, the rest is the body.
 */
public final class TextArticleReader implements DocumentReader {

    private final boolean markdown;
    private final Set<String> extensions;

    private TextArticleReader(boolean markdown, Set<String> extensions) {
        this.markdown = markdown;
        this.extensions = extensions;
    }

    public static TextArticleReader plainText() {
        return new TextArticleReader(false, Set.of("txt", "text"));
    }

    public static TextArticleReader markdown() {
        return new TextArticleReader(true, Set.of("md", "markdown"));
    }

    @Override
    public String format() {
        return markdown ? "markdown" : "text";
    }

    @Override
    public boolean accepts(InputFile file) {
        return extensions.contains(file.extension());
    }

    @Override
    public ReadResult read(InputFile file) throws UnreadableInputException {
        String text = file.text();
        String caption = "";
        var glued = GluedCaption.find(text);
        if (glued.isPresent()) {
            caption = glued.get().caption();
            text = glued.get().rest();
        }
        ArticleHeader.Parsed parsed = ArticleHeader.parse(text, markdown);
        String body = markdown ? MarkdownText.toPlain(parsed.body()) : parsed.body();
        if (body.isBlank()) {
            throw new UnreadableInputException("no-text", "the article has no body text");
        }
        // The title stays in the annotated text (headlines name people too), and a split-off
        // caption is kept as its own paragraph: it still names the pictured person.
        String annotated = parsed.title() + "\n\n" + body;
        if (!caption.isEmpty()) {
            annotated = caption + "\n\n" + annotated;
        }
        return ReadResult.of(
                List.of(SourceDocument.article(file.path(), parsed.title(), parsed.author(), parsed.date(), annotated)
                        .withAuthorTitle(parsed.authorTitle())));
    }
}
