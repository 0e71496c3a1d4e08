/**
 * Spark: the batch's annotate-and-index stage as an Apache Spark job ({@code run --engine spark}).
 *
 * <p>Adds distribution only. The driver ({@link app.admired.spark.SparkEngine}) receives the files
 * the batch decided to read (the same incremental plan as a local run), slices them into
 * contiguous partitions of the sorted list, and runs one task per partition ({@link
 * app.admired.spark.ShardTask}): each executor JVM reads its files with the same {@code ingest}
 * code, annotates them with the same {@code nlp} code (the CoreNLP pipelines load once per JVM,
 * {@code NlpPipeline.shared()}) and writes a Lucene shard with the same {@code index} code. The
 * driver merges the shards of the successful attempts, in partition order, into the run's index
 * writer; the batch commits and writes the reports as for a local run. Spark types never leave this
 * package: the CLI sees plain Java records and {@link app.admired.spark.EngineException}.
 */
package app.admired.spark;
