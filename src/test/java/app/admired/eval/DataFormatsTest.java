package app.admired.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.nlp.CharSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFormatsTest {

    @TempDir
    Path temp;

    @Test
    void readsNewsMtscTargetsAndPolarities() throws Exception {
        Path file = temp.resolve("d.jsonl");
        Files.writeString(
                file,
                "{\"sentence_normalized\": \"Ada praised Bob.\", \"targets\": ["
                        + "{\"from\": 0, \"to\": 3, \"mention\": \"Ada\", \"polarity\": 4.0},"
                        + "{\"from\": 12, \"to\": 15, \"mention\": \"Bob\", \"polarity\": 6.0}]}\n\n"
                        + "{\"sentence_normalized\": \"Cy failed.\", \"targets\": [{\"from\": 0, \"to\": 2, \"polarity\": 2.0}]}\n");
        List<NewsMtsc.Sentence> data = NewsMtsc.read(file);
        assertEquals(2, data.size());
        assertEquals(
                List.of(new CharSpan(0, 3), new CharSpan(12, 15)), data.get(0).targets());
        assertEquals(List.of("neutral", "positive"), data.get(0).polarities());
        assertEquals(List.of("negative"), data.get(1).polarities());
    }

    @Test
    void badNewsMtscLineIsNamed() throws Exception {
        Path file = temp.resolve("bad.jsonl");
        Files.writeString(file, "{\"sentence_normalized\": \"Ok.\", \"targets\": []}\n{not json\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsMtsc.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        Files.writeString(
                file,
                "{\"sentence_normalized\": \"Ok.\", \"targets\": [{\"from\": 1, \"to\": 40, \"polarity\": 4}]}\n");
        e = assertThrows(IllegalArgumentException.class, () -> NewsMtsc.read(file));
        assertTrue(e.getMessage().contains("outside the sentence"), e.getMessage());
    }

    @Test
    void conllPersonSpansFromIoAndBioTags() throws Exception {
        Path file = temp.resolve("c.txt");
        Files.writeString(
                file,
                "-DOCSTART- O\n\nGrace I-PER\nHopper I-PER\nmet O\nAlan B-PER\nTuring I-PER\n"
                        + "Ada B-PER\n. O\n\nIBM I-ORG\nhired O\nJohn I-PER\n");
        List<Conll.Sentence> data = Conll.read(file);
        assertEquals(2, data.size());
        assertEquals(
                List.of("Grace", "Hopper", "met", "Alan", "Turing", "Ada", "."),
                data.get(0).tokens());
        assertEquals(3, data.get(0).persons().size());
        assertArrayEquals(new int[] {0, 2}, data.get(0).persons().get(0));
        assertArrayEquals(new int[] {3, 5}, data.get(0).persons().get(1));
        assertArrayEquals(new int[] {5, 6}, data.get(0).persons().get(2));
        assertArrayEquals(new int[] {2, 3}, data.get(1).persons().get(0));
        assertEquals(List.of(0, 0), data.stream().map(Conll.Sentence::document).toList());
    }

    @Test
    void conllDocstartLinesSeparateDocuments() throws Exception {
        Path file = temp.resolve("d.txt");
        Files.writeString(
                file,
                "-DOCSTART- O\n\nGrace I-PER\nspoke O\n\nShe O\nleft O\n\n-DOCSTART- O\n\nAda I-PER\nwrote O\n"
                        + "-DOCSTART- O\nAlan I-PER\n");
        List<Conll.Sentence> data = Conll.read(file);
        assertEquals(
                List.of(0, 0, 1, 2), data.stream().map(Conll.Sentence::document).toList());
    }

    @Test
    void conllLineWithoutTagIsAnError() throws Exception {
        Path file = temp.resolve("c.txt");
        Files.writeString(file, "Grace I-PER\nHopper\n");
        assertThrows(IllegalArgumentException.class, () -> Conll.read(file));
    }
}
