/**
 * Daily interaction streaks between two or more people: {@link io.github.monetik.streaks.Interaction
 * interactions}, the {@link io.github.monetik.streaks.StreakPolicy} that says which of them keep a
 * streak alive, and the analysis ({@link io.github.monetik.streaks.Streaks}) that turns them into a
 * {@link io.github.monetik.streaks.StreakReport}: per pair or group (a group chat keeps its own streak)
 * the current streak and its status, the longest, every past run, restores, milestones and the
 * Streak Pet; across everyone; the daily activity; and notes that state the policy's assumptions and
 * what participants' ages kept from counting. Receives its policy; never reads the rules book.
 */
@NullMarked
package io.github.monetik.streaks;

import org.jspecify.annotations.NullMarked;
