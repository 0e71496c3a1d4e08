package app.admired.nlp.attribution;

import app.admired.ingest.ResourceLines;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Roles and organisations stated for persons in a sentence, by the TokensRegex rules of {@code
 * role-patterns.tsv}: appositives ("Renata Alves, the IT director of Porto Health"), titles before
 * names ("Amazon CEO Andy Jassy"), copular statements ("Kowalczyk is the CIO of …"), possessive
 * organisations ("Netflix's Reed Hastings").
 */
final class RoleRules {

    /** A stated role: person token span [begin, end) in the sentence, canonical role and organisation. */
    record Stated(int begin, int end, String role, String organization) {}

    private final List<TokenSequencePattern> patterns;
    private final Roles roles;
    /** Every word of every role phrase, lower case: a sentence with none states no role. */
    private final Set<String> roleWords = new HashSet<>();

    private RoleRules(List<TokenSequencePattern> patterns, Roles roles) {
        this.patterns = patterns;
        this.roles = roles;
        for (String phrase : roles.phrases()) {
            for (String word : phrase.split(" ")) {
                if (!word.equalsIgnoreCase("of")) {
                    roleWords.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static final class Loaded {
        private static final RoleRules INSTANCE = load(Roles.standard());
    }

    static RoleRules standard() {
        return Loaded.INSTANCE;
    }

    static RoleRules load(Roles roles) {
        Env env = TokenSequencePattern.getNewEnv();
        env.bind("$ROLE", rolePattern(roles));
        env.bind("$ORG", "( [{tag:/NNPS?/} & !{ner:PERSON} & !{word:/(?i)CIO|CTO|CEO|CISO|CDO|IT/}]+ )");
        List<TokenSequencePattern> patterns = new ArrayList<>();
        for (String line : ResourceLines.read(RoleRules.class, "role-patterns.tsv")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("role-patterns.tsv: no tab in rule: " + line);
            }
            patterns.add(
                    TokenSequencePattern.compile(env, line.substring(tab + 1).strip()));
        }
        return new RoleRules(List.copyOf(patterns), roles);
    }

    /** $ROLE: every role phrase of roles.tsv as a token sequence, longest first. */
    private static String rolePattern(Roles roles) {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : roles.phrases()) {
            StringBuilder seq = new StringBuilder();
            for (String word : phrase.split(" ")) {
                String quoted = Pattern.quote(word).replace("/", "\\/");
                String regex = Roles.isAcronym(word) ? quoted + "s?" : "(?i)" + quoted + "s?";
                seq.append("[{word:/").append(regex).append("/}] ");
            }
            alternatives.add("(" + seq.toString().strip() + ")");
        }
        return "(" + String.join(" | ", alternatives) + ")";
    }

    /** Every role stated in the sentence; a person keeps the first rule's answer. */
    List<Stated> find(List<CoreLabel> tokens) {
        List<Stated> stated = new ArrayList<>();
        if (!mayState(tokens)) {
            return stated;
        }
        for (TokenSequencePattern pattern : patterns) {
            TokenSequenceMatcher m = pattern.getMatcher(tokens);
            while (m.find()) {
                int begin = m.start("$person");
                int end = m.end("$person");
                if (begin < 0 || stated.stream().anyMatch(s -> s.begin() < end && begin < s.end())) {
                    continue;
                }
                String role = "";
                if (m.start("$role") >= 0) {
                    role = roles.canonical(words(tokens, m.start("$role"), m.end("$role")))
                            .orElse("");
                }
                String org = m.start("$org") >= 0 ? words(tokens, m.start("$org"), m.end("$org")) : "";
                if (!role.isEmpty() || !org.isEmpty()) {
                    stated.add(new Stated(begin, end, role, org));
                }
            }
        }
        return stated;
    }

    /** A cheap pre-check: a role word, or a possessive ('s) for a possessive organisation. */
    private boolean mayState(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String word = t.word().toLowerCase(Locale.ROOT);
            if ("POS".equals(t.tag())
                    || roleWords.contains(word)
                    || word.endsWith("s") && roleWords.contains(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static String words(List<CoreLabel> tokens, int begin, int end) {
        return tokens.subList(begin, end).stream().map(CoreLabel::word).collect(Collectors.joining(" "));
    }
}
