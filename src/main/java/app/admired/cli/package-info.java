/**
 * CLI: the {@code admired} command line (picocli). Owns argument parsing, exit codes
 * ({@link app.admired.cli.ExitCodes}), the wiring of the stages for a batch run
 * ({@link app.admired.cli.Batch}) and what is printed. Commands write through
 * {@code spec.commandLine().getOut()/getErr()} so tests can capture them; nothing here calls
 * {@code System.exit} except {@link app.admired.cli.Main#main}.
 */
package app.admired.cli;
