/**
 * Evaluation: measures the NLP stage against labelled public data — NewsMTSC for sentiment toward a
 * target, Wikigold (CoNLL) for person names — and trains the targeted sentiment model. Reads the
 * data formats and computes the metrics; the NLP itself is {@link app.admired.nlp}'s public face.
 */
package app.admired.eval;
