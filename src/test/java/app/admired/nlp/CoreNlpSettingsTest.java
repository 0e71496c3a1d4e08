package app.admired.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoreNlpSettingsTest {

    @Test
    void fingerprintIsStableAndSeparatesCoref() {
        String plain = CoreNlpSettings.fingerprint(false);
        assertEquals(plain, CoreNlpSettings.fingerprint(false));
        assertTrue(plain.matches("nlp=[0-9a-f]{16};coref=false"), plain);
        assertNotEquals(plain, CoreNlpSettings.fingerprint(true));
    }
}
