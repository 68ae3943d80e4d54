package io.github.monetik.programs;

/** The kind of TikTok account a creator holds. */
public enum AccountType {
  /** A personal (creator) account. */
  PERSONAL,
  /** A business account. */
  BUSINESS,
  /** A government, politician or political party account. */
  GOVERNMENT
}
