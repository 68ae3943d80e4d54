/** The entry point, {@link io.github.monetik.Monetik}: one door to every calculation. */
package io.github.monetik;
