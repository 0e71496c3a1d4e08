package app.admired.nlp.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    private static final SentenceEncoder ENCODER = SentenceEncoder.shared();

    @Test
    void givesOneVectorPerPieceWithWordsMapped() {
        // "Okonjo-Iweala" is several word pieces of one word; [CLS] and [SEP] map to no word.
        SentenceEncoder.States states = ENCODER.encode(List.of("Ngozi", "Okonjo-Iweala", "won", "."));
        assertTrue(states.pieces() > 6, "pieces: " + states.pieces());
        float[] sentence = states.sentenceMean();
        assertEquals(SentenceEncoder.DIMENSIONS, sentence.length);
        float[] name = states.spanMean(0, 2);
        float[] verb = states.spanMean(2, 3);
        assertTrue(distance(name, verb) > 0.1, "the name and the verb have different vectors");
    }

    @Test
    void sameSentenceSameVectorsWhateverWasEncodedBefore() {
        List<String> words = List.of("Lisa", "Su", "is", "a", "role", "model", ".");
        float[] first = ENCODER.encode(words).spanMean(0, 2);
        ENCODER.encode(List.of("A", "much", "longer", "sentence", "about", "something", "else", "entirely", "."));
        float[] again = ENCODER.encode(words).spanMean(0, 2);
        assertArrayEquals(first, again);
    }

    @Test
    void contextDecidesTheTargetVector() {
        float[] praised =
                ENCODER.encode(List.of("Everyone", "admires", "Jones", ".")).spanMean(2, 3);
        float[] mocked =
                ENCODER.encode(List.of("Everyone", "mocks", "Jones", ".")).spanMean(2, 3);
        assertTrue(distance(praised, mocked) > 0.01);
    }

    @Test
    void emptyAndOverlongInputAreHandled() {
        SentenceEncoder.States empty = ENCODER.encode(List.of());
        assertEquals(2, empty.pieces());
        assertEquals(SentenceEncoder.DIMENSIONS, empty.spanMean(0, 1).length);
        List<String> longWords = java.util.Collections.nCopies(400, "word");
        SentenceEncoder.States truncated = ENCODER.encode(longWords);
        assertEquals(SentenceEncoder.MAX_PIECES, truncated.pieces());
        // a word past the cut has no pieces: the sentence mean stands in for it
        assertArrayEquals(truncated.sentenceMean(), truncated.spanMean(390, 391));
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }
}
