package app.admired.nlp;

import app.admired.ingest.DocumentKind;
import app.admired.ingest.SourceDocument;
import app.admired.nlp.attribution.Attribution;
import app.admired.nlp.attribution.Bylines;
import app.admired.nlp.attribution.Holder;
import app.admired.nlp.sentiment.Cue;
import app.admired.nlp.sentiment.ParsedSentence;
import app.admired.nlp.sentiment.TargetVerdict;
import app.admired.nlp.sentiment.TargetedSentiment;
import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The public face of the NLP stage: one document in, its person mentions out.
 *
 * <p>Steps: the find pipeline tags every sentence; PERSON entity mentions are normalised and linked
 * to the fullest name used in the document; the document's own author is dropped (a byline is not
 * admiration); only the sentences that still hold a mention go through the parser and the
 * sentiment model, and each mention gets its targeted verdict ({@link TargetedSentiment}).
 */
public final class PersonAnnotator {

    private final NlpPipeline pipeline;
    private final NameNormalizer normalizer;
    private final TargetedSentiment sentiment;
    private final boolean coref;
    private final int windowChars;
    private final Attribution attribution = Attribution.standard();
    // Counters for the run summary; LongAdder because documents are annotated on several threads.
    private final LongAdder sentencesSeen = new LongAdder();
    private final LongAdder sentencesParsed = new LongAdder();
    private final LongAdder tokensSeen = new LongAdder();
    private final LongAdder attributionNanos = new LongAdder();

    /**
     * Documents longer than this many characters are annotated in windows ({@link DocumentWindows}):
     * CoreNLP's memory grows with the text it holds at once, and every article and comment we have
     * seen is far shorter, so they are annotated whole.
     */
    public static final int WINDOW_CHARS = 100_000;

    public PersonAnnotator(
            NlpPipeline pipeline, NameNormalizer normalizer, TargetedSentiment sentiment, boolean coref) {
        this(pipeline, normalizer, sentiment, coref, WINDOW_CHARS);
    }

    private PersonAnnotator(
            NlpPipeline pipeline,
            NameNormalizer normalizer,
            TargetedSentiment sentiment,
            boolean coref,
            int windowChars) {
        this.pipeline = pipeline;
        this.normalizer = normalizer;
        this.sentiment = sentiment;
        this.coref = coref;
        this.windowChars = windowChars;
    }

    /** The same annotator with another window length (tests use small windows on small texts). */
    PersonAnnotator withWindowChars(int chars) {
        return new PersonAnnotator(pipeline, normalizer, sentiment, coref, chars);
    }

    /** The shared pipeline with the bundled names, model and cue rules; no coreference. */
    public static PersonAnnotator standard() {
        return standard(false);
    }

    /** As {@link #standard()}, adding pronoun mentions through CoreNLP coreference when {@code coref}. */
    public static PersonAnnotator standard(boolean coref) {
        return new PersonAnnotator(
                NlpPipeline.shared(), NameNormalizer.standard(), TargetedSentiment.standard(), coref);
    }

    /** Sentences, sentences parsed (the rest were skipped: no person) and tokens, so far. */
    public record Counts(long sentences, long parsedSentences, long tokens) {}

    /** Time spent attributing holders and roles so far, in milliseconds (for bench/run's cost figure). */
    public long attributionMillis() {
        return attributionNanos.sum() / 1_000_000;
    }

    public Counts counts() {
        return new Counts(sentencesSeen.sum(), sentencesParsed.sum(), tokensSeen.sum());
    }

    /** The person mentions of {@code document}, in text order. Safe to call from several threads. */
    public List<PersonMention> annotate(SourceDocument document) {
        return document.text().length() > windowChars
                ? annotateInWindows(document)
                : annotateWhole(document).mentions();
    }

    /** A document's mentions and how many sentences it has. */
    private record Annotated(List<PersonMention> mentions, int sentences) {}

    private Annotated annotateWhole(SourceDocument document) {
        CoreDocument doc = new CoreDocument(document.text());
        pipeline.find().annotate(doc);
        sentencesSeen.add(doc.sentences().size());
        doc.sentences().forEach(sentence -> tokensSeen.add(sentence.tokens().size()));

        List<Found> found = withoutCompanyNames(doc, findPeople(doc));
        Map<String, String> canonical =
                NameLinker.link(found.stream().map(Found::name).toList(), NameLinker.Scope.DOCUMENT);
        String author = normalizer.normalize(document.author()).orElse("");
        found = found.stream()
                .map(f -> f.withName(canonical.get(f.name())))
                .filter(f -> author.isEmpty() || !sameName(f.name(), author, canonical))
                .toList();
        if (coref && !found.isEmpty()) {
            found = withPronouns(doc, found);
        }

        long attributing = System.nanoTime();
        Attribution.Result held = attribution.attribute(doc, persons(found), writer(document));
        attributionNanos.add(System.nanoTime() - attributing);

        Map<Integer, ParsedSentence> parsed = parse(doc, found);
        Map<Integer, List<Cue>> cues = new HashMap<>();
        List<PersonMention> mentions = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Holder holder = held.holders().get(i);
            Attribution.Stated stated = held.roles().get(i);
            ParsedSentence sentence = parsed.get(f.sentenceIndex());
            int begin = f.tokens().get(0).index() - 1;
            int end = f.tokens().get(f.tokens().size() - 1).index();
            TargetVerdict verdict = sentence == null
                    ? TargetVerdict.none(Sentiment.NO_VERDICT)
                    : sentiment.judge(
                            sentence,
                            begin,
                            end,
                            cues.computeIfAbsent(f.sentenceIndex(), k -> sentiment.cues(sentence)));
            Cue cue = verdict.cue();
            mentions.add(new PersonMention(
                    document.id(),
                    f.name(),
                    f.surface(),
                    f.tokens().get(0).beginPosition(),
                    f.tokens().get(f.tokens().size() - 1).endPosition(),
                    f.sentenceIndex(),
                    doc.sentences().get(f.sentenceIndex()).text(),
                    verdict.polarity(),
                    verdict.score(),
                    verdict.classifierScore(),
                    verdict.sentenceClass(),
                    cue == null ? "" : cue.label(),
                    cue == null ? "" : cue.text(),
                    holder.name(),
                    holder.kind(),
                    holder.role(),
                    holder.organization(),
                    stated.role(),
                    stated.organization()));
        }
        return new Annotated(mentions, doc.sentences().size());
    }

    /**
     * A long document, window by window: each window is annotated as a document of its own, its
     * mentions moved to the whole text's character offsets and sentence numbers (windows end on
     * sentence breaks, so both are what a whole-document run gives), then the names are linked again
     * across windows, so a surname in the last window joins the full name given in the first.
     */
    private List<PersonMention> annotateInWindows(SourceDocument document) {
        List<PersonMention> mentions = new ArrayList<>();
        int sentencesBefore = 0;
        for (DocumentWindows.Window window : DocumentWindows.of(document.text(), windowChars)) {
            SourceDocument piece = document.withText(window.text());
            Annotated annotated = annotateWhole(piece);
            for (PersonMention m : annotated.mentions()) {
                mentions.add(m.shifted(window.offset(), sentencesBefore, m.person(), m.holder()));
            }
            sentencesBefore += annotated.sentences();
        }
        // Quoted speakers are named as persons are, so they are linked with them.
        List<String> names = new ArrayList<>();
        for (PersonMention m : mentions) {
            names.add(m.person());
            if (Holder.QUOTED.equals(m.holderKind())) {
                names.add(m.holder());
            }
        }
        Map<String, String> canonical = NameLinker.link(names, NameLinker.Scope.DOCUMENT);
        return mentions.stream()
                .map(m -> m.shifted(
                        0,
                        0,
                        canonical.getOrDefault(m.person(), m.person()),
                        Holder.QUOTED.equals(m.holderKind())
                                ? canonical.getOrDefault(m.holder(), m.holder())
                                : m.holder()))
                .toList();
    }

    private static List<Attribution.Person> persons(List<Found> found) {
        List<Attribution.Person> persons = new ArrayList<>(found.size());
        for (Found f : found) {
            int begin = f.tokens().get(0).index() - 1;
            int end = f.tokens().get(f.tokens().size() - 1).index();
            boolean pronoun =
                    f.tokens().get(0).tag() != null && f.tokens().get(0).tag().startsWith("PRP");
            persons.add(new Attribution.Person(f.sentenceIndex(), begin, end, f.name(), pronoun));
        }
        return persons;
    }

    /** The holder of the document's own sentences: its author or commenter, with the byline's role. */
    static Holder writer(SourceDocument document) {
        String kind = document.kind() == DocumentKind.COMMENT ? Holder.COMMENTER : Holder.AUTHOR;
        Bylines.Title title = Bylines.parse(document.authorTitle());
        return new Holder(document.author(), kind, title.role(), title.organization());
    }

    /**
     * The quotations of {@code document} and their speakers as {@link #annotate} attributes them
     * (no sentiment is computed). For the quote evaluation.
     */
    public List<Attribution.AttributedQuote> quotes(SourceDocument document) {
        CoreDocument doc = new CoreDocument(document.text());
        pipeline.find().annotate(doc);
        List<Found> found = withoutCompanyNames(doc, findPeople(doc));
        Map<String, String> canonical =
                NameLinker.link(found.stream().map(Found::name).toList(), NameLinker.Scope.DOCUMENT);
        found = found.stream().map(f -> f.withName(canonical.get(f.name()))).toList();
        if (coref && !found.isEmpty()) {
            found = withPronouns(doc, found);
        }
        return attribution.attribute(doc, persons(found), writer(document)).quotes();
    }

    /**
     * The person spans of a pre-tokenized document, one list per sentence, as [first token, end
     * token) pairs: the sentences are annotated together, as a document is, so the document-level
     * name repairs apply (evaluation on CoNLL data).
     */
    public List<List<int[]>> personTokenSpansOfDocument(List<List<String>> sentences) {
        StringBuilder text = new StringBuilder();
        for (List<String> tokens : sentences) {
            text.append(String.join(" ", tokens)).append('\n');
        }
        Annotation annotation = new Annotation(text.toString());
        pipeline.find(CoreNlpSettings.Sentences.PRETOKENIZED_LINES).annotate(annotation);
        CoreDocument doc = new CoreDocument(annotation);
        if (doc.sentences().size() != sentences.size()) {
            throw new IllegalStateException("expected " + sentences.size() + " sentences, CoreNLP split "
                    + doc.sentences().size());
        }
        List<List<int[]>> spans = new ArrayList<>();
        sentences.forEach(s -> spans.add(new ArrayList<>()));
        for (Found f : withoutCompanyNames(doc, findPeople(doc))) {
            spans.get(f.sentenceIndex()).add(new int[] {
                f.tokens().get(0).index() - 1,
                f.tokens().get(f.tokens().size() - 1).index()
            });
        }
        return spans;
    }

    /** A person mention that survived normalisation: its tokens, sentence and name. */
    private record Found(List<CoreLabel> tokens, String surface, int sentenceIndex, String name) {
        Found withName(String newName) {
            return new Found(tokens, surface, sentenceIndex, newName);
        }

        int firstToken() {
            return tokens.get(0).index();
        }
    }

    /**
     * The NER model's named persons, repaired over the document ({@link NameSpans}): names split at
     * a hyphen or a particle joined, later repeats of a full name or its surname that the model
     * missed added, "the Larry Ellisons of the world" read as Larry Ellison.
     */
    private List<Found> findPeople(CoreDocument doc) {
        List<CoreSentence> sentences = doc.sentences();
        List<List<CoreLabel>> tokens = new ArrayList<>(sentences.size());
        List<NameSpans.Span> spans = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            tokens.add(sentences.get(i).tokens());
            for (CoreEntityMention mention : sentences.get(i).entityMentions()) {
                if (isNamedPerson(mention)) {
                    List<CoreLabel> t = mention.tokens();
                    spans.add(new NameSpans.Span(
                            i, t.get(0).index() - 1, t.get(t.size() - 1).index()));
                }
            }
        }
        List<NameSpans.Span> joined = NameSpans.joined(tokens, spans);
        List<NameSpans.Span> all = new ArrayList<>(joined);
        all.addAll(NameSpans.repeats(tokens, joined));
        all.sort(NameSpans.ORDER);
        List<Found> found = new ArrayList<>(all.size());
        for (NameSpans.Span span : all) {
            List<CoreLabel> t = tokens.get(span.sentence()).subList(span.begin(), span.end());
            String surface = doc.text()
                    .substring(t.get(0).beginPosition(), t.get(t.size() - 1).endPosition());
            String plural = NameSpans.singular(tokens.get(span.sentence()), span);
            Optional<String> name =
                    normalizer.normalize(plural == null ? surface : plural).filter(normalizer::isPlausiblePerson);
            if (name.isPresent()) {
                // A repaired span is a person for every later rule (cues, speakers, roles), which read
                // the NER label: the tokens NameSpans took were O (it never takes other entity types).
                t.forEach(token -> token.setNER("PERSON"));
                found.add(new Found(t, surface, span.sentence(), name.get()));
            }
        }
        return found;
    }

    /**
     * A one-word "person" that the same document also uses as the first word of an organisation
     * ("Hartwell Precision Castings ... Hartwell's owners") is that company, unless the document
     * also names a person with that word in a longer name ("Dale Hartwell").
     */
    private static List<Found> withoutCompanyNames(CoreDocument doc, List<Found> found) {
        java.util.Set<String> companyWords = new java.util.HashSet<>();
        for (CoreSentence sentence : doc.sentences()) {
            for (CoreEntityMention mention : sentence.entityMentions()) {
                if ("ORGANIZATION".equals(mention.entityType())
                        && mention.tokens().size() > 1) {
                    companyWords.add(mention.tokens().get(0).word().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (companyWords.isEmpty()) {
            return found;
        }
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (Found f : found) {
            if (f.tokens().size() > 1) {
                f.tokens().forEach(t -> personWords.add(t.word().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return found.stream()
                .filter(f -> {
                    if (f.tokens().size() != 1) {
                        return true;
                    }
                    String word = f.tokens().get(0).word().toLowerCase(java.util.Locale.ROOT);
                    return !companyWords.contains(word) || personWords.contains(word);
                })
                .toList();
    }

    /**
     * Adds the pronouns that CoreNLP's coreference links to a person already found ("Hopper ...
     * she ..."): each becomes a mention of that person in its own sentence.
     */
    private List<Found> withPronouns(CoreDocument doc, List<Found> found) {
        pipeline.coref().annotate(doc.annotation());
        Map<Integer, CorefChain> chains = doc.annotation().get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return found;
        }
        List<Found> all = new ArrayList<>(found);
        for (CorefChain chain : new TreeMap<>(chains).values()) {
            String person = personOf(chain, found);
            if (person == null) {
                continue;
            }
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                if (m.mentionType != Dictionaries.MentionType.PRONOMINAL) {
                    continue;
                }
                int sentence = m.sentNum - 1;
                List<CoreLabel> tokens =
                        doc.sentences().get(sentence).tokens().subList(m.startIndex - 1, m.endIndex - 1);
                all.add(new Found(tokens, m.mentionSpan, sentence, person));
            }
        }
        all.sort(Comparator.comparingInt(Found::sentenceIndex).thenComparingInt(Found::firstToken));
        return all;
    }

    /** The person a chain refers to: the found name of its first mention that is a found person. */
    private static String personOf(CorefChain chain, List<Found> found) {
        for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
            for (Found f : found) {
                int first = f.firstToken();
                int end = f.tokens().get(f.tokens().size() - 1).index() + 1;
                if (f.sentenceIndex() == m.sentNum - 1 && first < m.endIndex && m.startIndex < end) {
                    return f.name();
                }
            }
        }
        return null;
    }

    /**
     * CoreNLP's entity mentions include gendered pronouns ("he", "her") typed PERSON for its
     * knowledge-base annotators; a named person is one whose every token the NER model tagged PERSON.
     */
    private static boolean isNamedPerson(CoreEntityMention mention) {
        return "PERSON".equals(mention.entityType())
                && mention.tokens().stream()
                        .allMatch(t -> "PERSON".equals(t.ner()) && !t.tag().startsWith("PRP"));
    }

    /** The author "Jane Doe" also hides behind "Doe" once linked; compare canonical forms. */
    private static boolean sameName(String mentionName, String author, Map<String, String> canonical) {
        return mentionName.equalsIgnoreCase(author)
                || mentionName.equalsIgnoreCase(canonical.getOrDefault(author, author));
    }

    /**
     * Parses and scores only the sentences holding a mention: the parser is nearly all the cost of
     * the pipeline. Sentences longer than the parser's limit are left out and get no verdict.
     */
    private Map<Integer, ParsedSentence> parse(CoreDocument doc, List<Found> found) {
        Map<Integer, CoreMap> selected = new TreeMap<>();
        for (Found f : found) {
            CoreSentence sentence = doc.sentences().get(f.sentenceIndex());
            if (sentence.tokens().size() <= CoreNlpSettings.PARSE_MAX_TOKENS) {
                selected.putIfAbsent(f.sentenceIndex(), sentence.coreMap());
            }
        }
        Map<Integer, ParsedSentence> parsed = new HashMap<>();
        if (selected.isEmpty()) {
            return parsed;
        }
        Annotation subset = new Annotation(doc.text());
        subset.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(selected.values()));
        pipeline.judge().annotate(subset);
        sentencesParsed.add(selected.size());
        selected.forEach((index, sentence) -> parsed.put(index, new ParsedSentence(sentence)));
        return parsed;
    }
}
