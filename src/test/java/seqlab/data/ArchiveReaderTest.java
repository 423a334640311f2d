package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import seqlab.ZipEntries;

class ArchiveReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Doc(String name, int count) {
    }


    private Path zip(String name, byte[] content) throws IOException {
        Path f = dir.resolve("f.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return f;
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(
                Thread.currentThread().getId());
    }

    @Test
    void anEntryExpandingBeyondItsLimitIsRefusedWithoutBeingAllocated() throws IOException {
        Path f = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(f)) {
            ZipEntries.bomb(out, "seqlab.json", 256L << 20);
        }
        assertTrue(Files.size(f) < 1 << 20, "256 MB of zeros compress to well under 1 MB");
        try (ArchiveReader r = ArchiveReader.open(f, "bomb.zip", "test file")) {
            long limit = r.limitByRatio("seqlab.json", ArchiveReader.DOCUMENT_CEILING);
            assertTrue(limit < 256L << 20, "the limit follows the compressed size: " + limit);
            long before = allocatedByThisThread();
            DataException e = assertThrows(DataException.class, () -> r.read("seqlab.json", limit, "a description"));
            long allocated = allocatedByThisThread() - before;
            assertTrue(allocated < 3 * limit + (8 << 20), "allocated " + allocated + " bytes for a limit of " + limit);
            assertTrue(e.getMessage().startsWith("bomb.zip: seqlab.json: expands to more than "), e.getMessage());
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
        }
    }

    @Test
    void anEntryWithinItsLimitIsReadWhole() throws IOException {
        byte[] content = "hello".getBytes(StandardCharsets.UTF_8);
        try (ArchiveReader r = ArchiveReader.open(zip("a.txt", content), "f.zip", "test file")) {
            assertArrayEquals(content, r.read("a.txt", 5, "it"));
            assertThrows(DataException.class, () -> r.read("a.txt", 4, "it"));
            DataException e = assertThrows(DataException.class, () -> r.read("b.txt", 5, "it"));
            assertEquals("f.zip: b.txt: missing", e.getMessage());
        }
    }

    @Test
    void aNestedZipIsUnpackedWithinItsLimitsOnly() throws IOException {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        ZipEntries.bomb(inner, "coefficients.bin", 64L << 20);
        long before = allocatedByThisThread();
        DataException e = assertThrows(DataException.class,
                () -> ArchiveReader.unpack(inner.toByteArray(), "m.zip: network.zip", entry -> 1 << 20));
        assertTrue(allocatedByThisThread() - before < 16 << 20);
        assertTrue(e.getMessage().startsWith("m.zip: network.zip: coefficients.bin: expands to more than 1.0 MB"),
                e.getMessage());
        Map<String, byte[]> ok = ArchiveReader.unpack(inner.toByteArray(), "n", entry -> 64L << 20);
        assertEquals(64 << 20, ok.get("coefficients.bin").length);
    }

    @Test
    void truncatedJsonGivesOneLineNamingFileAndEntry() throws IOException {
        byte[] json = "{\"name\": \"a\", \"count\": 3}".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(json, 15);
        try (ArchiveReader r = ArchiveReader.open(zip("doc.json", cut), "f.zip", "test file")) {
            DataException e = assertThrows(DataException.class, () -> r.json("doc.json", 1000, JSON, Doc.class));
            assertEquals("f.zip: doc.json: the description is cut off (it ends in the middle, after 15 bytes); the file"
                    + " is truncated or damaged", e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void aWrongTypeNamesTheField() throws IOException {
        byte[] json = "{\"name\": \"a\", \"count\": [1, 2]}".getBytes(StandardCharsets.UTF_8);
        try (ArchiveReader r = ArchiveReader.open(zip("doc.json", json), "f.zip", "test file")) {
            DataException e = assertThrows(DataException.class, () -> r.json("doc.json", 1000, JSON, Doc.class));
            assertTrue(e.getMessage().startsWith("f.zip: doc.json: 'count' has the wrong type or value ("),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void notAZipAFolderAndAMissingFileAreNamed() throws IOException {
        Path text = Files.writeString(dir.resolve("t.txt"), "1 2 3\n");
        assertTrue(assertThrows(DataException.class, () -> ArchiveReader.open(text, "t.txt", "SeqLab model file"))
                .getMessage().startsWith("t.txt: not a SeqLab model file (not a zip file"));
        assertEquals("d: is a folder, not a SeqLab model file", assertThrows(DataException.class,
                () -> ArchiveReader.open(dir, "d", "SeqLab model file")).getMessage());
        assertEquals("m: file not found", assertThrows(DataException.class,
                () -> ArchiveReader.open(dir.resolve("missing.zip"), "m", "SeqLab model file")).getMessage());
    }
}
