package app.admired.nlp.attribution;

import app.admired.ingest.ResourceLines;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;

/** The reporting frames of a sentence ("Kowalczyk said", "said Alves", "according to Berg"), from {@code speaker-patterns.tsv}. */
final class SpeakerRules {

    enum Kind {
        SUBJECT_FIRST,
        VERB_FIRST,
        ACCORDING
    }

    /** A reporting frame: speaker token span [begin, end), the first reporting word, and the kind. */
    record Frame(Kind kind, int speakerBegin, int speakerEnd, int verb, int verbEnd) {}

    private record Rule(Kind kind, TokenSequencePattern pattern) {}

    private final List<Rule> rules;

    private SpeakerRules(List<Rule> rules) {
        this.rules = rules;
    }

    private static final class Loaded {
        private static final SpeakerRules INSTANCE = load("speaker-patterns.tsv");
    }

    static SpeakerRules standard() {
        return Loaded.INSTANCE;
    }

    static SpeakerRules load(String resource) {
        Env env = TokenSequencePattern.getNewEnv();
        List<Rule> rules = new ArrayList<>();
        for (String line : ResourceLines.read(SpeakerRules.class, resource)) {
            String[] cells = line.split("\t");
            if (cells[0].equals("macro") && cells.length == 3) {
                env.bind(cells[1].strip(), cells[2].strip());
                continue;
            }
            if (cells.length != 2) {
                throw new IllegalStateException(resource + ": want kind<TAB>pattern: " + line);
            }
            Kind kind = switch (cells[0].strip()) {
                case "subject-first" -> Kind.SUBJECT_FIRST;
                case "verb-first" -> Kind.VERB_FIRST;
                case "according" -> Kind.ACCORDING;
                default -> throw new IllegalStateException(resource + ": unknown kind " + cells[0]);
            };
            rules.add(new Rule(kind, TokenSequencePattern.compile(env, cells[1].strip())));
        }
        return new SpeakerRules(List.copyOf(rules));
    }

    /** Every frame in the sentence, in rule order then text order; overlapping speakers keep the first. */
    List<Frame> find(List<CoreLabel> tokens) {
        List<Frame> frames = new ArrayList<>();
        for (Rule rule : rules) {
            TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
            while (m.find()) {
                Frame frame = new Frame(
                        rule.kind(), m.start("$speaker"), m.end("$speaker"), m.start("$verb"), m.end("$verb"));
                if (frames.stream()
                        .noneMatch(
                                f -> f.speakerBegin() < frame.speakerEnd() && frame.speakerBegin() < f.speakerEnd())) {
                    frames.add(frame);
                }
            }
        }
        return frames;
    }
}
