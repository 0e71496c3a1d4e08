package app.admired.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;

/**
 * WordPress exports (WXR: an {@code .xml} RSS file with the {@code wp:} namespace). Each published
 * post or page is an article; each approved reader comment on it is a comment whose parent is that
 * article. Positions run through the file in order from 0 over the posts and approved comments read
 * (first post 0, its comments 1…, the next post after them); drafts, attachments, pingbacks and
 * unapproved comments take no position.
 *
 * <p>The file is read with StAX with DTDs and external entities off, and a file that declares a
 * DOCTYPE at all is refused: WordPress never writes one, and a DOCTYPE in an export is how an XXE
 * payload would try to read local files.
 */
public final class WxrReader implements DocumentReader {

    private static final String WP_PREFIX = "http://wordpress.org/export/";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    @Override
    public String format() {
        return "wordpress";
    }

    @Override
    public boolean accepts(InputFile file) {
        // Every .xml comes here, so that an XML file that is not WXR is reported as such.
        return file.extension().equals("xml");
    }

    @Override
    public ReadResult read(InputFile file) throws UnreadableInputException {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new StringReader(file.normalizedText()));
            requireWxrRoot(xml);
            Positions positions = new Positions(file.path());
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw doctype();
                }
                if (event == XMLStreamConstants.START_ELEMENT && isPlain(xml.getName(), "item")) {
                    positions.add(readItem(xml));
                }
            }
            if (positions.documents.isEmpty() && positions.skipped.isEmpty()) {
                throw new UnreadableInputException("no-text", "the export has no published post or page");
            }
            return new ReadResult(positions.documents, positions.skipped);
        } catch (XMLStreamException e) {
            throw new UnreadableInputException(
                    "malformed-xml", "the XML is not well-formed: " + oneLine(e.getMessage()));
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the class path, so the settings below are known to hold.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void requireWxrRoot(XMLStreamReader xml) throws XMLStreamException, UnreadableInputException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw doctype();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                boolean wpDeclared = false;
                for (int i = 0; i < xml.getNamespaceCount(); i++) {
                    String uri = xml.getNamespaceURI(i);
                    wpDeclared |= uri != null && uri.startsWith(WP_PREFIX);
                }
                if (isPlain(xml.getName(), "rss") && wpDeclared) {
                    return;
                }
                break;
            }
        }
        throw new UnreadableInputException(
                "unsupported-format",
                "the XML file is not a WordPress export (an rss root declaring the wp: namespace)");
    }

    private static UnreadableInputException doctype() {
        return new UnreadableInputException(
                "xml-doctype", "the XML declares a DOCTYPE, which WordPress exports never do; it is not read");
    }

    /** One {@code <item>}, read to its end tag. */
    private static Item readItem(XMLStreamReader xml) throws XMLStreamException {
        Item item = new Item();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return item;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            QName name = xml.getName();
            if (isPlain(name, "title")) {
                item.title = xml.getElementText().strip();
            } else if (isPlain(name, "pubDate")) {
                item.pubDate = xml.getElementText();
            } else if (is(name, DC_NS, "creator")) {
                item.creator = xml.getElementText().strip();
            } else if (is(name, CONTENT_NS, "encoded")) {
                item.content = xml.getElementText();
            } else if (isWp(name, "post_type")) {
                item.postType = xml.getElementText().strip();
            } else if (isWp(name, "status")) {
                item.status = xml.getElementText().strip();
            } else if (isWp(name, "post_date")) {
                item.postDate = xml.getElementText();
            } else if (isWp(name, "comment")) {
                item.comments.add(readComment(xml));
            } else {
                skipElement(xml);
            }
        }
    }

    private static Comment readComment(XMLStreamReader xml) throws XMLStreamException {
        Comment comment = new Comment();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return comment;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            QName name = xml.getName();
            if (isWp(name, "comment_author")) {
                comment.author = xml.getElementText().strip();
            } else if (isWp(name, "comment_date")) {
                comment.date = xml.getElementText();
            } else if (isWp(name, "comment_content")) {
                comment.content = xml.getElementText();
            } else if (isWp(name, "comment_approved")) {
                comment.approved = xml.getElementText().strip();
            } else if (isWp(name, "comment_type")) {
                comment.type = xml.getElementText().strip();
            } else {
                skipElement(xml);
            }
        }
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Gives positions to what is read, in file order, and builds the documents. */
    private static final class Positions {
        private final String path;
        private final List<SourceDocument> documents = new ArrayList<>();
        private final List<SkippedFile> skipped = new ArrayList<>();
        private int next;

        Positions(String path) {
            this.path = path;
        }

        void add(Item item) {
            boolean published =
                    (item.postType.equals("post") || item.postType.equals("page")) && item.status.equals("publish");
            if (!published) {
                return;
            }
            int position = next++;
            String articleId = SourceDocument.idFor(path, position);
            String date = Dates.parseDateOrDateTime(item.postDate)
                    .or(() -> Dates.parseDateOrDateTime(item.pubDate))
                    .orElse("");
            String text = plain(item.content);
            boolean hasArticle = !text.isEmpty();
            if (hasArticle) {
                // As for text articles, the headline is annotated too: headlines name people.
                documents.add(new SourceDocument(
                        articleId,
                        DocumentKind.ARTICLE,
                        path,
                        position,
                        item.title,
                        item.creator,
                        date,
                        "",
                        "",
                        item.title.isEmpty() ? text : item.title + "\n\n" + text));
            } else {
                skipped.add(new SkippedFile(articleId, "no-text", "post " + position + " has no text"));
            }
            for (Comment comment : item.comments) {
                // Pingbacks and trackbacks are links from other sites, not readers' words.
                if (!comment.approved.equals("1") || !(comment.type.isEmpty() || comment.type.equals("comment"))) {
                    continue;
                }
                int commentPosition = next++;
                String id = SourceDocument.idFor(path, commentPosition);
                String commentText = plain(comment.content);
                if (commentText.isEmpty()) {
                    skipped.add(new SkippedFile(id, "empty-comment", "comment " + commentPosition + " has no text"));
                    continue;
                }
                documents.add(new SourceDocument(
                        id,
                        DocumentKind.COMMENT,
                        path,
                        commentPosition,
                        item.title,
                        comment.author,
                        Dates.parseDateOrDateTime(comment.date).orElse(""),
                        hasArticle ? articleId : "",
                        item.title,
                        commentText));
            }
        }
    }

    /** Post and comment bodies are HTML (or text with blank lines between paragraphs). */
    private static String plain(String html) {
        return html.isBlank() ? "" : HtmlText.text(Jsoup.parseBodyFragment(html).body());
    }

    private static final class Item {
        String title = "";
        String pubDate = "";
        String creator = "";
        String content = "";
        String postType = "";
        String status = "";
        String postDate = "";
        final List<Comment> comments = new ArrayList<>();
    }

    private static final class Comment {
        String author = "";
        String date = "";
        String content = "";
        String approved = "";
        String type = "";
    }

    private static boolean isPlain(QName name, String local) {
        return name.getNamespaceURI().isEmpty() && name.getLocalPart().equals(local);
    }

    private static boolean is(QName name, String namespace, String local) {
        return name.getNamespaceURI().equals(namespace) && name.getLocalPart().equals(local);
    }

    private static boolean isWp(QName name, String local) {
        return name.getNamespaceURI().startsWith(WP_PREFIX)
                && name.getLocalPart().equals(local);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open: the input is a string
            }
        }
    }
}
