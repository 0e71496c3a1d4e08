package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameNormalizerTest {

    private final NameNormalizer normalizer = NameNormalizer.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Larry Ellison|Larry Ellison",
                "Mr. Bezos's|Bezos",
                "Mr Bezos’s|Bezos",
                "Steve Jobs'|Steve Jobs",
                "Dr. Grace Hopper|Grace Hopper",
                "CEO Lisa Su|Lisa Su",
                "President and CEO Lisa Su|Lisa Su",
                "  Satya   Nadella |Satya Nadella",
                "Jane Roe, PhD|Jane Roe",
                "Martin Luther King Jr.|Martin Luther King Jr.",
                "Sean O'Brien|Sean O'Brien",
                "Jean-Luc Picard|Jean-Luc Picard",
                "\"Ada Lovelace\"|Ada Lovelace",
                "J. K. Rowling|J. K. Rowling",
                "Ludwig van Beethoven|Ludwig van Beethoven",
            })
    void cleansNames(String surface, String expected) {
        assertEquals(Optional.of(expected), normalizer.normalize(surface));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mr.", "CEO", "Dr", "2011", "R2D2 Smith", "'s", "-", "A"})
    void rejectsWhatIsNotAName(String surface) {
        assertEquals(Optional.empty(), normalizer.normalize(surface));
    }

    @org.junit.jupiter.api.Test
    void composesDecomposedAccents() {
        String decomposed = "Jose\u0301 Marti\u0301";
        assertEquals(Optional.of("Jos\u00E9 Mart\u00ED"), normalizer.normalize(decomposed));
    }
}
