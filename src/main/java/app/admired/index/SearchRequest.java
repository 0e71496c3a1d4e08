package app.admired.index;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search over mention records.
 *
 * @param query     Lucene query syntax over the mention's sentence (boosted) and its document's text;
 *                  blank or {@code *} matches every mention
 * @param persons   the person names (as stored) to keep, or {@code null} for anyone
 * @param polarity  {@code positive}, {@code neutral}, {@code negative}, or {@code null}
 * @param cue       {@code admiration}, {@code criticism}, or {@code null}
 * @param kind      {@code article}, {@code comment}, or {@code null}
 * @param author    author name, case-insensitive, or {@code null}
 * @param since     first day kept, or {@code null}
 * @param until     last day kept, or {@code null}
 * @param limit     most hits returned
 * @param markOpen  text put before each highlighted word of the sentence
 * @param markClose text put after it
 * @param holders     lower-cased holder names to keep, or {@code null} for any holder
 * @param holderKind  {@code author}, {@code commenter}, {@code quoted}, {@code unattributed}, or {@code null}
 * @param holderRoles canonical holder roles to keep (as stated in the document), or {@code null}
 */
public record SearchRequest(
        String query,
        Set<String> persons,
        String polarity,
        String cue,
        String kind,
        String author,
        LocalDate since,
        LocalDate until,
        int limit,
        String markOpen,
        String markClose,
        Set<String> holders,
        String holderKind,
        Set<String> holderRoles) {

    /** A search with no holder filter. */
    public SearchRequest(
            String query,
            Set<String> persons,
            String polarity,
            String cue,
            String kind,
            String author,
            LocalDate since,
            LocalDate until,
            int limit,
            String markOpen,
            String markClose) {
        this(query, persons, polarity, cue, kind, author, since, until, limit, markOpen, markClose, null, null, null);
    }
}
