/**
 * Creator programs: who may earn from which TikTok program, and what it pays.
 *
 * <p>A {@link io.github.monetik.programs.CreatorProfile} is checked against a
 * {@link io.github.monetik.programs.Program}'s dated terms ({@link io.github.monetik.programs.ProgramTerms}):
 * the result is an {@link io.github.monetik.programs.EligibilityReport} that explains every
 * requirement and how far off the creator is. {@link io.github.monetik.programs.Programs} is the
 * door ({@code Monetik.defaults().programs()}); it also estimates pay from views
 * ({@link io.github.monetik.programs.Activity}) and schedules monthly payouts
 * ({@link io.github.monetik.programs.PayoutSchedule}). Receives its policy
 * ({@link io.github.monetik.programs.ProgramPolicy}); never reads the rules book.
 */
@NullMarked
package io.github.monetik.programs;

import org.jspecify.annotations.NullMarked;
