package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void writingReplacesTheFileCreatesFoldersAndRemovesOnlyStaleTemporaries() throws Exception {
        Path stale = Files.writeString(dir.resolve(".seqlab-123.tmp"), "left by a killed save");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path fresh = Files.writeString(dir.resolve(".seqlab-456.tmp"), "another save in progress");
        Path out = dir.resolve("runs.csv");
        Files.writeString(out, "old");
        OutputFile.write(out, "new".getBytes());
        assertEquals("new", Files.readString(out));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
        Path nested = dir.resolve("a/b/c.csv");
        OutputFile.write(nested, "x".getBytes());
        assertEquals("x", Files.readString(nested));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(".seqlab-456.tmp", "a", "runs.csv"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void checkRefusesFoldersInputsAndReadOnlyFiles() throws Exception {
        Path input = Files.writeString(dir.resolve("data.txt"), "1 2");
        DataException e = assertThrows(DataException.class,
                () -> OutputFile.check(dir.resolve("./data.txt"), "--model", List.of(input)));
        assertTrue(e.getMessage().endsWith("--model is also an input file of this run; it would be overwritten"
                + " (give another file name)"), e.getMessage());
        e = assertThrows(DataException.class, () -> OutputFile.check(dir, "--csv", List.of()));
        assertEquals(dir + ": --csv is a folder; give a file name", e.getMessage());
        Path readOnly = Files.writeString(dir.resolve("locked.zip"), "x");
        assertTrue(readOnly.toFile().setWritable(false));
        if (!Files.isWritable(readOnly)) { // root may write anyway
            e = assertThrows(DataException.class, () -> OutputFile.check(readOnly, "--model", List.of()));
            assertEquals(readOnly + ": --model cannot be written (the file is read-only)", e.getMessage());
        }
        OutputFile.check(dir.resolve("new/model.zip"), "--model", List.of(input));
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndAReplacedFileKeepsItsOwn() throws Exception {
        Path usual = Files.writeString(dir.resolve("made-by-any-program.txt"), "x");
        Path created = dir.resolve("new.csv");
        OutputFile.write(created, "x".getBytes());
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(created));

        Path kept = Files.writeString(dir.resolve("kept.csv"), "old");
        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(kept, own);
        OutputFile.write(kept, "new".getBytes());
        assertEquals(own, Files.getPosixFilePermissions(kept));
    }

    @Test
    void aFailedWriteNamesTheFileAndTheProblem() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(notAFolder.resolve("m.zip"), new byte[1]));
        assertTrue(e.getMessage().startsWith(notAFolder.resolve("m.zip") + ": cannot write ("), e.getMessage());
        assertEquals(List.of("plain.txt"), names());
    }

    private List<String> names() throws IOException {
        try (var left = Files.list(dir)) {
            return left.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
