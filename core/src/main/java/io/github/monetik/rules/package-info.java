/**
 * The rules book: {@link io.github.monetik.rules.Rules} gathers every domain's policy into one
 * dated value, and the presets classes hold every sourced number TikTok sets, each with its
 * source, date and confidence. This is the only package that knows real-world constants.
 */
@NullMarked
package io.github.monetik.rules;

import org.jspecify.annotations.NullMarked;
