package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data and labels files in the encodings spreadsheets and editors write. */
class TextFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        Path p = dir.resolve(name);
        try (var out = Files.newOutputStream(p)) {
            for (byte[] b : parts) {
                out.write(b);
            }
        }
        return p;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void aLatin1CsvIsReadAsWindows1252AndTheSummarySaysSo() throws IOException {
        Path csv = write("purchases.csv", "customer,product\n1,Café crème\n1,Thé\n2,Café crème\n2,Crêpe\n"
                .getBytes(Charset.forName("windows-1252")));
        SequenceData data = new SequenceReader().read(csv);
        assertEquals(List.of(List.of("Café crème", "Thé"), List.of("Café crème", "Crêpe")), data.sequences());
        assertEquals(TextFile.WINDOWS_1252, data.encoding());
        assertTrue(DataSummary.of(data, 3).describe().contains(
                "read as Windows-1252 (Latin-1): the file is not valid UTF-8"), DataSummary.of(data, 3).describe()::toString);
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheFirstItem() throws IOException {
        Path f = write("bom.txt", bytes(0xEF, 0xBB, 0xBF), "1 2 3\n1 2\n".getBytes(StandardCharsets.UTF_8));
        SequenceData data = new SequenceReader().read(f);
        assertEquals(List.of(List.of("1", "2", "3"), List.of("1", "2")), data.sequences());
        assertEquals(TextFile.UTF_8, data.encoding());
        assertEquals(3, DataSummary.of(data, 3).distinctItems());
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        Path le = write("le.txt", bytes(0xFF, 0xFE), "1 2\n2 3\n".getBytes(StandardCharsets.UTF_16LE));
        Path be = write("be.txt", bytes(0xFE, 0xFF), "1 2\n2 3\n".getBytes(StandardCharsets.UTF_16BE));
        for (Path f : List.of(le, be)) {
            SequenceData data = new SequenceReader().read(f);
            assertEquals(List.of(List.of("1", "2"), List.of("2", "3")), data.sequences(), f.toString());
        }
        assertEquals("UTF-16LE", new SequenceReader().read(le).encoding());
    }

    @Test
    void binaryDataAFolderAndAMissingFileAreNamedNotThrownAsStackTraces() throws IOException {
        Path binary = write("model.zip", bytes(0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08));
        DataException e = assertThrows(DataException.class, () -> new SequenceReader().read(binary));
        assertEquals(binary + ": not a text file (it holds binary data: a zero byte at offset 4; UTF-16 text needs"
                + " a byte-order mark)", e.getMessage());
        e = assertThrows(DataException.class, () -> new SequenceReader().read(dir));
        assertEquals(dir + ": is a folder, not a file", e.getMessage());
        e = assertThrows(DataException.class, () -> new SequenceReader().read(Path.of("/dev/null")));
        assertEquals("/dev/null: not a regular file (a device or a pipe); give a file", e.getMessage());
        Path missing = dir.resolve("gone.txt");
        e = assertThrows(DataException.class, () -> ItemLabels.read(missing));
        assertEquals(missing + ": file not found", e.getMessage());
    }

    @Test
    void aLatin1LabelsFileKeepsItsAccentsAndABrokenHeaderIsALineMessage() throws IOException {
        Path labels = write("items.csv", "id,label\n1,Café\n2,Crème brûlée\n".getBytes(Charset.forName("windows-1252")));
        assertEquals("Crème brûlée", ItemLabels.read(labels).display("2"));
        Path broken = write("broken.csv", "id,\"label\n1,x\n".getBytes(StandardCharsets.UTF_8));
        DataException e = assertThrows(DataException.class, () -> ItemLabels.read(broken));
        assertEquals(broken + ":1: a quoted field is not closed", e.getMessage());
    }
}
