/** Monetik's exact totals inside Apache Flink. */
@NullMarked
package io.github.monetik.flink;

import org.jspecify.annotations.NullMarked;
