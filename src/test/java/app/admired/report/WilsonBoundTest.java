package app.admired.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonBoundTest {

    private static final double Z = WilsonBound.Z_95;

    @Test
    void noEvidenceIsZero() {
        assertEquals(0.0, WilsonBound.lower(0, 0, Z));
    }

    @Test
    void noPositiveEvidenceIsExactlyZero() {
        assertEquals(0.0, WilsonBound.lower(0, 1.5, Z));
        assertEquals(0.0, WilsonBound.lower(0, 7, Z));
    }

    @Test
    void allPositiveEvidenceIsNOverNPlusZSquared() {
        // With p = 1 the bound reduces to n / (n + z^2).
        assertEquals(1 / (1 + Z * Z), WilsonBound.lower(1, 1, Z), 1e-12);
        assertEquals(10 / (10 + Z * Z), WilsonBound.lower(10, 10, Z), 1e-12);
    }

    @Test
    void knownValue() {
        // 8 positive of 10: Wilson 95 % lower bound is 0.4902 (textbook value).
        assertEquals(0.4902, WilsonBound.lower(8, 10, Z), 1e-4);
    }

    @Test
    void moreEvidenceAtTheSameShareRanksHigher() {
        assertTrue(WilsonBound.lower(20, 25, Z) > WilsonBound.lower(4, 5, Z));
    }
}
