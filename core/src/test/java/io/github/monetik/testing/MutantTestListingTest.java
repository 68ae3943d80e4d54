package io.github.monetik.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MutantTestListingTest {

  private static final String WORKER = "org.pitest.mutationtest.execute.MutationTestMinion";
  private static final String FINDER = "org.pitest.testapi.execute.FindTestUnits";
  private static final String COVERAGE = "org.pitest.coverage.execute.CoverageMinion";

  @Test
  void onlyAMutationWorkerListingItsTestsSkipsThem() {
    assertThat(MutantTestListing.listing(Stream.of("org.junit.X", FINDER, "java.util.Y", WORKER, "main")))
        .as("a mutation worker listing its test units")
        .isTrue();
    assertThat(MutantTestListing.listing(Stream.of(FINDER, FINDER, WORKER))).isTrue();
    assertThat(MutantTestListing.listing(Stream.of("org.junit.X", WORKER)))
        .as("a mutation worker running tests against a mutant")
        .isFalse();
    assertThat(MutantTestListing.listing(Stream.of(FINDER, COVERAGE)))
        .as("PIT's coverage run, which must execute every test")
        .isFalse();
    assertThat(MutantTestListing.listing(Stream.of("org.apache.maven.surefire.X", "org.junit.X")))
        .as("Surefire")
        .isFalse();
    assertThat(MutantTestListing.listing(Stream.empty())).isFalse();
  }

  @Test
  void hereEveryTestRuns() {
    assertThat(MutantTestListing.listing()).as("this very stack, outside PIT's listing").isFalse();
  }
}
