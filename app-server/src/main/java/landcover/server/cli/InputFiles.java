package landcover.server.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads files named on the command line, turning I/O failures into {@link BadInputException}. */
final class InputFiles {
    private InputFiles() {}

    /** The whole file as UTF-8 text. */
    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException("cannot read " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
