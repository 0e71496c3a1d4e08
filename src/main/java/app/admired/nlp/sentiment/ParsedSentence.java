package app.admired.nlp.sentiment;

import app.admired.nlp.Sentiment;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sentence after the find and judge pipelines: tokens, the sentiment-annotated binarized tree
 * and the basic dependency graph. The tree and graph are {@code null} when the sentence was too long
 * to parse. Leaves of the tree are the tokens in order.
 */
public final class ParsedSentence {

    private final List<CoreLabel> tokens;
    private final Tree tree;
    private final SemanticGraph dependencies;
    private final Map<Tree, int[]> spans = new IdentityHashMap<>();
    private final List<Tree> leaves;
    private SentenceEncoder.States encoded;

    public ParsedSentence(CoreMap sentence) {
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        Tree sentimentTree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
        List<Tree> treeLeaves = sentimentTree == null ? List.of() : sentimentTree.getLeaves();
        boolean usable = sentimentTree != null
                && treeLeaves.size() == tokens.size()
                && RNNCoreAnnotations.getPredictedClass(sentimentTree) >= 0
                && !"X".equals(firstChildLabel(sentimentTree));
        this.tree = usable ? sentimentTree : null;
        this.leaves = usable ? treeLeaves : List.of();
        this.dependencies = usable ? basicDependencies(sentence) : null;
        if (tree != null) {
            index(tree, 0);
        }
    }

    /**
     * Built from the parse tree, as in training; it replaces any graph the coreference pipeline's
     * depparse set, as the parse annotator did when it built its own graphs.
     */
    private static SemanticGraph basicDependencies(CoreMap sentence) {
        Tree parse = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
        if (parse == null) {
            return sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        SemanticGraph graph = BasicDependencies.of(parse);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, graph);
        return graph;
    }

    /** A flat "X" tree is what the parser returns past parse.maxlen: it holds no verdict. */
    private static String firstChildLabel(Tree tree) {
        return tree.numChildren() == 1 ? tree.getChild(0).value() : "";
    }

    private int index(Tree node, int firstLeaf) {
        if (node.isLeaf()) {
            spans.put(node, new int[] {firstLeaf, firstLeaf + 1});
            return firstLeaf + 1;
        }
        int next = firstLeaf;
        for (Tree child : node.children()) {
            next = index(child, next);
        }
        spans.put(node, new int[] {firstLeaf, next});
        return next;
    }

    List<CoreLabel> tokens() {
        return tokens;
    }

    /**
     * The encoder's word-piece vectors of this sentence, computed on first use and then shared by
     * every target in it. Words are the tokens as written ({@code originalText}), not CoreNLP's
     * normalised forms ("``", "-LRB-").
     */
    SentenceEncoder.States encoded() {
        if (encoded == null) {
            List<String> words = new java.util.ArrayList<>(tokens.size());
            for (CoreLabel token : tokens) {
                String original = token.originalText();
                words.add(original == null || original.isEmpty() ? token.word() : original);
            }
            encoded = SentenceEncoder.shared().encode(words);
        }
        return encoded;
    }

    boolean parsed() {
        return tree != null;
    }

    Tree tree() {
        return tree;
    }

    SemanticGraph dependencies() {
        return dependencies;
    }

    /** CoreNLP's sentence class 0..4, or {@link Sentiment#NO_VERDICT}. */
    int sentenceClass() {
        return tree == null ? Sentiment.NO_VERDICT : RNNCoreAnnotations.getPredictedClass(tree);
    }

    /** [first, end) token span of a tree node. */
    int[] span(Tree node) {
        return spans.get(node);
    }

    /** The sentiment class of a node, or -1. */
    static int classOf(Tree node) {
        return node == null || node.isLeaf() ? -1 : RNNCoreAnnotations.getPredictedClass(node);
    }

    /** The preterminal above token {@code i}: its class is the word's own sentiment. */
    Tree preterminal(int i) {
        return leaves.get(i).parent(tree);
    }

    /** The lowest node covering tokens [begin, end). */
    Tree cover(int begin, int end) {
        Tree node = leaves.get(begin);
        while (node != null) {
            int[] s = spans.get(node);
            if (s[0] <= begin && s[1] >= end) {
                return node;
            }
            node = node.parent(tree);
        }
        return tree;
    }
}
