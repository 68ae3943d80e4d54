/** Helpers shared inside Monetik. Not exported: nothing here is API. */
@NullMarked
package io.github.monetik.internal;

import org.jspecify.annotations.NullMarked;
