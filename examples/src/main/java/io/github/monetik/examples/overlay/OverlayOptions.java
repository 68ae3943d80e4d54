package io.github.monetik.examples.overlay;

import io.github.monetik.Monetik;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * The options of {@code overlay}: what to feed, how fast, where to serve, what to show. A plain
 * record, which the examples jar's picocli command {@code overlay} fills field by field.
 *
 * @param input where the gift messages come from: a capture CSV's path, {@code -} for a LIVE
 *     client's NDJSON on standard input, or {@code generated} for a generated LIVE
 * @param port the local port to serve on; 0 picks any free port (printed)
 * @param speed how fast a capture or generated LIVE replays (standard input is read as it comes)
 * @param goal the goal bar's target (default: creator cash {@value #DEFAULT_GOAL_AMOUNT} in the
 *     diamond policy's currency)
 * @param top how many top gifters the page lists, 1 to 20
 * @param last how many of the latest gifts the page lists, 1 to 20
 * @param chartMinutes how many minutes the creator-cash chart shows (ending at the stream's time), 1 to 120
 * @param zone the time zone the page's clock times are in
 * @param seed the generated LIVE's seed
 * @param minutes the generated LIVE's length in minutes, 1 to 1440
 * @param host the recipient for NDJSON events that name none (a legacy Connector event has none)
 * @param waitForPage whether the feed waits until a page has connected
 * @param exitWhenDone whether the command returns once the input is done (otherwise it serves until stopped)
 */
public record OverlayOptions(String input, int port, Speed speed, Goal goal, int top, int last, int chartMinutes,
    ZoneId zone, long seed, int minutes, String host, boolean waitForPage, boolean exitWhenDone) {
  /** The default port: {@value}. */
  public static final int DEFAULT_PORT = 8730;

  /** The default goal, creator cash in the policy's currency: {@value}. */
  public static final String DEFAULT_GOAL_AMOUNT = "10";

  /** The input word for a generated LIVE. */
  public static final String GENERATED = "generated";

  /** The input word for NDJSON on standard input. */
  public static final String STDIN = "-";

  /** Where the gift messages come from. */
  public enum Source {
    /** A recorded capture CSV (the {@code live-gifts} format), replayed. */
    CAPTURE,
    /** A LIVE client's gift events as NDJSON on standard input (TikTok-Live-Connector's shape). */
    STDIN,
    /** A generated LIVE, replayed. */
    GENERATED
  }

  /**
   * Checks every option.
   *
   * @throws IllegalArgumentException naming the option at fault
   */
  public OverlayOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(speed, "speed");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(host, "host");
    if (input.isBlank()) {
      throw new IllegalArgumentException("overlay needs an input: a capture CSV, - (NDJSON on standard input) or generated");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be from 0 (any free port) to 65535, was " + port);
    }
    within("--top", top, 1, 20);
    within("--last", last, 1, 20);
    within("--chart-minutes", chartMinutes, 1, 120);
    within("--minutes", minutes, 1, 1_440);
    if (host.isBlank()) {
      throw new IllegalArgumentException("--host must not be blank");
    }
  }

  private static void within(String name, int value, int low, int high) {
    if (value < low || value > high) {
      throw new IllegalArgumentException(name + " must be from " + low + " to " + high + ", was " + value);
    }
  }

  /**
   * {@return the defaults for an input: port {@value #DEFAULT_PORT}, real time, creator cash
   *     {@value #DEFAULT_GOAL_AMOUNT}, top 5, last 5, a 15-minute chart, the system's time zone, seed 1,
   *     a 10-minute generated LIVE, host {@code host}}
   *
   * @param input a capture CSV's path, {@code -} or {@code generated}
   */
  public static OverlayOptions defaults(String input) {
    return new OverlayOptions(input, DEFAULT_PORT, Speed.REAL_TIME, Goal.parse(DEFAULT_GOAL_AMOUNT, currency()), 5, 5, 15,
        ZoneId.systemDefault(), 1, 10, "host", false, false);
  }

  /** {@return the default rules' creator-cash currency, which a goal in money must use} */
  public static Currency currency() {
    return Monetik.defaults().gifts().diamondPolicy().coinValue().currency();
  }

  /** {@return where the messages come from} */
  public Source source() {
    return input.equals(STDIN) ? Source.STDIN : input.equals(GENERATED) ? Source.GENERATED : Source.CAPTURE;
  }

  /** {@return the capture's path (for {@link Source#CAPTURE})} */
  public Path capture() {
    return Path.of(input);
  }

  /**
   * {@return these options with another speed}
   *
   * @param other the speed
   */
  public OverlayOptions withSpeed(Speed other) {
    return new OverlayOptions(input, port, other, goal, top, last, chartMinutes, zone, seed, minutes, host, waitForPage,
        exitWhenDone);
  }

  /**
   * {@return these options with another port}
   *
   * @param other the port, 0 for any free one
   */
  public OverlayOptions withPort(int other) {
    return new OverlayOptions(input, other, speed, goal, top, last, chartMinutes, zone, seed, minutes, host, waitForPage,
        exitWhenDone);
  }

  /**
   * {@return these options with another goal}
   *
   * @param other the goal
   */
  public OverlayOptions withGoal(Goal other) {
    return new OverlayOptions(input, port, speed, other, top, last, chartMinutes, zone, seed, minutes, host, waitForPage,
        exitWhenDone);
  }

  /**
   * {@return these options with another time zone}
   *
   * @param other the zone of the page's clock times
   */
  public OverlayOptions withZone(ZoneId other) {
    return new OverlayOptions(input, port, speed, goal, top, last, chartMinutes, other, seed, minutes, host, waitForPage,
        exitWhenDone);
  }

  /**
   * {@return these options, the feed waiting (or not) for the first page to connect}
   *
   * @param wait whether to wait
   */
  public OverlayOptions withWaitForPage(boolean wait) {
    return new OverlayOptions(input, port, speed, goal, top, last, chartMinutes, zone, seed, minutes, host, wait,
        exitWhenDone);
  }
}
