/**
 * Who holds the view in a sentence, and what people are: quote spans ({@link
 * app.admired.nlp.attribution.QuoteSpans}), speakers of direct and reported speech
 * ({@link app.admired.nlp.attribution.Attribution}, rules in {@code speaker-patterns.tsv}), and
 * stated roles and organisations ({@link app.admired.nlp.attribution.RoleRules}, role words and
 * groups in {@code roles.tsv} and {@code role-groups.tsv}, read by {@link
 * app.admired.nlp.attribution.Roles}).
 *
 * <p>A sub-package of {@code nlp}: CoreNLP types are used here and never leave it; the public face
 * is {@link app.admired.nlp.attribution.Holder}, {@link app.admired.nlp.attribution.Roles} and
 * {@link app.admired.nlp.attribution.QuoteSpans}.
 */
package app.admired.nlp.attribution;
