package app.admired.nlp;

import app.admired.ingest.SourceDocument;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public face of the NLP stage: one document in, its person mentions out.
 *
 * <p>Steps: the find pipeline tags every sentence; PERSON entity mentions are normalised and linked
 * to the fullest name used in the document; the document's own author is dropped (a byline is not
 * admiration); only the sentences that still hold a mention go through the parser and the
 * sentiment model.
 */
public final class PersonAnnotator {

    private final NlpPipeline pipeline;
    private final NameNormalizer normalizer;

    public PersonAnnotator(NlpPipeline pipeline, NameNormalizer normalizer) {
        this.pipeline = pipeline;
        this.normalizer = normalizer;
    }

    /** The person mentions of {@code document}, in text order. */
    public List<PersonMention> annotate(SourceDocument document) {
        CoreDocument doc = new CoreDocument(document.text());
        pipeline.find().annotate(doc);

        List<Found> found = findPeople(doc);
        Map<String, String> canonical = NameLinker.link(found.stream().map(Found::name).toList(), NameLinker.Scope.DOCUMENT);
        String author = normalizer.normalize(document.author()).orElse("");
        found = found.stream()
                .map(f -> f.withName(canonical.get(f.name())))
                .filter(f -> author.isEmpty() || !sameName(f.name(), author, canonical))
                .toList();

        Map<Integer, Integer> sentimentBySentence = judge(doc, found);
        List<PersonMention> mentions = new ArrayList<>(found.size());
        for (Found f : found) {
            int sentimentClass = sentimentBySentence.getOrDefault(f.sentenceIndex(), Sentiment.NO_VERDICT);
            CoreSentence sentence = doc.sentences().get(f.sentenceIndex());
            mentions.add(new PersonMention(document.id(), f.name(), f.mention().text(),
                    f.mention().charOffsets().first(), f.mention().charOffsets().second(),
                    f.sentenceIndex(), sentence.text(), sentimentClass, Sentiment.score(sentimentClass)));
        }
        return mentions;
    }

    /** A PERSON mention that survived normalisation. */
    private record Found(CoreEntityMention mention, int sentenceIndex, String name) {
        Found withName(String newName) {
            return new Found(mention, sentenceIndex, newName);
        }
    }

    private List<Found> findPeople(CoreDocument doc) {
        List<Found> found = new ArrayList<>();
        List<CoreSentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            for (CoreEntityMention mention : sentences.get(i).entityMentions()) {
                if (!isNamedPerson(mention)) {
                    continue;
                }
                Optional<String> name = normalizer.normalize(mention.text());
                if (name.isPresent()) {
                    found.add(new Found(mention, i, name.get()));
                }
            }
        }
        return found;
    }

    /**
     * CoreNLP's entity mentions include gendered pronouns ("he", "her") typed PERSON for its
     * knowledge-base annotators; a named person is one whose every token the NER model tagged PERSON.
     */
    private static boolean isNamedPerson(CoreEntityMention mention) {
        return "PERSON".equals(mention.entityType())
                && mention.tokens().stream().allMatch(t -> "PERSON".equals(t.ner()) && !t.tag().startsWith("PRP"));
    }

    /** The author "Jane Doe" also hides behind "Doe" once linked; compare canonical forms. */
    private static boolean sameName(String mentionName, String author, Map<String, String> canonical) {
        return mentionName.equalsIgnoreCase(author)
                || mentionName.equalsIgnoreCase(canonical.getOrDefault(author, author));
    }

    /**
     * Parses and scores only the sentences holding a mention: the parser is nearly all the cost of
     * the pipeline. Sentences longer than the parser's limit get no verdict.
     */
    private Map<Integer, Integer> judge(CoreDocument doc, List<Found> found) {
        Map<Integer, CoreMap> selected = new LinkedHashMap<>();
        for (Found f : found) {
            CoreSentence sentence = doc.sentences().get(f.sentenceIndex());
            if (sentence.tokens().size() <= CoreNlpSettings.PARSE_MAX_TOKENS) {
                selected.putIfAbsent(f.sentenceIndex(), sentence.coreMap());
            }
        }
        Map<Integer, Integer> classes = new LinkedHashMap<>();
        if (selected.isEmpty()) {
            return classes;
        }
        Annotation subset = new Annotation(doc.text());
        subset.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(selected.values()));
        pipeline.judge().annotate(subset);
        selected.forEach((index, sentence) -> {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            classes.put(index, tree == null ? Sentiment.NO_VERDICT : RNNCoreAnnotations.getPredictedClass(tree));
        });
        return classes;
    }
}
