/** Monetik's exact totals inside Apache Spark. */
@NullMarked
package io.github.monetik.spark;

import org.jspecify.annotations.NullMarked;
