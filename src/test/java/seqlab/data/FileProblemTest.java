package seqlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FileProblemTest {

    private static final Path FILE = Path.of("out/model.zip");

    @Test
    void aFullDiskIsNamedAsSuch() {
        assertEquals("out/model.zip: cannot write (the disk is full: free some space or choose another place)",
                FileProblem.describe(FILE, "write", new FileSystemException("out/.seqlab-1.tmp", null,
                        "No space left on device")));
        assertEquals("out/model.zip: cannot write (the disk is full: free some space or choose another place)",
                FileProblem.describe(FILE, "write", new IOException("No space left on device")));
    }

    @Test
    void permissionsMissingFilesAndEncodingsAreSaidInWords() {
        assertEquals("out/model.zip: cannot read (permission denied for /data/x)",
                FileProblem.describe(FILE, "read", new AccessDeniedException("/data/x")));
        assertEquals("out/model.zip: cannot read (not found: /data/x)",
                FileProblem.describe(FILE, "read", new NoSuchFileException("/data/x")));
        assertEquals("out/model.zip: cannot read (the bytes are not valid text in the expected encoding)",
                FileProblem.describe(FILE, "read", new MalformedInputException(1)));
    }

    @Test
    void withoutAFileTheExceptionsFileIsNamed() {
        assertEquals("/data/x: cannot go on (the disk is read-only: choose another place)",
                FileProblem.describe(null, "go on", new FileSystemException("/data/x", null, "Read-only file system")));
    }
}
