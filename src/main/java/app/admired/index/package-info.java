/**
 * Index: the Lucene index under {@code output/index}, admired's store of record.
 *
 * <p>Owns the schema ({@link app.admired.index.IndexFields}, the one class that names fields),
 * writing documents and mentions ({@link app.admired.index.CorpusIndexWriter}) and reading them back
 * ({@link app.admired.index.CorpusIndexReader}) as {@link app.admired.index.MentionRecord}s for the
 * report stage. Nothing downstream touches Lucene types.
 */
package app.admired.index;
