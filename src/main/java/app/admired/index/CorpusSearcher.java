package app.admired.index;

import static app.admired.index.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Searches mention records: Lucene query syntax over the sentence (weight 2) and the whole
 * document text (a match there counts 1), filtered by person, sentiment, cue, kind, author and date, ranked by
 * relevance with the mention id breaking ties, and the sentence highlighted.
 */
public final class CorpusSearcher {

    private CorpusSearcher() {}

    /**
     * @throws IllegalArgumentException when the query is not valid Lucene syntax; the message says why
     */
    public static List<SearchHit> search(CorpusIndexReader index, SearchRequest request) throws IOException {
        Analyzer analyzer = Analysis.analyzer();
        IndexSearcher searcher = new IndexSearcher(index.directoryReader());
        Query sentence = parse(request.query(), SENTENCE, analyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(textQuery(searcher, sentence, parse(request.query(), TEXT, analyzer)), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(RECORD_TYPE, TYPE_MENTION)), BooleanClause.Occur.FILTER);
        if (request.persons() != null) {
            List<BytesRef> names =
                    request.persons().stream().sorted().map(BytesRef::new).toList();
            query.add(new TermInSetQuery(PERSON, names), BooleanClause.Occur.FILTER);
        }
        filter(query, POLARITY, request.polarity());
        filter(query, CUE, request.cue());
        filter(query, KIND, request.kind());
        filter(
                query,
                AUTHOR_KEY,
                request.author() == null ? null : request.author().strip().toLowerCase(java.util.Locale.ROOT));
        filter(query, HOLDER_KIND, request.holderKind());
        anyOf(query, HOLDER_KEY, request.holders());
        anyOf(query, HOLDER_ROLE, request.holderRoles());
        if (request.since() != null || request.until() != null) {
            long from =
                    request.since() == null ? Long.MIN_VALUE : request.since().toEpochDay();
            long to = request.until() == null ? Long.MAX_VALUE : request.until().toEpochDay();
            query.add(LongField.newRangeQuery(DATE_DAY, from, to), BooleanClause.Occur.FILTER);
        }
        // Relevance first; the mention id makes the order total, so equal scores list the same way every time.
        Sort sort = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(MENTION_ID, false));
        TopFieldDocs top = searcher.search(query.build(), Math.max(1, request.limit()), sort, true);
        Highlighter highlighter = new Highlighter(
                new SimpleHTMLFormatter(request.markOpen(), request.markClose()), new QueryScorer(sentence, SENTENCE));
        highlighter.setTextFragmenter(new NullFragmenter());
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            MentionRecord mention = CorpusIndexReader.toMention(doc);
            hits.add(new SearchHit(
                    mention, doc.get(TITLE), hit.score, highlight(highlighter, analyzer, mention.sentence())));
        }
        return hits;
    }

    /**
     * Mentions whose sentence matches (weight 2) or whose document's text matches (weight 1): the
     * documents are found first, on their own records, and their mentions taken by document id, so
     * the text is indexed once per document rather than once per mention.
     */
    private static Query textQuery(IndexSearcher searcher, Query sentence, Query text) throws IOException {
        if (sentence instanceof MatchAllDocsQuery) {
            return sentence;
        }
        Query documents = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(RECORD_TYPE, TYPE_DOCUMENT)), BooleanClause.Occur.FILTER)
                .build();
        List<BytesRef> ids = matchingDocumentIds(searcher, documents);
        BooleanQuery.Builder either =
                new BooleanQuery.Builder().add(new BoostQuery(sentence, 2f), BooleanClause.Occur.SHOULD);
        if (!ids.isEmpty()) {
            either.add(new ConstantScoreQuery(new TermInSetQuery(DOC_ID, ids)), BooleanClause.Occur.SHOULD);
        }
        return either.setMinimumNumberShouldMatch(1).build();
    }

    /**
     * The doc_id of every live document record the query matches, read from doc values: no
     * scoring, no sorting, no stored fields, however many documents match.
     */
    private static List<BytesRef> matchingDocumentIds(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<BytesRef> ids = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            SortedSetDocValues docIds = DocValues.getSortedSet(leaf.reader(), DOC_ID);
            DocIdSetIterator matches = scorer.iterator();
            for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                if ((live == null || live.get(doc)) && docIds.advanceExact(doc)) {
                    ids.add(BytesRef.deepCopyOf(docIds.lookupOrd(docIds.nextOrd())));
                }
            }
        }
        return ids;
    }

    private static Query parse(String query, String field, Analyzer analyzer) {
        if (query == null || query.isBlank() || query.strip().equals("*")) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            message = message.lines().map(String::strip).collect(Collectors.joining(" "));
            // The parser goes on to list every token it could have accepted; the position is enough.
            int expecting = message.indexOf(" Was expecting");
            throw new IllegalArgumentException(
                    "bad query: " + (expecting > 0 ? message.substring(0, expecting) : message));
        }
    }

    /** Keeps records whose keyword field is one of the values (none when the set is empty). */
    private static void anyOf(BooleanQuery.Builder query, String field, java.util.Set<String> values) {
        if (values != null) {
            List<BytesRef> terms = values.stream().sorted().map(BytesRef::new).toList();
            query.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
        }
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static String highlight(Highlighter highlighter, Analyzer analyzer, String sentence) {
        try {
            String marked = highlighter.getBestFragment(analyzer, SENTENCE, sentence);
            return marked == null ? sentence : marked;
        } catch (IOException | InvalidTokenOffsetsException e) {
            return sentence;
        }
    }
}
