package io.github.monetik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared byte form of the engines' accumulators: values, text, decimals, the header, and every refusal. */
class FormTest {
  private static final long RULES = Form.digest("rules");

  private static Form.Writer writer() {
    return Form.write('T', 1, RULES);
  }

  private static Form.Reader reader(byte[] form) {
    return Form.read(form, 'T', "test", 1, RULES);
  }

  /** The bytes after the 14-byte header. */
  private static byte[] body(byte[] form) {
    return Arrays.copyOfRange(form, 14, form.length);
  }

  private static byte[] withBody(int... bytes) {
    byte[] head = writer().toBytes();
    byte[] out = Arrays.copyOf(head, head.length + bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      out[head.length + i] = (byte) bytes[i];
    }
    return out;
  }

  @Test
  void longsOfEverySizeComeBackAsTheyWentInTheExtremesInTenBytes() {
    List<Long> values = List.of(0L, 1L, -1L, 63L, -64L, 64L, -65L, 8191L, Integer.MAX_VALUE + 1L, (long) Integer.MIN_VALUE,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
    Form.Writer w = writer();
    values.forEach(w::putLong);
    Form.Reader r = reader(w.toBytes());
    for (long v : values) {
      assertThat(r.getLong("v")).isEqualTo(v);
    }
    r.end();
    assertThat(body(writer().putLong(0).toBytes())).containsExactly(0);
    assertThat(body(writer().putLong(-1).toBytes())).containsExactly(1);
    assertThat(body(writer().putLong(1).toBytes())).containsExactly(2);
    assertThat(body(writer().putLong(Long.MAX_VALUE).toBytes())).hasSize(10);
    assertThat(body(writer().putLong(Long.MIN_VALUE).toBytes())).hasSize(10);
  }

  @Test
  void aVarintLongerThanALongIsRefused() {
    byte[] eleven = withBody(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01);
    assertThatThrownBy(() -> reader(eleven).getLong("count")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field count at byte 24 must be a varint of at most 10 bytes, was 'longer'");
    byte[] beyond = withBody(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02);
    assertThatThrownBy(() -> reader(beyond).getLong("count")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field count at byte 24 must be a varint within 64 bits, was 'one beyond them'");
    byte[] padded = withBody(0x81, 0x00);
    assertThatThrownBy(() -> reader(padded).getLong("count")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field count at byte 16 must be a varint in the fewest bytes, was 'one ending in a zero byte'");
    byte[] truncated = withBody(0x81);
    assertThatThrownBy(() -> reader(truncated).getLong("count")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field count at byte 15 must be present, was 'the form's end (truncated)'");
  }

  @Test
  void textNullEmptyUnicodeAndUnpairedSurrogatesComeBackAsTheyWentIn() {
    List<String> texts = Arrays.asList(null, "", "alice", "\u0000", "ä", "日本語", "😀 ok", "a\uD800", "\uDC00b",
        "\u007f\u0080\u07ff\u0800\uffff", new String(Character.toChars(0x10000)), new String(Character.toChars(0x3FFFF)),
        new String(Character.toChars(0x40000)), new String(Character.toChars(0xE0041)), new String(Character.toChars(0x10FFFF)),
        "\uD83D\uD83D\uDE00", "\uDE00\uD83D", "x".repeat(300));
    Form.Writer w = writer();
    texts.forEach(w::putString);
    Form.Reader r = reader(w.toBytes());
    for (String t : texts) {
      assertThat(r.getString("t")).isEqualTo(t);
    }
    r.end();
  }

  @Test
  void wellFormedTextIsPlainUtf8AndAnUnpairedSurrogateTakesThreeBytes() {
    for (String t : List.of("", "alice", "日本語", "😀", "ä\u0000")) {
      byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
      Form.Reader r = reader(writer().putString(t).toBytes());
      assertThat(r.getLong("length")).isEqualTo(utf8.length);
    }
    assertThat(body(writer().putString("😀").toBytes())).containsExactly(8, 0xF0 - 256, 0x9F - 256, 0x98 - 256, 0x80 - 256);
    assertThat(body(writer().putString("\uD800").toBytes())).containsExactly(6, 0xED - 256, 0xA0 - 256, 0x80 - 256);
    assertThat(body(writer().putString(null).toBytes())).containsExactly(1);
  }

  /**
   * Text is read as the JDK's strict UTF-8 decoder reads it, at every lead byte and continuation that
   * bounds a range, one to four bytes long, with a field after it (a sequence never reaches into the
   * next field). Only the three-byte forms of surrogates differ, on purpose (an unpaired half is
   * kept), and are left to the examples around this one.
   */
  @Test
  void textIsReadAsTheJdksStrictUtf8DecoderReadsItAtEveryBoundary() {
    int[] leads = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
        0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF};
    int[] next = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0};
    java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    int checked = 0;
    for (int length = 1; length <= 4; length++) {
      int combinations = leads.length * (int) Math.pow(next.length, length - 1);
      for (int c = 0; c < combinations; c++) {
        int[] seq = new int[length];
        seq[0] = leads[c % leads.length];
        for (int k = 1, rest = c / leads.length; k < length; k++, rest /= next.length) {
          seq[k] = next[rest % next.length];
        }
        if (length >= 2 && seq[0] == 0xED && seq[1] >= 0xA0) {
          continue; // a surrogate half: kept when unpaired (see the examples)
        }
        int[] body = new int[length + 3];
        body[0] = 2 * length;
        for (int k = 0; k < length; k++) {
          body[k + 1] = seq[k];
        }
        body[length + 1] = 0x80; // then a field of its own: 128 as a varint
        body[length + 2] = 0x01;
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
          bytes[k] = (byte) seq[k];
        }
        String expected;
        try {
          expected = strict.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
          expected = null;
        }
        Form.Reader r = reader(withBody(body));
        if (expected == null) {
          assertThatThrownBy(() -> r.getString("id")).as(Arrays.toString(seq)).isInstanceOf(IllegalArgumentException.class)
              .hasMessageEndingWith(" must be UTF-8 text, was a malformed byte sequence");
        } else {
          assertThat(r.getString("id")).as(Arrays.toString(seq)).isEqualTo(expected);
          assertThat(r.getLong("after")).isEqualTo(64); // 128 zigzag-decoded
          r.end();
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(15_000);
  }

  @Test
  void malformedOverlongAndSplitPairTextIsRefused() {
    int[][] bad = {
      {4, 0xFF, 0x41}, // 2 bytes: not UTF-8 at all
      {4, 0xC0, 0x80}, // overlong NUL
      {6, 0xE0, 0x80, 0x80}, // overlong three bytes
      {2, 0xE6}, // cut inside a sequence
      {4, 0xC3, 0x41}, // not a continuation byte
      {12, 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}, // a surrogate pair written as two halves
      {8, 0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
      {8, 0xF0, 0x80, 0x80, 0x80}, // overlong four bytes
    };
    for (int[] b : bad) {
      assertThatThrownBy(() -> reader(withBody(b)).getString("id")).as(Arrays.toString(b))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("form (test) field id at byte ")
          .hasMessageEndingWith(" must be UTF-8 text, was a malformed byte sequence");
    }
    assertThatThrownBy(() -> reader(withBody(20, 0x41)).getString("id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field id length at byte 15 must be in [-1, 1] (the bytes left), was 10");
    assertThatThrownBy(() -> reader(withBody(3)).getString("id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field id length at byte 15 must be in [-1, 0] (the bytes left), was -2");
  }

  @Test
  void decimalsWithinBoundsComeBackWithTheirScale() {
    List<BigDecimal> values = List.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("-1.50"), new BigDecimal("127"),
        new BigDecimal("128"), new BigDecimal("-128"), new BigDecimal("-129"), new BigDecimal("1E+99"),
        new BigDecimal("9".repeat(100) + "." + "9".repeat(100)), new BigDecimal("-" + "9".repeat(100)),
        BigDecimal.ONE.movePointLeft(100), new BigDecimal(BigInteger.valueOf(Long.MIN_VALUE), 2));
    Form.Writer w = writer();
    values.forEach(w::putDecimal);
    Form.Reader r = reader(w.toBytes());
    for (BigDecimal v : values) {
      BigDecimal back = r.getDecimal("amount");
      assertThat(back).isEqualTo(v);
      assertThat(back.scale()).isEqualTo(v.scale());
    }
    r.end();
  }

  @Test
  void decimalsBeyondTheBoundsAreRefusedOnBothSides() {
    for (BigDecimal v : List.of(BigDecimal.TEN.pow(100), BigDecimal.ONE.movePointLeft(101), new BigDecimal("1.0E-101"),
        new BigDecimal(BigInteger.ONE, -101))) {
      assertThatThrownBy(() -> writer().putDecimal(v)).as(v.toString()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("v must be a decimal within bounds");
    }
    assertThatThrownBy(() -> reader(withBody(0xCA, 0x01)).getDecimal("amount")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field amount scale at byte 16 must be in [-100, 100], was 101");
    assertThatThrownBy(() -> reader(withBody(0, 0)).getDecimal("amount")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field amount length at byte 16 must be in [1, 85], was 0");
    assertThatThrownBy(() -> reader(withBody(0, 4, 0, 5)).getDecimal("amount")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field amount at byte 16 must be a value in the fewest bytes, was 'a redundant leading byte'");
    assertThatThrownBy(() -> reader(withBody(0, 4, 0xFF, 0x85)).getDecimal("amount")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fewest bytes");
    assertThatThrownBy(() -> reader(withBody(0, 6, 1)).getDecimal("amount")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field amount length at byte 16 must be at most the bytes left, 1, was 3");
    // 2^336 > 10^100: an integer beyond the bounds in 43 bytes
    int[] big = new int[2 + 43];
    big[0] = 0;
    big[1] = 86;
    big[2] = 1;
    assertThatThrownBy(() -> reader(withBody(big)).getDecimal("amount")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form (test) field amount at byte 16 must be a number within Monetik's bounds, was ");
  }

  @Test
  void eachHeaderRefusalSaysWhatWasWrong() {
    byte[] good = writer().putLong(7).toBytes();
    assertThatThrownBy(() -> Form.read(null, 'T', "test", 1, RULES)).isInstanceOf(NullPointerException.class)
        .hasMessage("form");
    assertThatThrownBy(() -> reader(new byte[0])).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be a Monetik test form (starting 'MNTK'), was 0 bytes that do not start so");
    assertThatThrownBy(() -> reader(Arrays.copyOf(good, 13))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be a Monetik test form (starting 'MNTK'), was 13 bytes that do not start so");
    byte[] magic = good.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> reader(magic)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be a Monetik test form (starting 'MNTK'), was 15 bytes that do not start so");
    assertThatThrownBy(() -> Form.read(good, 'S', "streak batch", 1, RULES)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be the streak batch form (kind 'S'), was kind 'T'");
    assertThatThrownBy(() -> Form.read(Form.write('T', 2, RULES).toBytes(), 'T', "test", 1, RULES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("form must be version 1 of the test form, was version 2");
    long other = Form.digest("other rules");
    assertThatThrownBy(() -> Form.read(good, 'T', "test", 1, other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be restored under the rules it was written under (digest " + Long.toHexString(RULES)
            + "), was restored under others (digest " + Long.toHexString(other) + ")");
    Form.Reader r = reader(good);
    assertThat(r.getLong("seven")).isEqualTo(7);
    r.end();
  }

  @Test
  void aFormCutAtAnyByteIsRefusedAndOneWithBytesLeftOverToo() {
    byte[] form = writer().putLong(Long.MIN_VALUE).putString("日本 \uD800").putBoolean(true).putLong(3)
        .putDecimal(new BigDecimal("-12.345")).putString(null).putLong(300).toBytes();
    read(form);
    for (int cut = 0; cut < form.length; cut++) {
      byte[] shorter = Arrays.copyOf(form, cut);
      assertThatThrownBy(() -> read(shorter)).as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("form");
    }
    byte[] longer = Arrays.copyOf(form, form.length + 1);
    assertThatThrownBy(() -> read(longer)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field (end) at byte " + form.length + " must be the form's end, was '1 more bytes'");
  }

  private static void read(byte[] form) {
    Form.Reader r = reader(form);
    assertThat(r.getLong("a")).isEqualTo(Long.MIN_VALUE);
    assertThat(r.getString("b")).isEqualTo("日本 \uD800");
    assertThat(r.getBoolean("c")).isTrue();
    assertThat(r.getCount("d", 1)).isEqualTo(3);
    assertThat(r.getDecimal("e")).isEqualTo(new BigDecimal("-12.345"));
    assertThat(r.getString("f")).isNull();
    assertThat(r.getInt("g", 0, 1000)).isEqualTo(300);
    r.end();
  }

  @Test
  void aCountIsBoundedByTheBytesLeftSoACraftedOneAllocatesNothing() {
    byte[] three = writer().putLong(3).putLong(1).putLong(2).putLong(3).toBytes();
    assertThat(reader(three).getCount("items", 1)).isEqualTo(3);
    assertThatThrownBy(() -> reader(three).getCount("items", 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field items at byte 15 must be a count in [0, 1] (what the bytes left can hold), was 3");
    byte[] huge = writer().putLong(Integer.MAX_VALUE).toBytes();
    assertThatThrownBy(() -> reader(huge).getCount("items", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field items at byte 19 must be a count in [0, 0] (what the bytes left can hold), was 2147483647");
    byte[] negative = writer().putLong(-1).toBytes();
    assertThatThrownBy(() -> reader(negative).getCount("items", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was -1");
    byte[] beyondInt = writer().putLong(1L << 40).toBytes();
    assertThatThrownBy(() -> reader(beyondInt).getCount("items", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was 1099511627776");
  }

  @Test
  void rangesAndBooleansAreChecked() {
    byte[] two = writer().putLong(2).toBytes();
    assertThatThrownBy(() -> reader(two).getBoolean("flag")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field flag at byte 15 must be in [0, 1], was 2");
    assertThatThrownBy(() -> reader(two).getInt("size", 3, 64)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (test) field size at byte 15 must be in [3, 64], was 2");
    assertThat(reader(two).invalid("size", "odd", 2)).hasMessage("form (test) field size at byte 14 must be odd, was 2");
  }

  @Test
  void theDigestIsFnv1aOfTheUtf8BytesAndRulesTextsPrefixTheirLengths() {
    assertThat(Form.digest("")).isEqualTo(0xcbf29ce484222325L);
    assertThat(Form.digest("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    assertThat(new RulesText("x").text("k", "a").text("k", "bc").digest())
        .isNotEqualTo(new RulesText("x").text("k", "ab").text("k", "c").digest());
    assertThat(new RulesText("x").decimal("d", new BigDecimal("1.50")).toString())
        .isEqualTo(new RulesText("x").decimal("d", new BigDecimal("1.5")).toString()).isEqualTo("x\nd=1.5\n");
    assertThat(new RulesText("x").decimal("d", new BigDecimal("0.00")).toString()).isEqualTo("x\nd=0\n");
    assertThat(new RulesText("x").texts("notes", List.of("a;b", "")).toString())
        .isEqualTo("x\nnotes=2\nnotes[0]=3:a;b\nnotes[1]=0:\n");
  }
}
