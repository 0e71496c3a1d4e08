package app.admired.index;

/**
 * A mention as stored in the index, joined with the metadata of its document: everything the report
 * stage needs, with no Lucene or CoreNLP types. Field meanings as in
 * {@link app.admired.nlp.PersonMention} ({@code holderName} is its {@code holder}).
 */
public record MentionRecord(
        String documentId,
        String path,
        int position,
        String kind,
        String author,
        String date,
        String person,
        String surface,
        int begin,
        int end,
        int sentenceIndex,
        String sentence,
        String polarity,
        double score,
        double classifierScore,
        int sentenceClass,
        String cue,
        String cueText,
        String holderName,
        String holderKind,
        String holderRole,
        String holderOrganization,
        String role,
        String organization) {

    /** A mention held by its document's author, with no roles (older callers and tests). */
    public MentionRecord(
            String documentId,
            String path,
            int position,
            String kind,
            String author,
            String date,
            String person,
            String surface,
            int begin,
            int end,
            int sentenceIndex,
            String sentence,
            String polarity,
            double score,
            double classifierScore,
            int sentenceClass,
            String cue,
            String cueText) {
        this(
                documentId,
                path,
                position,
                kind,
                author,
                date,
                person,
                surface,
                begin,
                end,
                sentenceIndex,
                sentence,
                polarity,
                score,
                classifierScore,
                sentenceClass,
                cue,
                cueText,
                "",
                "",
                "",
                "",
                "",
                "");
    }

    public MentionRecord {
        holderName = holderName == null ? "" : holderName;
        holderKind = holderKind == null || holderKind.isEmpty()
                ? (kind.equals("comment") ? "commenter" : "author")
                : holderKind;
        holderRole = holderRole == null ? "" : holderRole;
        holderOrganization = holderOrganization == null ? "" : holderOrganization;
        role = role == null ? "" : role;
        organization = organization == null ? "" : organization;
    }

    /**
     * Who holds the view expressed in this mention, as one vote: a quoted speaker by name; an
     * unattributed quotation as its document's unknown speaker; else the document's author, else
     * the document.
     */
    public String holder() {
        return switch (holderKind) {
            case "quoted" -> holderName.isEmpty() ? documentId + " (unattributed)" : holderName;
            case "unattributed" -> documentId + " (unattributed)";
            default -> author.isEmpty() ? documentId : author;
        };
    }

    /** The same mention with its holder's name and role replaced (corpus-wide linking). */
    public MentionRecord withHolder(String name, String newRole, String newOrganization) {
        return new MentionRecord(
                documentId,
                path,
                position,
                kind,
                author,
                date,
                person,
                surface,
                begin,
                end,
                sentenceIndex,
                sentence,
                polarity,
                score,
                classifierScore,
                sentenceClass,
                cue,
                cueText,
                name,
                holderKind,
                newRole,
                newOrganization,
                role,
                organization);
    }
}
