package com.openplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformLauncherTest {

  @Test
  void theBannerNamesEveryPeerAndWarnsOfThoseThatAreDown() {
    String health =
        "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"},"
            + "{\"name\":\"keycloak\",\"status\":\"DOWN\",\"data\":{\"detail\":\"ConnectException\"}},"
            + "{\"name\":\"mail\",\"status\":\"UP\",\"data\":{\"detail\":\"127.0.0.1:3025\"}}]}";

    String lines = PlatformLauncher.peerLines(health);

    assertThat(lines).startsWith("Peers: database UP  mail UP");
    assertThat(lines).contains("WARNING: keycloak is DOWN");
  }
}
