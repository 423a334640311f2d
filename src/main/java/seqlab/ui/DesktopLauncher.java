package seqlab.ui;

import javafx.application.Application;

public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(SeqLabApp.class, args);
    }
}
