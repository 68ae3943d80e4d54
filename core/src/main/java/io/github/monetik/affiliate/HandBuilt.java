package io.github.monetik.affiliate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@code MonetikStyle} for the value types whose builders and copies are written by hand, so that
 * every null they are given is named ({@code events[3]}) and no {@code Optional} is a parameter:
 * no generated builder, no generated {@code with*}. The same settings otherwise. Given here, in the
 * style (SOURCE retention), and not as {@code @Value.Immutable(builder = false, copy = false)}:
 * annotation elements would reach the bytecode, and a user compiling with {@code -Werror} and no
 * Immutables would fail on "cannot find annotation method builder()".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(builder = false, copy = false))
@interface HandBuilt {}
