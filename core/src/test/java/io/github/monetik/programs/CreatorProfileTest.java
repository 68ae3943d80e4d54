package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CreatorProfileTest {
  private static CreatorProfile.Builder creator() {
    return CreatorProfile.builder().age(20).country("US").followers(100);
  }

  @Test
  void defaultsAreAPersonalAccountInGoodStandingWithNoActivity() {
    CreatorProfile p = creator().build();
    assertThat(p.accountType()).isEqualTo(AccountType.PERSONAL);
    assertThat(p.standing()).isEqualTo(Standing.GOOD);
    assertThat(p.views30d()).isZero();
    assertThat(p.qualifiedViews30d()).isZero();
    assertThat(p.posts30d()).isEmpty();
    assertThat(p.withPosts30d(4).posts30d()).hasValue(4);
    assertThat(p.withAccountType(AccountType.BUSINESS).accountType()).isEqualTo(AccountType.BUSINESS);
    assertThat(p.withStanding(Standing.BANNED).standing()).isEqualTo(Standing.BANNED);
  }

  @Test
  void countriesAreIsoCodesAndUkIsGb() {
    assertThat(creator().country("gb").build().country()).isEqualTo("GB");
    assertThat(creator().country("UK").build().country()).isEqualTo("GB");
    assertThat(creator().country(" uk ").build().country()).isEqualTo("GB");
    assertThat(creator().build().withCountry("de").country()).isEqualTo("DE");
    assertThat(creator().country("UK").build()).isEqualTo(creator().country("GB").build());
    assertThatThrownBy(() -> creator().country("XX").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country must be an ISO 3166 alpha-2 code such as US or GB, was 'XX'");
    assertThatThrownBy(() -> creator().country("USA").build()).hasMessageContaining("was 'USA'");
    assertThatThrownBy(() -> creator().country("").build()).hasMessageContaining("was ''");
  }

  @Test
  void invalidValuesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> creator().age(12).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age must be 13 to 150 (TikTok's minimum age is 13), was 12");
    assertThatThrownBy(() -> creator().age(151).build()).hasMessageContaining("was 151");
    assertThat(creator().age(13).build().age()).isEqualTo(13);
    assertThat(creator().age(150).build().age()).isEqualTo(150);
    assertThatThrownBy(() -> creator().followers(-1).build()).hasMessage("followers must be >= 0, was -1");
    assertThatThrownBy(() -> creator().views30d(-5).build()).hasMessage("views30d must be >= 0, was -5");
    assertThatThrownBy(() -> creator().qualifiedViews30d(-5).build()).hasMessage("qualifiedViews30d must be >= 0, was -5");
    assertThatThrownBy(() -> creator().posts30d(-2).build()).hasMessage("posts30d must be >= 0, was -2");
    assertThatThrownBy(() -> creator().viewsLastMonth(-2).build()).hasMessage("viewsLastMonth must be >= 0, was -2");
    assertThat(creator().build().viewsLastMonth()).isEmpty();
    assertThat(creator().build().withViewsLastMonth(7).viewsLastMonth()).hasValue(7);
    assertThat(creator().posts30d(0).build().posts30d()).hasValue(0);
  }

  @Test
  void moreQualifiedViewsThanViewsIsAContradiction() {
    assertThatThrownBy(() -> creator().views30d(1_000).qualifiedViews30d(1_001).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("qualifiedViews30d must be <= views30d (1000): qualified views are a subset of views, was 1001");
    assertThat(creator().views30d(1_000).qualifiedViews30d(1_000).build().qualifiedViews30d()).isEqualTo(1_000);
    assertThatThrownBy(() -> Video.of(Duration.ofSeconds(61), 10, 11))
        .hasMessage("qualifiedViews must be <= views (10): qualified views are a subset of views, was 11");
  }

  @Test
  void nullsAndMissingFieldsAreNamed() {
    assertThatThrownBy(() -> creator().country(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("country");
    assertThatThrownBy(() -> CreatorProfile.builder().age(20).followers(1).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("country");
    assertThatThrownBy(() -> creator().accountType(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("accountType");
  }

  @Test
  void videosAreChecked() {
    Video v = Video.of(Duration.ofSeconds(61), 2_000, 1_500);
    assertThat(v.original()).isTrue();
    assertThat(v.views()).isEqualTo(2_000);
    assertThat(v.qualifiedViews()).hasValue(1_500);
    assertThat(v.format()).isEqualTo(Video.Format.VIDEO);
    assertThat(v.postedOn()).isEmpty();
    assertThat(Video.builder().length(Duration.ofSeconds(5)).views(3).build().qualifiedViews()).isEmpty();
    assertThatThrownBy(() -> Video.of(Duration.ZERO, 1, 0)).hasMessage("length must be > 0, was PT0S");
    assertThatThrownBy(() -> Video.of(Duration.ofSeconds(-1), 1, 0)).hasMessage("length must be > 0, was PT-1S");
    assertThatThrownBy(() -> Video.of(Duration.ofSeconds(1), -1, 0)).hasMessage("views must be >= 0, was -1");
    assertThatThrownBy(() -> Video.of(Duration.ofSeconds(1), 1, -1)).hasMessage("qualifiedViews must be >= 0, was -1");
    assertThat(Activity.of(v, v).videos()).hasSize(2);
    assertThat(Activity.of(java.util.List.of(v)).videos()).containsExactly(v);
  }
}
