package seqlab.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferenceStoreTest {

    @TempDir
    Path dir;

    @Test
    void valuesWrittenToTheFileAreReadByTheNextStore() {
        Path file = dir.resolve("sub").resolve("workbench.properties");
        PreferenceStore first = PreferenceStore.in(file);
        first.put("view.zoom-percent", "130");
        first.put("recent", "a\nb c");
        assertTrue(Files.isRegularFile(file));
        PreferenceStore second = PreferenceStore.in(file);
        assertEquals(130, second.getInt("view.zoom-percent", 100));
        assertEquals(Optional.of("a\nb c"), second.get("recent"));
        second.put("recent", null);
        assertEquals(Optional.empty(), PreferenceStore.in(file).get("recent"));
    }

    @Test
    void unreadableValuesFallBackAndAnInMemoryStoreWritesNoFile() throws Exception {
        Path file = dir.resolve("workbench.properties");
        Files.writeString(file, "view.zoom-percent=big\nview.presentation=yes\n", StandardCharsets.UTF_8);
        PreferenceStore store = PreferenceStore.in(file);
        assertEquals(100, store.getInt("view.zoom-percent", 100));
        assertFalse(store.getBoolean("view.presentation", false));
        PreferenceStore memory = PreferenceStore.inMemory();
        memory.put("k", "v");
        assertEquals(Optional.of("v"), memory.get("k"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aStoreThatCannotBeWrittenKeepsTheValueAndSaysWhy() throws Exception {
        Path folder = dir.resolve("taken");
        Files.createDirectories(folder);
        PreferenceStore store = PreferenceStore.in(folder);
        store.put("k", "v");
        assertEquals(Optional.of("v"), store.get("k"));
        assertTrue(store.lastProblem().contains(folder.toString()), store.lastProblem());
    }

    @Test
    void recentFilesKeepTheLastEightNewestFirstAcrossStores() {
        PreferenceStore store = PreferenceStore.in(dir.resolve("workbench.properties"));
        RecentFiles recent = new RecentFiles(store);
        for (int i = 1; i <= 10; i++) {
            recent.add(dir.resolve("data" + i + ".txt"));
        }
        recent.add(dir.resolve("data5.txt"));
        List<Path> files = new RecentFiles(PreferenceStore.in(dir.resolve("workbench.properties"))).list();
        assertEquals(RecentFiles.MOST, files.size());
        assertEquals(dir.resolve("data5.txt"), files.get(0));
        assertEquals(dir.resolve("data10.txt"), files.get(1));
        assertFalse(files.contains(dir.resolve("data2.txt")), "the oldest fall off");
        recent.remove(dir.resolve("data10.txt"));
        assertFalse(new RecentFiles(PreferenceStore.in(dir.resolve("workbench.properties"))).list()
                .contains(dir.resolve("data10.txt")));
    }
}
