package app.admired.nlp.sentiment;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Target-dependent features for one person mention in a parsed sentence, for the targeted
 * sentiment classifier: the sentiment classes of the tree nodes above the mention (its phrase,
 * clause and sentence), the words around it and their sentiment, its dependency relation and
 * governor, and any admiration cue aimed at it.
 */
final class TargetFeatures {

    private static final int WINDOW = 3;
    private static final int ANCESTORS = 4;
    private static final Set<String> CLAUSES = Set.of("S", "SBAR", "SINV", "SQ", "SBARQ");
    private static final Set<String> SPEECH_VERBS = Set.of(
            "say", "tell", "add", "state", "write", "argue", "claim", "note", "explain", "insist", "announce", "ask");
    private static final Set<String> QUOTES = Set.of("``", "''", "\"", "“", "”");

    /**
     * The dense part: the encoder's mean vector over the target's word pieces, then over the whole
     * sentence. A model records the layout it was trained on and refuses another.
     */
    static final String DENSE_LAYOUT = "e5-small-v2-q/layers-" + SentenceEncoder.LAYERS + ":target-mean,sentence-mean";

    static final int DENSE_SIZE = 2 * SentenceEncoder.DIMENSIONS;

    private TargetFeatures() {}

    static TargetSentimentModel.Features extract(ParsedSentence sentence, int begin, int end, Cue cue) {
        SentenceEncoder.States states = sentence.encoded();
        float[] dense = new float[DENSE_SIZE];
        System.arraycopy(states.spanMean(begin, end), 0, dense, 0, SentenceEncoder.DIMENSIONS);
        System.arraycopy(states.sentenceMean(), 0, dense, SentenceEncoder.DIMENSIONS, SentenceEncoder.DIMENSIONS);
        return new TargetSentimentModel.Features(sparse(sentence, begin, end, cue), dense);
    }

    static List<String> sparse(ParsedSentence sentence, int begin, int end, Cue cue) {
        List<String> f = new ArrayList<>();
        f.add("BIAS");
        List<CoreLabel> tokens = sentence.tokens();
        if (tokens.subList(begin, end).stream()
                .allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) {
            f.add("PRON");
        }
        words(f, tokens, begin, end);
        if (inQuote(tokens, begin)) {
            f.add("INQUOTE");
        }
        if (cue != null) {
            f.add("CUE=" + cue.effectiveKind());
            f.add("CUERULE=" + cue.kind() + (cue.negated() ? "_neg" : ""));
            if (cue.hedged()) {
                f.add("CUEHEDGE");
            }
        }
        if (sentence.parsed()) {
            tree(f, sentence, begin, end);
            dependencies(f, sentence, begin, end);
        } else {
            f.add("UNPARSED");
        }
        return f;
    }

    private static void words(List<String> f, List<CoreLabel> tokens, int begin, int end) {
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= begin && i < end) {
                continue;
            }
            String lemma = lemma(tokens.get(i));
            if (lemma.isEmpty()) {
                continue;
            }
            f.add("W=" + lemma);
            if (i < begin && i >= begin - WINDOW) {
                f.add("L=" + lemma);
            } else if (i >= end && i < end + WINDOW) {
                f.add("R=" + lemma);
            }
        }
    }

    private static void tree(List<String> f, ParsedSentence sentence, int begin, int end) {
        Tree root = sentence.tree();
        f.add("S=" + sentence.sentenceClass());
        Tree target = sentence.cover(begin, end);
        f.add("T=" + ParsedSentence.classOf(target));
        Tree node = target;
        Tree clause = null;
        int level = 0;
        while (node != root && level < ANCESTORS) {
            Tree parent = node.parent(root);
            level++;
            int parentClass = ParsedSentence.classOf(parent);
            f.add("A" + level + "=" + parentClass);
            f.add("A" + level + "L=" + baseLabel(parent) + "_" + parentClass);
            for (Tree sibling : parent.children()) {
                if (sibling != node) {
                    f.add("SIB" + level + "=" + ParsedSentence.classOf(sibling));
                }
            }
            node = parent;
        }
        for (Tree n = target; n != null; n = n.parent(root)) {
            if (CLAUSES.contains(baseLabel(n))) {
                clause = n;
                break;
            }
        }
        Tree scope = clause == null ? root : clause;
        f.add("CL=" + ParsedSentence.classOf(scope));
        int[] span = sentence.span(scope);
        int positive = 0;
        int negative = 0;
        for (int i = span[0]; i < span[1]; i++) {
            if (i >= begin && i < end) {
                continue;
            }
            int wordClass = ParsedSentence.classOf(sentence.preterminal(i));
            String lemma = lemma(sentence.tokens().get(i));
            if (wordClass > 2) {
                positive++;
                f.add("PW=" + lemma);
            } else if (wordClass >= 0 && wordClass < 2) {
                negative++;
                f.add("NW=" + lemma);
            }
        }
        f.add("CLPOS=" + Math.min(positive, 3));
        f.add("CLNEG=" + Math.min(negative, 3));
    }

    private static void dependencies(List<String> f, ParsedSentence sentence, int begin, int end) {
        SemanticGraph graph = sentence.dependencies();
        if (graph == null) {
            return;
        }
        IndexedWord head = null;
        for (int i = begin; i < end && head == null; i++) {
            IndexedWord word = graph.getNodeByIndexSafe(i + 1);
            if (word == null) {
                continue;
            }
            IndexedWord parent = graph.getParent(word);
            if (parent == null || parent.index() - 1 < begin || parent.index() - 1 >= end) {
                head = word;
            }
        }
        if (head == null) {
            return;
        }
        IndexedWord governor = graph.getParent(head);
        if (governor == null) {
            f.add("REL=root");
        } else {
            SemanticGraphEdge edge = graph.getEdge(governor, head);
            String relation = edge == null ? "dep" : edge.getRelation().getShortName();
            String governorLemma = lemma(governor.backingLabel());
            f.add("REL=" + relation);
            f.add("GOV=" + relation + "_" + governorLemma);
            f.add("GOVLEMMA=" + governorLemma);
            int governorClass = ParsedSentence.classOf(sentence.preterminal(governor.index() - 1));
            f.add("GOVS=" + governorClass);
            f.add("RELGOVS=" + relation + "_" + governorClass);
            if (relation.startsWith("nsubj") && SPEECH_VERBS.contains(governorLemma)) {
                f.add("SPEAKER");
            }
            for (SemanticGraphEdge child : graph.outgoingEdgeIterable(governor)) {
                String childLemma = lemma(child.getDependent().backingLabel());
                if (child.getRelation().getShortName().equals("advmod")
                        && (childLemma.equals("not") || childLemma.equals("never") || childLemma.equals("n't"))) {
                    f.add("GOVNEG");
                }
            }
        }
        for (SemanticGraphEdge child : graph.outgoingEdgeIterable(head)) {
            int index = child.getDependent().index() - 1;
            if (index < begin || index >= end) {
                f.add("DEP=" + child.getRelation().getShortName() + "_"
                        + lemma(child.getDependent().backingLabel()));
            }
        }
    }

    private static boolean inQuote(List<CoreLabel> tokens, int begin) {
        int quotes = 0;
        for (int i = 0; i < begin; i++) {
            if (QUOTES.contains(tokens.get(i).word())) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static String baseLabel(Tree node) {
        String label = node.value();
        return label.startsWith("@") ? label.substring(1) : label;
    }

    /** Lower-case lemma of a word token; empty for punctuation and numbers. */
    private static String lemma(CoreLabel token) {
        String lemma = token.lemma() != null ? token.lemma() : token.word() != null ? token.word() : token.value();
        if (lemma == null) {
            return "";
        }
        lemma = lemma.toLowerCase(Locale.ROOT);
        return lemma.chars().anyMatch(Character::isLetter) ? lemma : "";
    }
}
