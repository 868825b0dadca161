package com.openplatform.notices.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 12);

  @Test
  void waitsDoubleUpToTheCeilingThenTheDeliveryIsDead() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(backoff.after(7)).isEqualTo(Duration.ofSeconds(600));
    assertThat(backoff.after(11)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(12)).isNull();
    assertThat(backoff.after(40)).isNull();
  }

  @Test
  void aBackoffThatIsNoneIsRefused() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
