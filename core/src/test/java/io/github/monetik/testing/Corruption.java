package io.github.monetik.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Random damage to a valid batch form, and the law every restore must keep on it: an
 * {@link IllegalArgumentException} naming {@code form}, or a batch that behaves consistently;
 * never another exception, never a hang.
 */
public final class Corruption {
  /** The header's length: magic, kind, version, rules digest. */
  private static final int HEADER = 14;

  private Corruption() {}

  /**
   * @param form a valid form
   * @param r the randomness
   * @return the form with one to three kinds of damage, mostly after the header (where the checks of
   *     the state, not of the header, are met): a byte changed, a bit flipped, the form cut, a byte
   *     inserted or dropped, a run of bytes copied over another
   */
  public static byte[] corrupt(byte[] form, SplittableRandom r) {
    byte[] out = form.clone();
    int times = 1 + r.nextInt(3);
    for (int t = 0; t < times; t++) {
      int from = out.length > HEADER && r.nextInt(10) != 0 ? HEADER : 0;
      if (out.length <= from) {
        return out;
      }
      int at = from + r.nextInt(out.length - from);
      switch (r.nextInt(6)) {
        case 0 -> out[at] = (byte) r.nextInt(256);
        case 1 -> out[at] ^= (byte) (1 << r.nextInt(8));
        case 2 -> out = Arrays.copyOf(out, at);
        case 3 -> {
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = (byte) r.nextInt(256);
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
        case 4 -> {
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter;
        }
        default -> {
          int source = from + r.nextInt(out.length - from);
          int length = 1 + r.nextInt(Math.min(8, out.length - Math.max(at, source)));
          System.arraycopy(out.clone(), source, out, at, length);
        }
      }
    }
    return out;
  }

  /**
   * Restores damaged bytes: a refusal must be an {@link IllegalArgumentException} whose message names
   * {@code form}; a batch that comes back must pass {@code consistent}. Both within {@link Deadline#PER_CALL}.
   *
   * @param bytes the damaged form
   * @param restore the door's restore
   * @param consistent checks a restored batch: it reads, writes and restores without surprise
   * @param <B> the batch type
   * @return true if the bytes were refused
   */
  public static <B> boolean refusedOrConsistent(byte[] bytes, Function<byte[], B> restore, Consumer<B> consistent) {
    return Deadline.within(() -> {
      B batch;
      try {
        batch = restore.apply(bytes);
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).as("message of %s", refused).startsWith("form");
        return true;
      } catch (RuntimeException other) {
        throw new AssertionError("undocumented " + other + " restoring " + Arrays.toString(bytes), other);
      }
      consistent.accept(batch);
      return false;
    }).get();
  }
}
