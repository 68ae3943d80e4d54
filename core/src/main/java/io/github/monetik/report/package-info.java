/**
 * What every result shares: {@link io.github.monetik.report.Rows}, the one export type of every
 * report's {@code rows()}, and {@link io.github.monetik.report.Provenance}, where a result's rules
 * came from. Imports nothing of Monetik's domains; every domain imports it.
 */
@NullMarked
package io.github.monetik.report;

import org.jspecify.annotations.NullMarked;
