package seqlab.ui.app;

import java.util.OptionalInt;

import javafx.application.Application;

public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * Starts the workbench. Under {@code java -jar} it runs in a relaunched JVM with tuned options (see
     * {@link Relauncher}) and this JVM exits with its exit code; otherwise, or if that fails, in this JVM.
     */
    public static void launch(String[] args) {
        if (Relauncher.wanted()) {
            OptionalInt code = Relauncher.run(args);
            if (code.isPresent()) {
                System.exit(code.getAsInt());
            }
        }
        Application.launch(SeqLabApp.class, args);
    }
}
