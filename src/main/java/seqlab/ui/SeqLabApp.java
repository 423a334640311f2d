package seqlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public class SeqLabApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("SeqLab");
        stage.setScene(new Scene(new Label("SeqLab workbench"), 1100, 750));
        stage.show();
    }
}
