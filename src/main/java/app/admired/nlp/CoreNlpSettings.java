package app.admired.nlp;

import app.admired.nlp.sentiment.TargetSentimentModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every CoreNLP property admired uses, in one place. Two pipelines share the work:
 *
 * <ul>
 *   <li><b>find</b> — tokenize, ssplit, pos, lemma, ner — runs on every document. Only the 3-class
 *       NER model is loaded, and SUTime, numeric classifiers and fine-grained NER are off: we need
 *       PERSON spans only, and these settings make NER several times faster.</li>
 *   <li><b>judge</b> — parse, sentiment — runs only on sentences that mention a person. The
 *       constituency parser is almost all of the cost, so skipping person-free sentences is the
 *       largest single saving; the shift-reduce parser is about ten times faster than the PCFG
 *       one. The basic dependency graph used for targeted sentiment is derived from the tree by
 *       {@code sentiment.BasicDependencies}, once.</li>
 * </ul>
 */
public final class CoreNlpSettings {

    /** Sentences longer than this (in tokens) are not parsed: they get no sentiment verdict. */
    public static final int PARSE_MAX_TOKENS = 80;

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** System properties read by the evaluation find pipelines only: comma-separated NER models. */
    static final String EVAL_NER_MODELS = "admired.eval.ner.models";

    /** ... and CoreNLP's {@code ner.combinationMode} (NORMAL or HIGH_RECALL) for several models. */
    static final String EVAL_NER_COMBINATION = "admired.eval.ner.combinationMode";

    static final String PARSER_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

    /** How the find pipeline splits its input into sentences. */
    public enum Sentences {
        /** Running text: sentence punctuation and blank lines end sentences. */
        PROSE,
        /** The input is exactly one sentence (evaluation data). */
        ONE,
        /** Pre-tokenized sentences, one per line, tokens separated by spaces (CoNLL documents). */
        PRETOKENIZED_LINES
    }

    private CoreNlpSettings() {}

    /** The rule and model files of this package that decide what annotation returns. */
    private static final List<String> DECIDING_RESOURCES = List.of(
            "sentiment/" + TargetSentimentModel.RESOURCE,
            "sentiment/admiration-cues.tsv",
            "sentiment/cue-dependencies.tsv",
            "titles.txt",
            "name-suffixes.txt",
            "name-particles.txt",
            "not-persons.txt",
            "attribution/speaker-patterns.tsv",
            "attribution/role-patterns.tsv",
            "attribution/roles.tsv",
            "attribution/role-groups.tsv");

    /**
     * A fingerprint of everything that decides what {@link PersonAnnotator#annotate} returns: the
     * CoreNLP properties, the bundled model and rule files, and the coreference switch. An index
     * annotated under another fingerprint must be rebuilt, not updated.
     */
    public static String fingerprint(boolean coref) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
        for (Properties props : List.of(findPipeline(Sentences.PROSE), judgePipeline())) {
            digest.update(new TreeMap<>(props).toString().getBytes(StandardCharsets.UTF_8));
        }
        for (String resource : DECIDING_RESOURCES) {
            try (InputStream in = CoreNlpSettings.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        digestNlpClasses(digest);
        return "nlp=" + HexFormat.of().formatHex(digest.digest()).substring(0, 16) + ";coref=" + coref;
    }

    /**
     * The compiled classes of {@code app.admired.nlp} and its sub-packages, as built: after an upgrade
     * that changes how documents are annotated, an incremental run re-annotates instead of keeping
     * the old code's mentions. Identical sources compile to identical bytes, so a rebuild of the same
     * code keeps the fingerprint. Where the classes are neither in a folder nor a jar (an unusual
     * class loader), only the settings and resources count.
     */
    private static void digestNlpClasses(MessageDigest digest) {
        Path location;
        try {
            location = Path.of(CoreNlpSettings.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return;
        }
        String prefix = "app/admired/nlp/";
        try {
            if (Files.isDirectory(location)) {
                Path root = location.resolve(prefix);
                List<Path> classes;
                try (Stream<Path> walk = Files.walk(root)) {
                    classes = walk.filter(f -> f.toString().endsWith(".class"))
                            .sorted()
                            .toList();
                }
                for (Path file : classes) {
                    digest.update(
                            root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            } else if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    List<JarEntry> classes = jar.stream()
                            .filter(e -> e.getName().startsWith(prefix)
                                    && e.getName().endsWith(".class"))
                            .sorted(Comparator.comparing(JarEntry::getName))
                            .toList();
                    for (JarEntry entry : classes) {
                        digest.update(entry.getName().substring(prefix.length()).getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(entry)) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties findPipeline(Sentences mode) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        switch (mode) {
            // A blank line ends a sentence: titles, captions and list items have no final full stop.
            case PROSE -> props.setProperty("ssplit.newlineIsSentenceBreak", "two");
            case ONE -> props.setProperty("ssplit.isOneSentence", "true");
            case PRETOKENIZED_LINES -> {
                props.setProperty("ssplit.eolonly", "true");
                props.setProperty("tokenize.whitespace", "true");
            }
        }
        props.setProperty("ner.model", NER_MODEL);
        if (mode != Sentences.PROSE) {
            // Measurement hook for 'eval ner' only (bench/ner-options): other NER models and
            // combination modes can be scored without touching the batch, whose pipeline is PROSE.
            String models = System.getProperty(EVAL_NER_MODELS);
            if (models != null && !models.isBlank()) {
                props.setProperty("ner.model", models.strip());
            }
            String combination = System.getProperty(EVAL_NER_COMBINATION);
            if (combination != null && !combination.isBlank()) {
                props.setProperty("ner.combinationMode", combination.strip());
            }
        }
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        // Keep characters the tokenizer does not know (mojibake, emoji) without a warning per character.
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        return props;
    }

    /**
     * Coreference, for {@code --coref}: dependency parse and CoreNLP's statistical coreference over
     * the whole document (every sentence, which is why it is off by default).
     */
    static Properties corefPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "depparse,coref");
        props.setProperty("enforceRequirements", "false");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("coref.md.type", "dependency");
        return props;
    }

    public static Properties judgePipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "parse,sentiment");
        // The sentences arrive already tokenized, tagged and split by the find pipeline.
        props.setProperty("enforceRequirements", "false");
        props.setProperty("parse.model", PARSER_MODEL);
        props.setProperty("parse.maxlen", Integer.toString(PARSE_MAX_TOKENS));
        // The sentiment model reads binarized trees; asking the parser for them avoids a second pass.
        props.setProperty("parse.binaryTrees", "true");
        // The annotator would analyse each tree five times for five dependency graphs; we read one,
        // built once by BasicDependencies.
        props.setProperty("parse.buildgraphs", "false");
        return props;
    }
}
