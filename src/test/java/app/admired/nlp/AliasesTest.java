package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AliasesTest {

    @Test
    void parsesRowsSkipsTheHeaderAndMatchesWhateverTheCase() {
        Aliases aliases =
                Aliases.parse("\uFEFFalias,canonical\nZuck,Mark Zuckerberg\n\"Ellison, Larry\",Larry Ellison\n");
        assertEquals("Mark Zuckerberg", aliases.apply("ZUCK"));
        assertEquals("Larry Ellison", aliases.apply("Ellison, Larry"));
        assertEquals("Bill Gates", aliases.apply("Bill Gates"));
        assertEquals("Zuck,Mark Zuckerberg\nEllison, Larry,Larry Ellison\n", aliases.toCsv());
    }

    @Test
    void aRowThatIsNotAliasCommaCanonicalIsNamed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Aliases.parse("Zuck,Mark Zuckerberg\nonly-one-field\n"));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Aliases.parse("a,b,c\n"));
        assertThrows(IllegalArgumentException.class, () -> Aliases.parse("\"unclosed,quote\n"));
    }
}
