package seqlab.ui.inside;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

public class EmbeddingMapController {

    private final EmbeddingMapViewModel viewModel;
    private final EmbeddingCanvas canvas = new EmbeddingCanvas();
    private double dragX;
    private double dragY;
    private boolean dragged;

    @FXML private VBox root;
    @FXML private TextField searchField;
    @FXML private Label axesLabel;
    @FXML private Label messageLabel;
    @FXML private Label exportLabel;
    @FXML private Pane canvasHolder;
    @FXML private ListView<String> neighboursList;

    public EmbeddingMapController(EmbeddingMapViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        canvas.setId("embeddingCanvas");
        canvasHolder.getChildren().add(canvas);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        axesLabel.textProperty().bind(viewModel.axesProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        neighboursList.setItems(viewModel.neighbours());
        viewModel.mapProperty().addListener((obs, old, now) -> {
            canvas.show(now);
            select();
        });
        viewModel.neighbours().addListener((ListChangeListener<String>) c -> select());
        viewModel.selectedProperty().addListener((obs, old, now) -> select());
        canvas.show(viewModel.mapProperty().get());
        select();
        canvas.setOnScroll(e -> canvas.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY()));
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            dragged = true;
            canvas.panBy(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnMouseMoved(e -> canvas.hover(canvas.itemAt(e.getX(), e.getY())));
        canvas.setOnMouseClicked(e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                viewModel.selectedProperty().set(canvas.itemAt(e.getX(), e.getY()));
            }
        });
    }

    private void select() {
        List<Integer> near = new ArrayList<>(viewModel.neighbourIndices());
        canvas.select(viewModel.selectedProperty().get(), near);
    }

    /** How long the last redraw of the map took, in milliseconds. */
    double lastRedrawMillis() {
        return canvas.lastDrawNanos() / 1e6;
    }

    @FXML
    private void search() {
        viewModel.search();
        canvas.centreOn(viewModel.selectedProperty().get());
    }

    @FXML
    private void resetView() {
        canvas.resetView();
    }

    @FXML
    private void copyNeighbours() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.neighboursText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void exportPng() {
        String done = ViewExport.png(canvas, "embedding-map.png");
        if (!done.isEmpty()) {
            exportLabel.setText(done);
        }
    }

}
