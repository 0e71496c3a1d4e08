package app.admired.nlp.attribution;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every person mention of a document its {@link Holder} and its stated role.
 *
 * <ol>
 *   <li>Quotations by {@link QuoteSpans}; the reporting frames of each sentence by {@link
 *       SpeakerRules}, ignoring a frame whose speaker or verb is inside a quotation.</li>
 *   <li>A frame's speaker is the person its speaker tokens cover; a pronoun ("she said") is the
 *       person CoreNLP coreference linked it to when {@code --coref} is on, else the first person
 *       outside quotations earlier in its sentence, else the speaker (or the first person) of the
 *       nearest earlier sentence that names one, at most {@value #PRONOUN_LOOKBACK} sentences back.</li>
 *   <li>A quotation's speaker is the frame in a sentence it overlaps, else the nearest frame in its
 *       paragraph, else — when it opens its paragraph — the speaker of the previous paragraph's
 *       last quotation (a paragraph of quotation continuing the last speaker) or of its last
 *       reporting frame (a floating quotation after reported speech), else, when it is
 *       left open into the next paragraph, the speaker found there; else it is unattributed. A
 *       quotation of fewer than {@value #MIN_QUOTE_WORDS} words with no frame of its own is a scare
 *       quote and stays the writer's.</li>
 *   <li>A mention inside a quotation is held by its speaker; the speaker's own mention in its frame
 *       is held by the speaker (a view of oneself, not evidence); a mention after the reporting verb
 *       of a subject-first frame, or anywhere in an "according to" sentence, is reported speech held
 *       by the speaker; every other mention is the writer's.</li>
 * </ol>
 */
public final class Attribution {

    static final int PRONOUN_LOOKBACK = 6;
    static final int MIN_QUOTE_WORDS = 3;

    /**
     * A person mention to attribute: sentence index, token span [tokenBegin, tokenEnd) within the
     * sentence (0-based), canonical name within the document, and whether it is a pronoun that
     * coreference linked to the person.
     */
    public record Person(int sentence, int tokenBegin, int tokenEnd, String name, boolean pronoun) {}

    /** A quotation and its speaker's name (empty: unattributed), for evaluation. */
    public record AttributedQuote(int begin, int end, String speaker) {}

    /** A person's role and organisation as stated at one mention (each possibly empty). */
    public record Stated(String role, String organization) {}

    /**
     * The holders and stated roles, parallel to the persons given, and the quotations found.
     */
    public record Result(List<Holder> holders, List<Stated> roles, List<AttributedQuote> quotes) {}

    private final SpeakerRules speakers;
    private final RoleRules roleRules;

    private Attribution(SpeakerRules speakers, RoleRules roleRules) {
        this.speakers = speakers;
        this.roleRules = roleRules;
    }

    private static final class Loaded {
        private static final Attribution INSTANCE = new Attribution(SpeakerRules.standard(), RoleRules.standard());
    }

    /** The bundled rules. Thread-safe. */
    public static Attribution standard() {
        return Loaded.INSTANCE;
    }

    /** A frame whose speaker has been resolved to a name (empty when it could not be). */
    private record Resolved(SpeakerRules.Frame frame, int sentence, String speaker) {}

    /**
     * Attributes the mentions of an annotated document.
     *
     * @param writer the holder of everything not attributed to a speaker: the author or commenter
     */
    public Result attribute(CoreDocument doc, List<Person> persons, Holder writer) {
        String text = doc.text();
        List<CoreSentence> sentences = doc.sentences();
        List<QuoteSpans.Quote> quotes = QuoteSpans.find(text);
        List<int[]> paragraphs = QuoteSpans.paragraphs(text);
        int[] sentenceParagraph = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceParagraph[s] =
                    paragraphOf(paragraphs, sentences.get(s).charOffsets().first());
        }
        Map<Integer, List<Person>> bySentence = new HashMap<>();
        for (Person p : persons) {
            bySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p);
        }

        // Roles stated at each mention, and the first role stated for each name in the document.
        List<Stated> stated = new ArrayList<>();
        Map<Integer, List<RoleRules.Stated>> rolesBySentence = new HashMap<>();
        Map<String, Stated> roleOfName = new HashMap<>();
        for (Person p : persons) {
            List<RoleRules.Stated> found = rolesBySentence.computeIfAbsent(
                    p.sentence(), s -> roleRules.find(sentences.get(s).tokens()));
            Stated role = new Stated("", "");
            for (RoleRules.Stated r : found) {
                if (r.begin() < p.tokenEnd() && p.tokenBegin() < r.end()) {
                    role = new Stated(r.role(), r.organization());
                    break;
                }
            }
            stated.add(role);
            if (!role.role().isEmpty() || !role.organization().isEmpty()) {
                roleOfName.merge(p.name(), role, Attribution::fill);
            }
        }

        // Reporting frames, sentence by sentence (a pronoun looks back at earlier frames). A frame
        // matters only in a sentence naming a person (its holders) or in a paragraph with a quote.
        boolean[] paragraphHasQuote = new boolean[paragraphs.size()];
        quotes.forEach(q -> paragraphHasQuote[q.paragraph()] = true);
        List<List<Resolved>> frames = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).tokens();
            List<Resolved> resolved = new ArrayList<>();
            boolean relevant = bySentence.containsKey(s) || paragraphHasQuote[sentenceParagraph[s]];
            if (relevant && mayReport(tokens)) {
                for (SpeakerRules.Frame f : speakers.find(tokens)) {
                    if (inQuote(quotes, tokens.get(f.speakerBegin())) != null
                            || inQuote(quotes, tokens.get(f.verb())) != null) {
                        continue;
                    }
                    resolved.add(new Resolved(f, s, speakerOf(s, f, tokens, bySentence, frames, quotes, sentences)));
                }
            }
            frames.add(resolved);
        }

        // Each quotation's speaker.
        List<String> speakerOfQuote = new ArrayList<>();
        List<Boolean> real = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            QuoteSpans.Quote quote = quotes.get(q);
            Resolved own = nearestFrame(quote, frames, sentences, true, sentenceParagraph);
            Resolved frame = own != null ? own : nearestFrame(quote, frames, sentences, false, sentenceParagraph);
            String speaker = null;
            if (frame != null) {
                speaker = frame.speaker();
            } else if (quote.continued() || opensParagraph(quote, paragraphs)) {
                speaker = lastSpeakerOfParagraph(quotes, speakerOfQuote, quote.paragraph() - 1);
                if (speaker == null) {
                    // A floating quotation after a paragraph of reported speech: that speaker's.
                    speaker = lastFrameSpeaker(frames, sentenceParagraph, quote.paragraph() - 1);
                }
            }
            speakerOfQuote.add(speaker);
            real.add(own != null || words(quote.text(text)) >= MIN_QUOTE_WORDS);
        }
        for (int q = quotes.size() - 2; q >= 0; q--) {
            if (speakerOfQuote.get(q) == null && quotes.get(q).continues()) {
                speakerOfQuote.set(q, speakerOfQuote.get(q + 1));
            }
        }

        List<Holder> holders = new ArrayList<>();
        for (Person p : persons) {
            List<CoreLabel> tokens = sentences.get(p.sentence()).tokens();
            CoreLabel first = tokens.get(p.tokenBegin());
            QuoteSpans.Quote quote = inQuote(quotes, first);
            int q = quote == null ? -1 : quotes.indexOf(quote);
            if (q >= 0 && real.get(q)) {
                holders.add(speakerHolder(speakerOfQuote.get(q), roleOfName));
                continue;
            }
            Holder held = null;
            for (Resolved r : frames.get(p.sentence())) {
                SpeakerRules.Frame f = r.frame();
                boolean isSpeaker = f.speakerBegin() < p.tokenEnd() && p.tokenBegin() < f.speakerEnd();
                if (isSpeaker) {
                    held = speakerHolder(p.name(), roleOfName);
                    break;
                }
                if (r.speaker().isEmpty()) {
                    continue;
                }
                // "Tim Cook, she added, had shown …": a frame set off by commas covers the whole sentence.
                boolean parenthetical = f.speakerBegin() > 0
                        && tokens.get(f.speakerBegin() - 1).word().equals(",")
                        && f.verbEnd() < tokens.size()
                        && tokens.get(f.verbEnd()).word().equals(",");
                boolean reported = (f.kind() == SpeakerRules.Kind.SUBJECT_FIRST
                                && (p.tokenBegin() >= f.verbEnd() || parenthetical))
                        || f.kind() == SpeakerRules.Kind.ACCORDING;
                if (reported) {
                    held = speakerHolder(r.speaker(), roleOfName);
                    break;
                }
            }
            holders.add(held != null ? held : writer);
        }

        List<AttributedQuote> attributed = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            if (real.get(q)) {
                String speaker = speakerOfQuote.get(q);
                attributed.add(new AttributedQuote(
                        quotes.get(q).begin(), quotes.get(q).end(), speaker == null ? "" : speaker));
            }
        }
        return new Result(List.copyOf(holders), List.copyOf(stated), List.copyOf(attributed));
    }

    private static Stated fill(Stated first, Stated later) {
        return new Stated(
                first.role().isEmpty() ? later.role() : first.role(),
                first.organization().isEmpty() ? later.organization() : first.organization());
    }

    private static Holder speakerHolder(String speaker, Map<String, Stated> roleOfName) {
        if (speaker == null || speaker.isEmpty()) {
            return new Holder("", Holder.UNATTRIBUTED, "", "");
        }
        Stated role = roleOfName.getOrDefault(speaker, new Stated("", ""));
        return new Holder(speaker, Holder.QUOTED, role.role(), role.organization());
    }

    /**
     * A cheap pre-check: no reporting frame is possible without a speaker candidate (a person, or
     * "he"/"she") and a verb or "according"/"words".
     */
    private static boolean mayReport(List<CoreLabel> tokens) {
        boolean speaker = false;
        boolean verb = false;
        for (CoreLabel t : tokens) {
            String tag = t.tag() == null ? "" : t.tag();
            speaker |= "PERSON".equals(t.ner())
                    || tag.equals("PRP")
                            && (t.word().equalsIgnoreCase("he") || t.word().equalsIgnoreCase("she"));
            verb |= tag.startsWith("VB")
                    || t.word().equalsIgnoreCase("according")
                    || t.word().equalsIgnoreCase("words");
        }
        return speaker && verb;
    }

    private String speakerOf(
            int s,
            SpeakerRules.Frame f,
            List<CoreLabel> tokens,
            Map<Integer, List<Person>> bySentence,
            List<List<Resolved>> earlier,
            List<QuoteSpans.Quote> quotes,
            List<CoreSentence> sentences) {
        List<Person> here = bySentence.getOrDefault(s, List.of());
        for (Person p : here) {
            if (p.tokenBegin() < f.speakerEnd() && f.speakerBegin() < p.tokenEnd()) {
                return p.name();
            }
        }
        if (!"PRP".equals(tokens.get(f.speakerBegin()).tag())) {
            return "";
        }
        // In "Tim Cook, she added, …" the person before the comma is the topic, not the speaker.
        boolean parenthetical =
                f.speakerBegin() > 0 && tokens.get(f.speakerBegin() - 1).word().equals(",");
        for (Person p : parenthetical ? List.<Person>of() : here) {
            if (!p.pronoun()
                    && p.tokenEnd() <= f.speakerBegin()
                    && inQuote(quotes, tokens.get(p.tokenBegin())) == null) {
                return p.name();
            }
        }
        for (int back = s - 1; back >= 0 && back >= s - PRONOUN_LOOKBACK; back--) {
            for (Resolved r : earlier.get(back)) {
                if (!r.speaker().isEmpty()) {
                    return r.speaker();
                }
            }
            List<CoreLabel> backTokens = sentences.get(back).tokens();
            for (Person p : bySentence.getOrDefault(back, List.of())) {
                if (!p.pronoun() && inQuote(quotes, backTokens.get(p.tokenBegin())) == null) {
                    return p.name();
                }
            }
        }
        return "";
    }

    /**
     * The frame nearest the quotation: among the sentences it overlaps ({@code own}), or among the
     * other sentences of its paragraph (the nearer sentence first, the earlier on ties).
     */
    private static Resolved nearestFrame(
            QuoteSpans.Quote quote,
            List<List<Resolved>> frames,
            List<CoreSentence> sentences,
            boolean own,
            int[] sentenceParagraph) {
        Resolved best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int s = 0; s < sentences.size(); s++) {
            if (frames.get(s).isEmpty()) {
                continue;
            }
            int begin = sentences.get(s).charOffsets().first();
            int end = sentences.get(s).charOffsets().second();
            boolean overlaps = begin < quote.end() && quote.begin() < end;
            if (own ? !overlaps : overlaps || sentenceParagraph[s] != quote.paragraph()) {
                continue;
            }
            for (Resolved r : frames.get(s)) {
                int at = sentences.get(s).tokens().get(r.frame().speakerBegin()).beginPosition();
                long distance = at < quote.begin() ? 2L * (quote.begin() - at) : 2L * (at - quote.end()) + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = r;
                }
            }
        }
        return best;
    }

    private static String lastSpeakerOfParagraph(List<QuoteSpans.Quote> quotes, List<String> speakers, int paragraph) {
        String last = null;
        for (int q = 0; q < speakers.size(); q++) {
            if (quotes.get(q).paragraph() == paragraph
                    && speakers.get(q) != null
                    && !speakers.get(q).isEmpty()) {
                last = speakers.get(q);
            }
        }
        return last;
    }

    /** The resolved speaker of the last reporting frame in a paragraph, or null. */
    private static String lastFrameSpeaker(List<List<Resolved>> frames, int[] sentenceParagraph, int paragraph) {
        String last = null;
        for (int s = 0; s < frames.size(); s++) {
            if (sentenceParagraph[s] != paragraph) {
                continue;
            }
            for (Resolved r : frames.get(s)) {
                if (!r.speaker().isEmpty()) {
                    last = r.speaker();
                }
            }
        }
        return last;
    }

    private static boolean opensParagraph(QuoteSpans.Quote quote, List<int[]> paragraphs) {
        return paragraphs.get(quote.paragraph())[0] == quote.begin();
    }

    private static int paragraphOf(List<int[]> paragraphs, int offset) {
        for (int p = paragraphs.size() - 1; p >= 0; p--) {
            if (paragraphs.get(p)[0] <= offset) {
                return p;
            }
        }
        return 0;
    }

    private static QuoteSpans.Quote inQuote(List<QuoteSpans.Quote> quotes, CoreLabel token) {
        int at = token.beginPosition();
        for (QuoteSpans.Quote q : quotes) {
            if (q.begin() < at && at < q.end()) {
                return q;
            }
        }
        return null;
    }

    private static int words(String quote) {
        String inner = quote.replaceAll("[\"“”]", " ").strip();
        return inner.isEmpty() ? 0 : inner.split("\\s+").length;
    }
}
