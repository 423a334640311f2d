package seqlab;

import seqlab.cli.CommandLine;

/**
 * Entry point of {@code java -jar seqlab.jar}: with a command, the command line; without one,
 * the desktop workbench. Not a JavaFX Application subclass, so the jar starts on a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            seqlab.ui.app.DesktopLauncher.launch(args);
            return;
        }
        System.exit(CommandLine.run(args, System.out, System.err));
    }
}
