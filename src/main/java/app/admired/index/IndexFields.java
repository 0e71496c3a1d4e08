package app.admired.index;

/**
 * Every field name in the index, and the record types. Two kinds of Lucene document share one
 * index: a <em>document</em> record per article or comment, and a <em>mention</em> record per
 * person mention. The field types are chosen in {@link CorpusIndexWriter}; the reasons are noted
 * there and in docs/ARCHITECTURE.md.
 */
public final class IndexFields {

    /** Bumped whenever the schema changes; stored in the commit user data. */
    public static final String SCHEMA_VERSION = "5";
    /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
    public static final String SCHEMA_KEY = "admired.schema";
    /** Commit user-data key holding the user's aliases CSV, so reports rebuilt later use them too. */
    public static final String ALIASES_KEY = "admired.aliases";
    /**
     * Commit user-data key holding the fingerprint of everything that decides annotation (models,
     * rules, options): an incremental run reuses the index only when it is unchanged.
     */
    public static final String SETTINGS_KEY = "admired.settings";
    /** Commit user-data key holding the corpus folder (absolute), so reports can link to sources. */
    public static final String CORPUS_KEY = "admired.corpus";
    /**
     * Commit user-data key holding the trend period ({@code month}, {@code quarter}, {@code year}) the
     * run asked for, so {@code report} writes the same trends later.
     */
    public static final String PERIOD_KEY = "admired.period";
    /**
     * Commit user-data key holding the day of the run (ISO date): later dates are in the future and
     * treated as undated, by {@code report} as by the run itself.
     */
    public static final String REFERENCE_DAY_KEY = "admired.reference_day";

    public static final String RECORD_TYPE = "record_type";
    public static final String TYPE_DOCUMENT = "document";
    public static final String TYPE_MENTION = "mention";
    public static final String TYPE_SKIP = "skip";

    // Shared by both record types
    public static final String DOC_ID = "doc_id";
    public static final String PATH = "path";
    public static final String POSITION = "position";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    /** Lower-cased author, for case-insensitive {@code --author} filters. */
    public static final String AUTHOR_KEY = "author_key";

    public static final String DATE = "date";
    /** Epoch day of {@link #DATE}, for range filters and sorting. */
    public static final String DATE_DAY = "date_day";

    // Document records
    public static final String PARENT_ID = "parent_id";
    public static final String PARENT_TITLE = "parent_title";
    public static final String TEXT = "text";
    public static final String CONTENT_HASH = "content_hash";
    public static final String FORMAT = "format";

    // Mention records
    public static final String MENTION_ID = "mention_id";
    public static final String PERSON = "person";
    public static final String SURFACE = "surface";
    public static final String SENTENCE = "sentence";
    public static final String SENTENCE_INDEX = "sentence_index";
    public static final String BEGIN = "begin";
    public static final String END = "end";
    /** Targeted verdict toward the person: positive, neutral, negative or none. */
    public static final String POLARITY = "polarity";
    /** Evidence in [-1, 1] toward the person (classifier blended with the cue). */
    public static final String SCORE = "score";
    /** The targeted classifier's P(positive) - P(negative) alone. */
    public static final String CLASSIFIER_SCORE = "classifier_score";
    /** CoreNLP's sentence-level class 0..4 (the baseline), or -1. */
    public static final String SENTENCE_CLASS = "sentence_class";
    /** Effective cue direction: admiration, criticism, or empty. */
    public static final String CUE = "cue";

    public static final String CUE_LABEL = "cue_label";
    public static final String CUE_TEXT = "cue_text";

    /** Whose view the mention is: author or commenter as written, a speaker's name, or empty. */
    public static final String HOLDER = "holder";
    /** Lower-cased {@link #HOLDER}, for the case-insensitive {@code --holder} filter. */
    public static final String HOLDER_KEY = "holder_key";
    /** author, commenter, quoted or unattributed. */
    public static final String HOLDER_KIND = "holder_kind";
    /** The holder's canonical role as stated in the document (CIO), or empty. */
    public static final String HOLDER_ROLE = "holder_role";

    public static final String HOLDER_ORGANIZATION = "holder_organization";
    /** The person's canonical role stated at this mention, and its organisation. */
    public static final String ROLE = "role";

    public static final String ORGANIZATION = "organization";

    // Skip records: a file, or a record in it, that could not be used
    public static final String SKIP_SOURCE = "skip_source";
    public static final String SKIP_REASON = "skip_reason";
    public static final String SKIP_DETAIL = "skip_detail";
    /** Order of the skip within its file's run, so skipped.csv keeps the order of discovery. */
    public static final String SKIP_ORDINAL = "skip_ordinal";

    private IndexFields() {}
}
