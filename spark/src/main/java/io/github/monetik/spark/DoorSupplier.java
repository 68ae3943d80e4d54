package io.github.monetik.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * How an executor builds a Monetik door: a serializable recipe, shipped once with the function and
 * called once per JVM, for example {@code () -> Monetik.defaults().gifts()} or
 * {@code () -> Monetik.asOf(LocalDate.of(2025, 3, 1), "GB").gifts()}. A door is not shipped itself:
 * its catalog and policies are rebuilt where the function runs, so the recipe must give an equal door
 * on every machine (a catalog read from a file must be the same file everywhere).
 *
 * @param <T> the door's type
 */
@FunctionalInterface
public interface DoorSupplier<T> extends Supplier<T>, Serializable {}
