package app.admired.nlp.attribution;

import java.util.List;

/**
 * Whose view a mention is.
 *
 * @param name         the holder's name: the author or commenter as written, a speaker's canonical
 *                     name within the document, or empty (a document without a byline; an
 *                     unattributed quote)
 * @param kind         {@link #AUTHOR}, {@link #COMMENTER}, {@link #QUOTED} or {@link #UNATTRIBUTED}
 * @param role         the holder's canonical role as stated in the document ("CIO"), or empty
 * @param organization the holder's organisation as stated in the document, or empty
 */
public record Holder(String name, String kind, String role, String organization) {

    public static final String AUTHOR = "author";
    public static final String COMMENTER = "commenter";
    public static final String QUOTED = "quoted";
    public static final String UNATTRIBUTED = "unattributed";

    /** Every holder kind, in the order the CLI lists them. */
    public static final List<String> KINDS = List.of(AUTHOR, COMMENTER, QUOTED, UNATTRIBUTED);

    public Holder {
        name = name == null ? "" : name;
        role = role == null ? "" : role;
        organization = organization == null ? "" : organization;
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown holder kind " + kind);
        }
    }
}
