/**
 * admired's root package holds no stage: only {@link app.admired.SuppressForbidden}, the build-check
 * annotation every stage may use. The stages are its sub-packages (ingest, nlp, index, report, cli, eval).
 */
package app.admired;
