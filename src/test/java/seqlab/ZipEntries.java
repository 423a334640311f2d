package seqlab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and rewrites the entries of a model or experiment zip, for crafting damaged files in tests. */
public final class ZipEntries {

    public static final ObjectMapper JSON = new ObjectMapper();

    private ZipEntries() {
    }

    /** Writes a zip whose entry {@code name} inflates to {@code zeros} zero bytes (a zip bomb when large). */
    public static void bomb(java.io.OutputStream target, String name, long zeros) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[1 << 20];
            for (long left = zeros; left > 0; left -= block.length) {
                zip.write(block, 0, (int) Math.min(block.length, left));
            }
            zip.closeEntry();
        }
    }

    public static Map<String, byte[]> read(Path zipFile) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    public static Path write(Path target, Map<String, byte[]> entries) throws IOException {
        Files.write(target, bytes(entries));
        return target;
    }

    /** The zip holding {@code entries}, in their order. */
    public static byte[] bytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A copy of {@code source} at {@code target} whose JSON entry {@code entry} is changed by {@code edit}. */
    public static Path editJson(Path source, Path target, String entry, UnaryOperator<ObjectNode> edit) throws IOException {
        Map<String, byte[]> entries = read(source);
        ObjectNode doc = (ObjectNode) JSON.readTree(entries.get(entry));
        entries.put(entry, JSON.writeValueAsBytes(edit.apply(doc)));
        return write(target, entries);
    }
}
