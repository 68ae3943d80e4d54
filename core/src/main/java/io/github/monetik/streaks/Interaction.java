package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One person's interaction with the others of a pair or group: who acted ({@link #from()}), with
 * whom ({@link #to()}: one other person for a pair, several for a group), what kind, and when.
 * The pair or group it belongs to is everyone involved: {@code from} and {@code to} together.
 *
 * <pre>{@code
 * Interaction hi  = Interaction.of("alice", "bob", InteractionKind.MESSAGE, Instant.parse("2024-06-01T18:00:00Z"));
 * Interaction all = Interaction.inGroup("alice", List.of("bob", "carol"), InteractionKind.SHARED_VIDEO, at);
 * }</pre>
 *
 * <p>Ids are case-sensitive and never blank; nobody interacts with themselves; a group has at most
 * {@link #MAX_PARTICIPANTS} people; the instant lies in [{@link #EARLIEST}, {@link #LATEST}).
 * Interactions are made by {@link #of} and {@link #inGroup}, which check every argument.
 *
 * <p><b>Groups.</b> A group chat is the set of its participants: {@code inGroup("ana", ["ben",
 * "cy"], ...)} and {@code inGroup("cy", ["ana", "ben"], ...)} belong to the same group, which keeps
 * its own streak, apart from the streaks of the pairs within it (a message in the group keeps no
 * pair's streak). Two group chats with the same members are one group to the analysis.
 */
@Value.Immutable
@MonetikStyle
public abstract class Interaction {
  /** The earliest instant accepted: 2000-01-01T00:00:00Z, long before any streak feature existed. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The first instant no longer accepted: 2100-01-01T00:00:00Z. */
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  /** The most people in one pair or group, the sender included. */
  public static final int MAX_PARTICIPANTS = 64;

  Interaction() {}

  /**
   * An interaction within a pair.
   *
   * @param from who acted
   * @param to the other person
   * @param kind what kind of interaction
   * @param at when
   * @return the interaction
   * @throws NullPointerException naming the null argument
   * @throws IllegalArgumentException naming the field and value if an id is blank, {@code from}
   *     equals {@code to}, or {@code at} is outside [{@link #EARLIEST}, {@link #LATEST})
   */
  public static Interaction of(String from, String to, InteractionKind kind, Instant at) {
    Checks.notNull(to, "to");
    return inGroup(from, List.of(to), kind, at);
  }

  /**
   * An interaction within a group (or a pair, if {@code to} names one person).
   *
   * @param from who acted
   * @param to everyone else in the group (duplicates are ignored)
   * @param kind what kind of interaction
   * @param at when
   * @return the interaction
   * @throws NullPointerException naming the null argument or element
   * @throws IllegalArgumentException naming the field and value if an id is blank, {@code to} is
   *     empty (a group of one) or contains {@code from}, the group is larger than
   *     {@link #MAX_PARTICIPANTS}, or {@code at} is outside [{@link #EARLIEST}, {@link #LATEST})
   */
  public static Interaction inGroup(String from, Collection<String> to, InteractionKind kind, Instant at) {
    Checks.notNull(from, "from");
    List<String> others = Checks.elements(to, "to");
    Checks.notNull(kind, "kind");
    Checks.notNull(at, "at");
    return ImmutableInteraction.builder().from(from).addAllTo(others).kind(kind).at(at).build();
  }

  /** {@return who acted} */
  public abstract String from();

  /** {@return everyone else in the pair or group (never empty, never containing {@link #from()})} */
  public abstract Set<String> to();

  /** {@return what kind of interaction it was} */
  public abstract InteractionKind kind();

  /** {@return when it happened} */
  public abstract Instant at();

  /**
   * {@return a copy at that instant}
   *
   * @param at another instant
   */
  public abstract Interaction withAt(Instant at);

  /**
   * {@return a copy of that kind}
   *
   * @param kind another kind
   */
  public abstract Interaction withKind(InteractionKind kind);

  /** {@return everyone involved, sorted: the pair's or group's identity} */
  public List<String> participants() {
    return group().toList();
  }

  /** The pair or group, computed once with its hash: the analysis' key. */
  @Value.Derived
  @Value.Auxiliary
  GroupKey group() {
    return new GroupKey(GroupKey.sortedIds(from(), to()));
  }

  @Value.Derived
  @Value.Auxiliary
  int senderIndex() {
    return group().indexOf(from());
  }

  /** The instant's second, as a primitive the analysis reads without following a reference. */
  @Value.Derived
  @Value.Auxiliary
  long epochSecond() {
    return at().getEpochSecond();
  }

  @Value.Check
  void check() {
    requireId("from", from());
    if (to().isEmpty()) {
      throw new IllegalArgumentException("to must name at least one other participant (a group of one is no group), was []");
    }
    for (String id : to()) {
      requireId("to", id);
    }
    if (to().contains(from())) {
      throw new IllegalArgumentException("to must not contain the sender " + Checks.echo(from())
          + " (an interaction with oneself), was " + Checks.echo(to()));
    }
    if (to().size() + 1 > MAX_PARTICIPANTS) {
      throw new IllegalArgumentException("to must name at most " + (MAX_PARTICIPANTS - 1)
          + " others (a group has at most " + MAX_PARTICIPANTS + " participants), was " + to().size());
    }
    if (at().isBefore(EARLIEST) || !at().isBefore(LATEST)) {
      throw Checks.invalid("at", "in [" + EARLIEST + ", " + LATEST + ")", at());
    }
  }

  private static void requireId(String field, String id) {
    if (id.isBlank()) {
      throw Checks.invalid(field, "a non-blank id", id);
    }
  }

  /** {@return for example {@code alice -> bob message 2024-06-01T18:00:00Z}} */
  @Override
  public String toString() {
    return from() + " -> " + String.join("+", new java.util.TreeSet<>(to())) + " " + kind().code() + " " + at();
  }
}
