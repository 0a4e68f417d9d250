package org.clusterdev.engine.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.clusterdev.engine.io.RejectedInputException;
import org.clusterdev.engine.io.RowProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code clusterdev-map}: cluster mapping from the command line. Exit status 0 on success, 2 for bad arguments
 * (with the usage), 1 when the work fails (unreadable or refused input), with the reason on standard error.
 */
@Command(
        name = "clusterdev-map",
        mixinStandardHelpOptions = true,
        version = "clusterdev-map 0.1.0",
        description = "Finds clusters of enterprises in firm data, generates synthetic data sets and computes "
                + "regional indicators.",
        subcommands = {FindCommand.class, GenerateCommand.class, IndicatorsCommand.class})
public final class ClusterdevMap implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests and embedding). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error writers and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ClusterdevMap());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("clusterdev-map " + line.getCommandName() + ": " + explain(e));
            if (!(e instanceof IllegalArgumentException || e instanceof UncheckedIOException)) {
                e.printStackTrace(line.getErr()); // a bug, not a user error: keep the evidence
            }
            if (e instanceof RejectedInputException rejected) {
                int shown = Math.min(20, rejected.problems().size());
                for (RowProblem problem : rejected.problems().subList(0, shown)) {
                    line.getErr().println("  " + problem);
                }
                if (rejected.problemCount() > shown) {
                    line.getErr().println("  ... and " + (rejected.problemCount() - shown) + " more");
                }
                line.getErr().println("Fix these rows, or leave them out with --bad-rows skip.");
            }
            line.getErr().flush();
            return 1;
        });
        return commandLine.execute(args);
    }

    private static String explain(Exception e) {
        if (e instanceof RejectedInputException rejected) {
            return rejected.problemCount() + " bad row" + (rejected.problemCount() == 1 ? "" : "s")
                    + " in the input; nothing was written:";
        }
        if (e instanceof UncheckedIOException io) {
            return io.getMessage() + " (" + io.getCause().getMessage() + ")";
        }
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.toString();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is needed: find, generate or indicators");
    }
}
