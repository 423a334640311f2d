package seqlab.cli;
public final class CommandLine { public static int run(String[] a, java.io.PrintStream o, java.io.PrintStream e) { return 1; } }
