package io.github.monetik.flink;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A serializable recipe for one of Monetik's doors ({@code Gifts}, {@code Streaks}, {@code Income}):
 * what a Flink function or serializer carries to the task managers instead of the door itself, which
 * is not serializable. Write it as a lambda or a method reference that builds the door from scratch,
 * for example {@code () -> Monetik.defaults().gifts()} or
 * {@code () -> Monetik.asOf(LocalDate.of(2025, 3, 1)).forCountry("US").gifts()}.
 *
 * <p>The recipe is called lazily, at most once per function or serializer instance in each JVM (the
 * door is kept in a transient field), so it may do real work, such as reading a gift list. It must
 * return a door with the same rules every time and on every machine: an accumulator's bytes are
 * restored only under a door whose rules digest to those the bytes were written under, so a recipe
 * that reads a changing file fails with a clear {@code IllegalArgumentException} naming {@code form}
 * rather than a wrong number.
 *
 * <p>A lambda's captured values are serialized with it: capture only serializable values (a
 * {@code LocalDate}, a {@code String}), never a built door. The recipe may be called from several
 * task threads at once (once per function or serializer instance): keep it free of shared mutable
 * state.
 *
 * @param <T> the door's type
 */
@FunctionalInterface
public interface DoorSupplier<T> extends Supplier<T>, Serializable {}
