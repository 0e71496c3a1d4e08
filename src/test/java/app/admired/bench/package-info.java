/**
 * Benchmark tooling (test scope, not shipped): a seeded corpus generator, the naive CoreNLP
 * baseline a user would write first, and a timed in-process {@code admired run}. Driven by
 * {@code bench/run}; figures go to docs/PERFORMANCE.md.
 */
package app.admired.bench;
