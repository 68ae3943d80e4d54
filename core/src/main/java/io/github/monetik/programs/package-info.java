/**
 * Creator programs: who may earn from which TikTok program, in which country and on which day, and
 * what it pays.
 *
 * <p>A {@link io.github.monetik.programs.CreatorProfile} is checked against a
 * {@link io.github.monetik.programs.Program}'s dated terms ({@link io.github.monetik.programs.ProgramTerms}):
 * the result is an {@link io.github.monetik.programs.EligibilityReport} that explains every
 * requirement ({@link io.github.monetik.programs.RequirementCheck}) and how far off the creator is.
 * The creator's country chooses the rules where TikTok's differ by country (a program's countries,
 * TikTok Shop's markets by launch day, local minimum ages, Subscription's revenue shares); a
 * program is never eligible before it opened or after it closed. {@link io.github.monetik.programs.Programs}
 * is the door ({@code Monetik.defaults().programs()}); it also estimates pay from views
 * ({@link io.github.monetik.programs.Activity}), video by video
 * ({@link io.github.monetik.programs.ProgramEstimate}, {@link io.github.monetik.programs.VideoCheck}),
 * and schedules monthly payouts ({@link io.github.monetik.programs.PayoutSchedule}). Every result
 * carries the door's {@link io.github.monetik.report.Provenance} and its notes, exports
 * {@link io.github.monetik.report.Rows} and prints as a small table. Receives its policy
 * ({@link io.github.monetik.programs.ProgramPolicy}); never reads the rules book.
 */
@NullMarked
package io.github.monetik.programs;

import org.jspecify.annotations.NullMarked;
