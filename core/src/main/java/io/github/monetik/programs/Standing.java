package io.github.monetik.programs;

/** Whether an account is in good standing with TikTok's community guidelines. */
public enum Standing {
  /** No restrictions. */
  GOOD,
  /** Restricted after violations (features limited). */
  RESTRICTED,
  /** Banned. */
  BANNED
}
