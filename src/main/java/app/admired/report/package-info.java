/**
 * Report: the ranked "most admired" table, derived from the index alone.
 *
 * <p>Owns corpus-wide name linking, the score ({@link app.admired.report.Ranking},
 * {@link app.admired.report.WilsonBound}) and the CSV files ({@link app.admired.report.ReportWriter}).
 * The formula is documented in docs/ARCHITECTURE.md; every number in a row can be recomputed from
 * the mentions behind it.
 */
package app.admired.report;
