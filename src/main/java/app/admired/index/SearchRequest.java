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
        String markClose) {}
