/**
 * The command line: {@code train}, {@code evaluate}, {@code predict}, {@code recommend},
 * {@code sweep} and {@code bench} over the same core the workbench uses. Tables go to stdout, or JSON with {@code --json}; progress goes
 * to stderr; user errors end with exit code 2 and one line naming the problem.
 */
package seqlab.cli;
