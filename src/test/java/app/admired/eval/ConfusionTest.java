package app.admired.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTest {

    @Test
    void accuracyAndMacroF1ByHand() {
        Confusion c = new Confusion(List.of("negative", "neutral", "positive"));
        // gold negative: 2 right, 1 called neutral; gold neutral: 1 right, 1 called positive;
        // gold positive: 1 right, 1 with no verdict.
        c.add("negative", "negative");
        c.add("negative", "negative");
        c.add("negative", "neutral");
        c.add("neutral", "neutral");
        c.add("neutral", "positive");
        c.add("positive", "positive");
        c.add("positive", "none");
        assertEquals(7, c.total());
        assertEquals(4.0 / 7, c.accuracy(), 1e-12);
        double f1Negative = 2 * 1.0 * (2.0 / 3) / (1.0 + 2.0 / 3); // P 2/2, R 2/3
        double f1Neutral = 2 * 0.5 * 0.5 / (0.5 + 0.5); // P 1/2, R 1/2
        double f1Positive = 2 * 0.5 * 0.5 / (0.5 + 0.5); // P 1/2, R 1/2
        assertEquals(f1Negative, c.f1(0), 1e-12);
        assertEquals(f1Neutral, c.f1(1), 1e-12);
        assertEquals(f1Positive, c.f1(2), 1e-12);
        assertEquals((f1Negative + f1Neutral + f1Positive) / 3, c.macroF1(), 1e-12);
    }

    @Test
    void emptyMatrixIsZeroNotNaN() {
        Confusion c = new Confusion(List.of("a", "b"));
        assertEquals(0.0, c.accuracy());
        assertEquals(0.0, c.macroF1());
    }
}
