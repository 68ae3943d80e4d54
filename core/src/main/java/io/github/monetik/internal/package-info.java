/** Helpers shared inside Monetik. Not exported: nothing here is API. */
package io.github.monetik.internal;
