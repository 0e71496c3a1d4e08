package app.admired.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    @Test
    void parsesEveryKey() {
        ColumnMapping mapping =
                ColumnMapping.parse("text=body, author=user,date=posted_at,article=post_id,title=headline,KIND=type");
        assertEquals(
                Map.of(
                        ColumnMapping.Field.TEXT, "body",
                        ColumnMapping.Field.AUTHOR, "user",
                        ColumnMapping.Field.DATE, "posted_at",
                        ColumnMapping.Field.ARTICLE, "post_id",
                        ColumnMapping.Field.TITLE, "headline",
                        ColumnMapping.Field.KIND, "type"),
                mapping.columns());
        assertEquals(Optional.of("body"), mapping.columnFor(ColumnMapping.Field.TEXT));
    }

    @Test
    void blankIsNone() {
        assertEquals(ColumnMapping.NONE, ColumnMapping.parse(null));
        assertEquals(ColumnMapping.NONE, ColumnMapping.parse("  "));
        assertEquals(Optional.empty(), ColumnMapping.NONE.columnFor(ColumnMapping.Field.TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text=body,colour=red|unknown column mapping key 'colour' (known keys: text, author, date, article, title, kind, role)",
                "text|column mapping entry 'text' is not key=column",
                "text=|column mapping key 'text' has no column name",
                "text=a,text=b|column mapping key 'text' is given twice",
                "text=a,,author=b|column mapping entry '' is not key=column",
            })
    void rejectsBadMappings(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse(spec));
        assertEquals(message, e.getMessage());
    }
}
