package app.admired.nlp;

import java.util.Properties;

/**
 * Every CoreNLP property admired uses, in one place. Two pipelines share the work:
 *
 * <ul>
 *   <li><b>find</b> — tokenize, ssplit, pos, lemma, ner — runs on every document. Only the 3-class
 *       NER model is loaded, and SUTime, numeric classifiers and fine-grained NER are off: we need
 *       PERSON spans only, and these settings make NER several times faster (see docs/PERFORMANCE.md
 *       once written, and shared design notes).</li>
 *   <li><b>judge</b> — parse, sentiment — runs only on sentences that mention a person. The
 *       constituency parser is almost all of the cost, so skipping person-free sentences is the
 *       largest single saving.</li>
 * </ul>
 */
public final class CoreNlpSettings {

    /** Sentences longer than this (in tokens) are not parsed: they get no sentiment verdict. */
    public static final int PARSE_MAX_TOKENS = 80;

    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private CoreNlpSettings() {
    }

    static Properties findPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A blank line ends a sentence: titles, captions and list items have no final full stop.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", NER_MODEL);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return props;
    }

    static Properties judgePipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "parse,sentiment");
        // The sentences arrive already tokenized, tagged and split by the find pipeline.
        props.setProperty("enforceRequirements", "false");
        props.setProperty("parse.maxlen", Integer.toString(PARSE_MAX_TOKENS));
        // The sentiment model reads binarized trees; asking the parser for them avoids a second pass.
        props.setProperty("parse.binaryTrees", "true");
        return props;
    }
}
