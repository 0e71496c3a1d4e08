package app.admired;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows one class, method or field to use an API that forbiddenapis forbids (src/build/forbidden/*.txt
 * and the bundled JDK signatures). forbiddenapis recognises any annotation with this simple name; keep
 * each use to the one place that needs it and say why in {@link #value()}.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
    /** Why this place may use the forbidden API. */
    String value();
}
