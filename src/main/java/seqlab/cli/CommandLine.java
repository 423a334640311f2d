package seqlab.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import seqlab.data.DataException;
import seqlab.data.FileProblem;
import seqlab.model.Hyperparameter;
import seqlab.model.TrainingException;

/** Runs one command and turns user errors into a one-line message and exit code 2. */
public final class CommandLine {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for bad input or bad usage. */
    public static final int USER_ERROR = 2;
    /** Exit code for an internal failure. */
    public static final int INTERNAL_ERROR = 1;

    private static final String USAGE = """
            usage: seqlab <command> [options]
              train    --data FILE [--labels FILE] [--validation FILE] --model OUT [hyperparameters]
                       [--history FILE] [--json]
              evaluate --model M --data FILE [--k 1,5,10,20] [--seen-items exclude|rank] [--json]
              predict  --model M (--prefix "1 2" | --prefix-file FILE, - for stdin) [--top 10] [--json]
              recommend --model M --data FILE [--top 10] [--seen-items exclude|rank | --exclude-seen]
                       [--out recs.csv] [reading options]: CSV sequence,rank,item,label,probability for
                       every sequence (to stdout without --out)
              explain  --model M --prefix "1 2" [--top 5] [--json]: after each item of the prefix, the top
                       items with probabilities (the last step is predict's) and what followed it in training
              embeddings --model M --out DIR: DIR/vectors.tsv and DIR/metadata.tsv (item, label, count) for
                       TensorBoard's Embedding Projector
              sweep    --data FILE --vary NAME=V1,V2 [--vary NAME=V1,V2] [--seeds N] [train flags]
                       [--csv OUT] [--curves OUT] [--history FILE] [--json]
              bench    [--data FILE [--validation FILE] | --sequences N --items N --mean-length N]
                       [--target-hr10 X] [--predictions N] [hyperparameters] [--json]
              bench    --quality [--only NAME[,NAME]] [hyperparameters] [--json]
                       [--synthetic-sequences N] [--synthetic-length N]: trains on each of margarine,
                       movielens, synthetic-1..3 (order-k processes) and prints test and validation
                       HR@10, MRR@10, HR@1 of lstm, markov, popularity and (synthetic) the Bayes ceiling
              bench    --recommend --model M --data FILE [--top 10] [--sequences N] [--json]: sequences/s
                       of recommend (batched) and of one predict per sequence
              bench    --inside --model M --data FILE [--prefix-length 20] [--repeats 20] [--json]: ms
                       of the Trace tab's trace and evidence, the item map's projection, nearest items
            hyperparameters (value range, default):
            %s
            reading: --format auto|lines|table; tables only: --sequence-column C --item-column C --time-column C,
                     train: --label-column C (the items' names, in the same table)
            without a command, java -jar seqlab.jar opens the workbench""".formatted(hyperparameterLines());

    private static String hyperparameterLines() {
        return String.join("\n", Arrays.stream(Hyperparameter.values())
                .map(h -> String.format("  --%-20s %s (%s)", h.key(), h.rangeText(), h.defaultText())).toList());
    }

    private CommandLine() {
    }

    /** Runs {@code args}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** Runs {@code args} with {@code in} as standard input; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? USER_ERROR : OK;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "train" -> new TrainCommand(out, err).run(rest);
                case "evaluate" -> new EvaluateCommand(out, err).run(rest);
                case "predict" -> new PredictCommand(in, out, err).run(rest);
                case "recommend" -> new RecommendCommand(out, err).run(rest);
                case "explain" -> new ExplainCommand(out, err).run(rest);
                case "embeddings" -> new EmbeddingsCommand(out, err).run(rest);
                case "bench" -> new BenchCommand(out, err).run(rest);
                case "sweep" -> new SweepCommand(out, err).run(rest);
                default -> throw new UsageException("unknown command '" + args[0]
                        + "' (commands: train, evaluate, predict, recommend, explain, embeddings, sweep, bench)");
            }
            return OK;
        } catch (UsageException | DataException | TrainingException e) {
            err.println("seqlab: " + e.getMessage());
            if (e instanceof UsageException) {
                err.println("run 'seqlab help' for usage");
            }
            return USER_ERROR;
        } catch (OutOfMemoryError e) {
            err.println("seqlab: out of memory; use a smaller batch size, fewer items (--min-item-frequency)"
                    + " or a larger heap (java -Xmx...)");
            return USER_ERROR;
        } catch (java.io.IOException e) {
            err.println("seqlab: " + (e instanceof java.nio.file.FileSystemException
                    ? FileProblem.describe(null, "go on", e) : e.getMessage()));
            return USER_ERROR;
        } catch (java.io.UncheckedIOException e) {
            err.println("seqlab: " + FileProblem.describe(null, "go on", e.getCause()));
            return USER_ERROR;
        }
    }
}
