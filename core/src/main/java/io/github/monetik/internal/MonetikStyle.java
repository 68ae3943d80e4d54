package io.github.monetik.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style for Monetik's value types. SOURCE retention, JDK-only collections and no
 * classpath annotations but {@code @Override}: nothing of Immutables reaches the bytecode users load.
 * Implementations ({@code Immutable*}) are package-private and hidden behind the abstract type.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jdk9Collections = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface MonetikStyle {}
