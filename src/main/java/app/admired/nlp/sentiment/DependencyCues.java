package app.admired.nlp.sentiment;

import app.admired.ingest.ResourceLines;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Admiration and criticism cues aimed through the dependency graph, with the Semgrex rules of
 * {@code cue-dependencies.tsv}: the rules, not word distance, decide whose cue a word is. Rules are
 * data; add a construction there, not here.
 */
final class DependencyCues {

    /**
     * A cue with the token of its cue word, so surface rules can tell it is taken; {@code affirmed}
     * when an affirmer rule cancels any negation of it.
     */
    record Aimed(Cue cue, int cueIndex, boolean affirmed) {}

    private record Rule(String kind, SemgrexPattern pattern) {}

    private final List<Rule> rules;
    private final List<SemgrexPattern> negators;
    private final List<SemgrexPattern> affirmers;
    private final List<SemgrexPattern> deniedConjuncts;

    private DependencyCues(
            List<Rule> rules,
            List<SemgrexPattern> negators,
            List<SemgrexPattern> affirmers,
            List<SemgrexPattern> deniedConjuncts) {
        this.rules = rules;
        this.negators = negators;
        this.affirmers = affirmers;
        this.deniedConjuncts = deniedConjuncts;
    }

    static DependencyCues standard() {
        return fromResource("cue-dependencies.tsv");
    }

    static DependencyCues fromResource(String resource) {
        Map<String, String> macros = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        List<SemgrexPattern> negators = new ArrayList<>();
        List<SemgrexPattern> affirmers = new ArrayList<>();
        List<SemgrexPattern> deniedConjuncts = new ArrayList<>();
        for (String line : ResourceLines.read(DependencyCues.class, resource)) {
            String[] parts = line.split("\t");
            if (parts[0].equals("macro") && parts.length == 3) {
                macros.put(parts[1].strip(), parts[2].strip());
                continue;
            }
            if (parts.length != 2) {
                throw new IllegalStateException(resource + ": expected kind<TAB>pattern: " + line);
            }
            String text = parts[1].strip();
            for (Map.Entry<String, String> macro : macros.entrySet()) {
                text = text.replace(macro.getKey(), macro.getValue());
            }
            SemgrexPattern pattern = SemgrexPattern.compile(text);
            switch (parts[0].strip()) {
                case Cue.ADMIRATION, Cue.CRITICISM -> rules.add(new Rule(parts[0].strip(), pattern));
                case "negator" -> negators.add(pattern);
                case "affirmer" -> affirmers.add(pattern);
                case "denied-conjunct" -> deniedConjuncts.add(pattern);
                default -> throw new IllegalStateException(resource + ": unknown kind '" + parts[0] + "'");
            }
        }
        return new DependencyCues(
                List.copyOf(rules), List.copyOf(negators), List.copyOf(affirmers), List.copyOf(deniedConjuncts));
    }

    /** The cues the rules aim at persons in the sentence, in rule order; none without a graph. */
    List<Aimed> find(List<CoreLabel> tokens, SemanticGraph graph, boolean hedged) {
        List<Aimed> found = new ArrayList<>();
        if (graph == null) {
            return found;
        }
        for (Rule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                IndexedWord cueWord = m.getNode("cue");
                IndexedWord target = m.getNode("target");
                if (cueWord == null || target == null || !isPerson(tokens, target.index() - 1)) {
                    continue;
                }
                Negation negation = negation(graph, cueWord);
                for (IndexedWord person : withConjuncts(graph, target, tokens)) {
                    int[] span = personSpan(tokens, person.index() - 1);
                    // "I admire X, not Y": the cue reaches Y reversed
                    boolean denied = !person.equals(target) && matches(deniedConjuncts, graph, person, "target") > 0;
                    Cue cue = new Cue(
                            rule.kind(), cueWord.word(), span[0], span[1], negation.negated() != denied, hedged);
                    if (found.stream().noneMatch(a -> a.cue().targetBegin() == span[0])) {
                        found.add(new Aimed(cue, cueWord.index() - 1, negation.affirmed()));
                    }
                }
            }
        }
        return found;
    }

    /**
     * What the negator and affirmer rules say of a word taken as a cue: {@code affirmed} when an
     * affirmer matches, else {@code negated} when an odd number of negators do.
     */
    record Negation(boolean affirmed, boolean negated) {
        static final Negation NONE = new Negation(false, false);
    }

    private Negation negation(SemanticGraph graph, IndexedWord cueWord) {
        if (matches(affirmers, graph, cueWord, "cue") > 0) {
            return new Negation(true, false);
        }
        return new Negation(false, matches(negators, graph, cueWord, "cue") % 2 == 1);
    }

    /**
     * The same for the word at token {@code cueIndex}, for a surface cue's word ("I used to think X
     * was a genius"); {@link Negation#NONE} without a graph.
     */
    Negation negation(SemanticGraph graph, int cueIndex) {
        IndexedWord word = graph == null ? null : graph.getNodeByIndexSafe(cueIndex + 1);
        return word == null ? Negation.NONE : negation(graph, word);
    }

    /** How many of the rules match with this word as their node {@code name}. */
    private static int matches(List<SemgrexPattern> patterns, SemanticGraph graph, IndexedWord word, String name) {
        int count = 0;
        for (SemgrexPattern negator : patterns) {
            SemgrexMatcher m = negator.matcher(graph);
            while (m.find()) {
                if (word.equals(m.getNode(name))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /**
     * The target and the persons coordinated or in apposition with it ("I admire Gates, Jobs and
     * Ellison"; "I admire Cook, not Musk").
     */
    private static List<IndexedWord> withConjuncts(SemanticGraph graph, IndexedWord target, List<CoreLabel> tokens) {
        TreeSet<IndexedWord> persons = new TreeSet<>();
        persons.add(target);
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(target)) {
            String relation = edge.getRelation().getShortName();
            if ((relation.equals("conj") || relation.equals("appos"))
                    && isPerson(tokens, edge.getDependent().index() - 1)) {
                persons.add(edge.getDependent());
            }
        }
        return new ArrayList<>(persons);
    }

    private static boolean isPerson(List<CoreLabel> tokens, int i) {
        return i >= 0 && i < tokens.size() && "PERSON".equals(tokens.get(i).ner());
    }

    /** The run of PERSON tokens around token {@code i}: [begin, end). */
    private static int[] personSpan(List<CoreLabel> tokens, int i) {
        int begin = i;
        while (begin > 0 && isPerson(tokens, begin - 1)) {
            begin--;
        }
        int end = i + 1;
        while (end < tokens.size() && isPerson(tokens, end)) {
            end++;
        }
        return new int[] {begin, end};
    }
}
