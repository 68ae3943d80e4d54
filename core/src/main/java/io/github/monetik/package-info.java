/** The entry point, {@link io.github.monetik.Monetik}: one door to every calculation. */
@NullMarked
package io.github.monetik;

import org.jspecify.annotations.NullMarked;
