/**
 * The verdict toward one person in one sentence: the parsed sentence ({@link
 * app.admired.nlp.sentiment.ParsedSentence}: tokens, sentiment tree, the basic dependency graph
 * built once by {@link app.admired.nlp.sentiment.BasicDependencies}, e5-small token states after
 * its eighth layer from {@link app.admired.nlp.sentiment.SentenceEncoder}, whose graph {@link
 * app.admired.nlp.sentiment.OnnxGraphs} cuts at load time), the admiration and criticism cues aimed at a
 * person ({@link app.admired.nlp.sentiment.AdmirationCues}: Semgrex rules over the graph in {@code
 * cue-dependencies.tsv} first, TokensRegex windows in {@code admiration-cues.tsv} after), the
 * targeted classifier ({@link app.admired.nlp.sentiment.TargetSentimentModel}, features from {@link
 * app.admired.nlp.sentiment.TargetFeatures}, the bundled {@code target-sentiment.ser.gz}) and the
 * blend of cue and classifier ({@link app.admired.nlp.sentiment.TargetVerdict}).
 *
 * <p>A sub-package of {@code nlp}: CoreNLP types are used here and never leave {@code nlp}; the
 * public face is {@link app.admired.nlp.sentiment.TargetedSentiment} (used by {@link
 * app.admired.nlp.PersonAnnotator}, and by the evaluation and training commands on raw sentences).
 */
package app.admired.nlp.sentiment;
