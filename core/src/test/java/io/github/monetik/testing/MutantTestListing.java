package io.github.monetik.testing;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Lets PIT's mutation workers list the tests they will run without running them first.
 *
 * <p>Each PIT mutation worker process finds its test units by <em>executing</em> every test class that
 * covers its mutants, unmutated (pitest-junit5-plugin 1.2.3, {@code JUnit5TestUnitFinder}); only then
 * does it run the tests against each mutant. That listing run changes no verdict, yet it was about half
 * of the workers' time in {@code money}'s analysis (each of some 200 workers re-ran up to every example
 * test). Inside that listing, and only there, this interceptor skips test bodies and their before and
 * after methods; the tests are still reported started and finished, so PIT finds the same test units,
 * parameterized invocations included. (JUnit's own dry run reports tests as skipped, which PIT does not
 * count as tests.) Everywhere else (Surefire, PIT's coverage run, the runs against mutants) every
 * invocation proceeds.
 *
 * <p>It is loaded only where PIT's worker processes enable extension autodetection (the
 * {@code pitest-maven} configuration in {@code core/pom.xml}); Surefire never sees it. Stateless and
 * safe for concurrent use.
 */
public final class MutantTestListing implements InvocationInterceptor {

  /** Frames that are on the stack exactly while a PIT mutation worker lists its test units. */
  private static final Set<String> LISTING_FRAMES =
      Set.of(
          "org.pitest.mutationtest.execute.MutationTestMinion",
          "org.pitest.testapi.execute.FindTestUnits");

  /** Creates the interceptor; JUnit does, through autodetection. */
  public MutantTestListing() {}

  /**
   * Whether the current thread is inside a PIT mutation worker's listing of its test units.
   *
   * @return true only while PIT lists tests for mutants, never in Surefire or while mutants are tested
   */
  static boolean listing() {
    return StackWalker.getInstance().walk(frames -> listing(frames.map(StackWalker.StackFrame::getClassName)));
  }

  /**
   * Whether a stack of these classes is a PIT mutation worker listing its test units.
   *
   * @param frameClasses the class of each frame, innermost first
   * @return true when both listing frames are among them
   */
  static boolean listing(Stream<String> frameClasses) {
    return frameClasses.filter(LISTING_FRAMES::contains).distinct().count() == LISTING_FRAMES.size();
  }

  /**
   * Whether this launcher execution is a listing, asked once per execution: PIT lists a whole test
   * class in one execution, and walking the stack for each of its tests cost more than the listing.
   */
  private static boolean listing(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(MutantTestListing.class))
        .computeIfAbsent("listing", key -> listing(), Boolean.class);
  }

  private static void proceedUnlessListing(Invocation<Void> invocation, ExtensionContext context)
      throws Throwable {
    if (listing(context)) {
      invocation.skip();
    } else {
      invocation.proceed();
    }
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }

  @Override
  public void interceptBeforeAllMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }

  @Override
  public void interceptAfterAllMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }
}
