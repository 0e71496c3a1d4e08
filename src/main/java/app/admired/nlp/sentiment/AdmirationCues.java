package app.admired.nlp.sentiment;

import app.admired.ingest.ResourceLines;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds admiration and criticism cues in a sentence: first those the Semgrex rules of
 * {@code cue-dependencies.tsv} aim through the dependency graph ({@link DependencyCues}), then the
 * TokensRegex windows of {@code admiration-cues.tsv} for what those rules do not cover (a cue word
 * the graph rules gave to one person is not handed to another by a window). The rules are data:
 * add a phrase there, not here.
 */
public final class AdmirationCues {

    /** How far before the cue words a negator still negates them. */
    private static final int NEGATION_WINDOW = 3;

    private record Rule(String kind, TokenSequencePattern pattern) {}

    private final List<Rule> cueRules;
    private final List<TokenSequencePattern> negators;
    private final List<TokenSequencePattern> hedges;
    private final DependencyCues aimed = DependencyCues.standard();

    private AdmirationCues(
            List<Rule> cueRules, List<TokenSequencePattern> negators, List<TokenSequencePattern> hedges) {
        this.cueRules = cueRules;
        this.negators = negators;
        this.hedges = hedges;
    }

    /** The bundled rules. */
    public static AdmirationCues standard() {
        return fromResource("admiration-cues.tsv");
    }

    static AdmirationCues fromResource(String resource) {
        Env env = TokenSequencePattern.getNewEnv();
        List<Rule> cueRules = new ArrayList<>();
        List<TokenSequencePattern> negators = new ArrayList<>();
        List<TokenSequencePattern> hedges = new ArrayList<>();
        for (String line : ResourceLines.read(AdmirationCues.class, resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ": no tab in rule: " + line);
            }
            String kind = line.substring(0, tab).strip();
            TokenSequencePattern pattern =
                    TokenSequencePattern.compile(env, line.substring(tab + 1).strip());
            switch (kind) {
                case Cue.ADMIRATION, Cue.CRITICISM -> cueRules.add(new Rule(kind, pattern));
                case "negator" -> negators.add(pattern);
                case "hedge" -> hedges.add(pattern);
                default -> throw new IllegalStateException(resource + ": unknown kind '" + kind + "'");
            }
        }
        return new AdmirationCues(List.copyOf(cueRules), List.copyOf(negators), List.copyOf(hedges));
    }

    /**
     * Every cue in a parsed sentence: the graph rules' cues first, then the surface cues whose cue
     * words no graph rule used. Without a graph (an unparsed sentence), the surface cues alone.
     */
    public List<Cue> find(List<CoreLabel> tokens, SemanticGraph graph) {
        boolean hedged = hedged(tokens);
        List<DependencyCues.Aimed> byGraph = aimed.find(tokens, graph, hedged);
        List<Cue> cues = new ArrayList<>();
        for (DependencyCues.Aimed a : byGraph) {
            Cue cue = a.cue();
            boolean negated = negated(new DependencyCues.Negation(a.affirmed(), cue.negated()), tokens, a.cueIndex());
            cues.add(new Cue(cue.kind(), cue.text(), cue.targetBegin(), cue.targetEnd(), negated, cue.hedged()));
        }
        for (Surface surface : surfaceCues(tokens, graph, hedged)) {
            boolean taken = byGraph.stream()
                    .anyMatch(a -> a.cueIndex() >= surface.cueBegin() && a.cueIndex() < surface.cueEnd());
            if (!taken) {
                cues.add(surface.cue());
            }
        }
        return cues;
    }

    /** Every surface cue in the sentence, with coordinated persons sharing their neighbour's cue. */
    public List<Cue> find(List<CoreLabel> tokens) {
        return surfaceCues(tokens, null, hedged(tokens)).stream()
                .map(Surface::cue)
                .toList();
    }

    private boolean hedged(List<CoreLabel> tokens) {
        return hedges.stream().anyMatch(h -> h.getMatcher(tokens).find());
    }

    /** A surface cue and the tokens of its cue words. */
    private record Surface(Cue cue, int cueBegin, int cueEnd) {}

    private List<Surface> surfaceCues(List<CoreLabel> tokens, SemanticGraph graph, boolean hedged) {
        List<Surface> cues = new ArrayList<>();
        for (Rule rule : cueRules) {
            TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
            while (m.find()) {
                int cueBegin = m.start("$cue");
                String text = tokens.subList(cueBegin, m.end("$cue")).stream()
                        .map(CoreLabel::word)
                        .collect(Collectors.joining(" "));
                // Only just before the cue words: "I can't stand X" holds its own "n't", and a negator
                // before the person ("not only X but ...") says nothing about the cue.
                boolean negated = negated(aimed.negation(graph, cueBegin), tokens, cueBegin);
                for (int[] person : coordinated(tokens, m.start("$target"), m.end("$target"))) {
                    cues.add(new Surface(
                            new Cue(rule.kind(), text, person[0], person[1], negated, hedged),
                            cueBegin,
                            m.end("$cue")));
                }
            }
        }
        return cues;
    }

    /** The first cue aimed at the token span, if any. */
    static Cue cueFor(List<Cue> cues, int begin, int end) {
        for (Cue cue : cues) {
            if (cue.targetBegin() < end && begin < cue.targetEnd()) {
                return cue;
            }
        }
        return null;
    }

    /**
     * One rule for every cue, aimed by the graph or by a window: reversed when the graph's negators
     * say so or a surface negator stands just before the cue word, unless an affirmer matched.
     */
    private boolean negated(DependencyCues.Negation byGraph, List<CoreLabel> tokens, int cueIndex) {
        return !byGraph.affirmed() && (byGraph.negated() || negatedBefore(tokens, cueIndex));
    }

    private boolean negatedBefore(List<CoreLabel> tokens, int position) {
        int from = Math.max(0, position - NEGATION_WINDOW);
        List<CoreLabel> window = tokens.subList(from, position);
        return negators.stream().anyMatch(n -> n.getMatcher(window).find());
    }

    /**
     * The target span plus the persons joined to it by commas, "and", "or": in "I admire Gates,
     * Jobs and Ellison" the cue reaches all three.
     */
    private static List<int[]> coordinated(List<CoreLabel> tokens, int begin, int end) {
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {begin, end});
        int i = end;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && isConjunction(tokens.get(j))) {
                j++;
            }
            if (j == i || j >= tokens.size() || !isPerson(tokens.get(j))) {
                break;
            }
            int k = j;
            while (k < tokens.size() && isPerson(tokens.get(k))) {
                k++;
            }
            spans.add(new int[] {j, k});
            i = k;
        }
        return spans;
    }

    private static boolean isConjunction(CoreLabel token) {
        String word = token.word();
        return word.equals(",") || word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or");
    }

    private static boolean isPerson(CoreLabel token) {
        return "PERSON".equals(token.ner());
    }
}
