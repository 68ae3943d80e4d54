package io.github.monetik.io;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Exact parsing from bytes and chars: whole numbers (no blanks, no '+', no decimals; overflow
 * refused), epoch times with their unit detected, ISO-8601 instants. Each parser returns a value or
 * throws {@link Bad} with the expectation ("must be a whole number"); the caller adds the place.
 */
final class Text {
  /** Below this an epoch number is seconds (10^11 s is the year 5138; 10^11 ms is 1973). */
  static final long SECONDS_BELOW = 100_000_000_000L;
  /** From here an epoch number is microseconds (10^14 ms is the year 5138). */
  static final long MICROS_FROM = 100_000_000_000_000L;
  /** From here an epoch number is nanoseconds. */
  static final long NANOS_FROM = 100_000_000_000_000_000L;
  /** The latest instant read: the end of the year 9999 (then every time is exact in epoch milliseconds). */
  static final long MAX_MILLIS = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

  /** The earliest gift message time, {@code GiftEvent.EARLIEST} (2000-01-01), in epoch milliseconds. */
  static final long GIFT_FROM = io.github.monetik.gifts.GiftEvent.EARLIEST.toEpochMilli();
  /** The first time past a gift message's range, {@code GiftEvent.LATEST} (2100-01-01). */
  static final long GIFT_BEFORE = io.github.monetik.gifts.GiftEvent.LATEST.toEpochMilli();

  /** A value that is not what was expected; the message completes "must be ...". */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the value must be, completing "must be ...". */
    final String expected;

    Bad(String expected) {
      super(expected, null, false, false);
      this.expected = expected;
    }
  }

  private Text() {}

  static String string(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** {@return the whole number in b[from, to): optional '-', then 1 to 19 digits, no overflow} */
  static long parseLong(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && b[i] == '-') {
      negative = true;
      i++;
    }
    if (i == to) {
      throw new Bad("must be a whole number");
    }
    int n = to - i;
    if (n <= 19) { // 18 digits never overflow: no check per digit; the 19th is checked
      long v = 0;
      if (n >= 16) {
        long hi = eight(b, i);
        long lo = eight(b, i + 8);
        if ((hi | lo) < 0) {
          throw new Bad("must be a whole number");
        }
        v = hi * 100_000_000L + lo;
        i += 16;
      }
      for (; i < to; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          throw new Bad("must be a whole number");
        }
        if (n == 19 && i == to - 1) {
          if (v > (Long.MAX_VALUE - (negative ? Math.max(d - 1, 0) : d)) / 10) {
            throw new Bad("must be a whole number within 64 bits");
          }
          if (negative) {
            return -v * 10 - d;
          }
        }
        v = v * 10 + d;
      }
      return negative ? -v : v;
    }
    if (n <= 18) { // unreachable: kept for clarity of the general path below
      long v = 0;
      for (; i < to; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          throw new Bad("must be a whole number");
        }
        v = v * 10 + d;
      }
      return negative ? -v : v;
    }
    long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long multmin = limit / 10;
    long result = 0;
    for (; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        throw new Bad("must be a whole number");
      }
      if (result < multmin) {
        throw new Bad("must be a whole number within 64 bits");
      }
      result *= 10;
      if (result < limit + d) {
        throw new Bad("must be a whole number within 64 bits");
      }
      result -= d;
    }
    return negative ? result : -result;
  }

  /** Eight bytes of an array as a little-endian long: the first byte lowest. */
  static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
      long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * {@return the high bit of each byte of {@code w} equal to {@code c}'s byte in {@code spread}
   *     ({@code c * ONES}), and maybe of bytes after the first such one}: its lowest set bit marks
   *     the first equal byte exactly (the classic zero-byte test on {@code w ^ spread}).
   */
  static long equalBytes(long w, long spread) {
    long x = w ^ spread;
    return (x - ONES) & ~x & HIGHS;
  }

  /** {@return the index of the first byte of {@code b[from, to)} equal to {@code c}, or -1}, eight bytes at a time */
  static int indexOf(byte[] b, int from, int to, byte c) {
    int i = firstOf(b, from, to, c, c);
    return i == to ? -1 : i;
  }

  /** {@return the index of the first comma or quote in {@code b[from, to)}, or {@code to}}, eight bytes at a time */
  static int commaOrQuote(byte[] b, int from, int to) {
    return firstOf(b, from, to, (byte) ',', (byte) '"');
  }

  /** {@return the index of the first byte of {@code b[from, to)} equal to {@code c} or {@code d}, or {@code to}} */
  private static int firstOf(byte[] b, int from, int to, byte c, byte d) {
    long cs = (c & 0xffL) * ONES;
    long ds = (d & 0xffL) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i);
      long z = equalBytes(w, cs) | equalBytes(w, ds);
      if (z != 0) {
        return i + (Long.numberOfTrailingZeros(z) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == c || b[i] == d) {
        return i;
      }
    }
    return to;
  }

  /** {@return the value of the 8 ASCII digits at b[at], or -1 if one is not a digit (SWAR)} */
  static long eight(byte[] b, int at) {
    long w = (long) LONGS.get(b, at) - 0x3030303030303030L;
    if ((((w + 0x7676767676767676L) | w) & 0x8080808080808080L) != 0) {
      return -1;
    }
    w = (w * 10) + (w >>> 8);
    return (((w & 0x000000FF000000FFL) * (100 + (1000000L << 32)))
        + (((w >>> 16) & 0x000000FF000000FFL) * (1 + (10000L << 32)))) >>> 32;
  }

  /** {@return the whole number in the chars} */
  static long parseLong(char[] c, int from, int to) {
    byte[] b = new byte[to - from];
    for (int i = from; i < to; i++) {
      char ch = c[i];
      b[i - from] = ch < 128 ? (byte) ch : (byte) 'x';
    }
    return parseLong(b, 0, b.length);
  }

  /** {@return the whole number, 0 to max} */
  static long parseRange(byte[] b, int from, int to, long min, long max, String expected) {
    long v = parseLong(b, from, to);
    if (v < min || v > max) {
      throw new Bad(expected);
    }
    return v;
  }

  /**
   * {@return epoch milliseconds of an epoch number whose unit is detected by size: seconds below
   *     10^11, milliseconds below 10^14, microseconds below 10^17, else nanoseconds}
   */
  static long epochMillis(long n) {
    if (n < 0) {
      throw new Bad("must be a time after 1970 (epoch seconds or milliseconds)");
    }
    long ms;
    if (n < SECONDS_BELOW) {
      ms = n * 1000;
    } else if (n < MICROS_FROM) {
      ms = n;
    } else if (n < NANOS_FROM) {
      ms = n / 1000;
    } else {
      ms = n / 1_000_000;
    }
    return ms;
  }

  /** {@return the time, if it lies in a gift message's range [2000-01-01, 2100-01-01)} */
  static long giftTime(long millis) {
    if (millis < GIFT_FROM || millis >= GIFT_BEFORE) {
      throw new Bad("must be a time from 2000-01-01 to 2099-12-31 (a gift message's range)");
    }
    return millis;
  }

  /**
   * {@return epoch milliseconds of a time: an ISO-8601 instant or offset date-time, or an epoch
   *     number (unit detected); sub-millisecond digits must be zero (never rounded away)}
   */
  static long time(byte[] b, int from, int to) {
    if (to > from && b[from] >= '0' && b[from] <= '9' && allDigits(b, from, to)) {
      long ms = epochMillis(parseLong(b, from, to));
      if (ms > MAX_MILLIS) {
        throw new Bad("must be a time from 1970 to 9999");
      }
      return ms;
    }
    long fast = isoFast(b, from, to);
    if (fast != Long.MIN_VALUE) {
      return fast;
    }
    return isoSlow(string(b, from, to));
  }

  /**
   * Reads ISO instants of one form, {@code yyyy-MM-ddTHH:mm:ss.SSSZ}, remembering the date and hour of
   * the last one: a log's lines share them for an hour at a time, so a line then parses only its
   * minutes, seconds and milliseconds. Gives exactly what {@link Text#time(byte[], int, int)} gives,
   * or throws what it throws. Not thread-safe: one per reader.
   */
  static final class Times {
    private static final int LENGTH = 24; // yyyy-MM-ddTHH:mm:ss.SSSZ
    private boolean remembers;
    private long prefix0; // bytes [0, 8) of the remembered text: "yyyy-MM-"
    private long prefix1; // bytes [6, 14): "-ddTHH:" overlapping, so 14 bytes in two compares
    private long hourStart;

    long time(byte[] b, int from, int to) {
      if (to - from == LENGTH) {
        long p0 = (long) LONGS.get(b, from);
        long p1 = (long) LONGS.get(b, from + 6);
        int rest = rest(b, from);
        if (remembers && p0 == prefix0 && p1 == prefix1 && rest >= 0) {
          return hourStart + rest;
        }
        long t = isoFast(b, from, to);
        if (t != Long.MIN_VALUE && rest >= 0) {
          remembers = true;
          prefix0 = p0;
          prefix1 = p1;
          hourStart = t - rest;
          return t;
        }
      }
      return Text.time(b, from, to);
    }

    /** {@return the milliseconds {@code mm:ss.SSSZ} at {@code from + 14} adds to its hour, or -1 if not of that form} */
    private static int rest(byte[] b, int from) {
      if (b[from + 16] != ':' || b[from + 19] != '.' || b[from + 23] != 'Z') {
        return -1;
      }
      int minute = digits(b, from + 14, 2);
      int second = digits(b, from + 17, 2);
      int millis = digits(b, from + 20, 3);
      if (minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) {
        return -1;
      }
      return minute * 60_000 + second * 1000 + millis;
    }
  }

  /** {@return epoch milliseconds of a text time} */
  static long time(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return time(b, 0, b.length);
  }

  private static boolean allDigits(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static long isoSlow(String s) {
    Instant t;
    try {
      t = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw new Bad("must be an ISO-8601 instant such as 2023-12-05T15:56:34.472Z, or epoch seconds or milliseconds");
    }
    return checkedMillis(t);
  }

  static long checkedMillis(Instant t) {
    if (t.getNano() % 1_000_000 != 0) {
      throw new Bad("must be a time in whole milliseconds");
    }
    if (t.isBefore(Instant.EPOCH) || t.getEpochSecond() > MAX_MILLIS / 1000) { // before toEpochMilli: it overflows
      throw new Bad("must be a time from 1970 to 9999");
    }
    return t.toEpochMilli();
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.S{1,9}]Z}, or Long.MIN_VALUE if the text has another form. */
  private static long isoFast(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 20 || b[to - 1] != 'Z' || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T'
        || b[from + 13] != ':' || b[from + 16] != ':') {
      return Long.MIN_VALUE;
    }
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    int hour = digits(b, from + 11, 2);
    int minute = digits(b, from + 14, 2);
    int second = digits(b, from + 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return Long.MIN_VALUE;
    }
    int millis = 0;
    int i = from + 19;
    if (i < to - 1) {
      if (b[i] != '.' || to - 1 - (i + 1) < 1 || to - 1 - (i + 1) > 9) {
        return Long.MIN_VALUE;
      }
      int frac = 0;
      int k = 0;
      for (int j = i + 1; j < to - 1; j++, k++) {
        int d = b[j] - '0';
        if (d < 0 || d > 9) {
          return Long.MIN_VALUE;
        }
        if (k < 3) {
          frac = frac * 10 + d;
        } else if (d != 0) {
          throw new Bad("must be a time in whole milliseconds");
        }
      }
      for (; k < 3; k++) {
        frac *= 10;
      }
      millis = frac;
    }
    if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month) || hour > 23 || minute > 59
        || second > 59 || year < 1970) {
      return Long.MIN_VALUE; // let the slow path say what is wrong (or accept what it accepts)
    }
    long days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + millis;
  }

  private static int digits(byte[] b, int at, int n) {
    int v = 0;
    for (int i = at; i < at + n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
  private static long daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    int era = y / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097L + doe - 719468;
  }
}
