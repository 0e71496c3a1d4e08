/**
 * NLP: finds the people in a {@link app.admired.ingest.SourceDocument} and the sentiment toward each
 * mention, with Stanford CoreNLP.
 *
 * <p>Owns all CoreNLP configuration ({@link app.admired.nlp.CoreNlpSettings}, the only place that
 * builds CoreNLP {@code Properties}), the shared pipeline ({@link app.admired.nlp.NlpPipeline}), name
 * normalisation and within-document linking ({@link app.admired.nlp.NameNormalizer},
 * {@link app.admired.nlp.NameLinker}) and the document-level repair of person spans ({@code
 * NameSpans}). Sub-packages by concept: {@code nlp.sentiment} (the verdict toward a person: cues,
 * encoder, classifier) and {@code nlp.attribution} (whose view it is: quotes, speakers, roles).
 * CoreNLP types stay inside {@code nlp} and its sub-packages: the public face is {@link
 * app.admired.nlp.PersonAnnotator}, which returns {@link app.admired.nlp.PersonMention} records.
 */
package app.admired.nlp;
