package com.openplatform.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.openplatform.core.identity.IdentityException;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class PeerFailuresTest {

  /** What WildFly throws when the database is down: as deep as the server log shows it. */
  @Test
  void aDatabaseThatRefusesConnectionsIsAPeerDown() {
    SQLException refused =
        new SQLNonTransientConnectionException(
            "Socket fail to connect", "08000", new ConnectException("Connection refused"));
    Exception pool =
        new jakarta.resource.ResourceException(
            "IJ000453: Unable to get managed connection", refused);
    SQLException wrapped = new SQLException(pool);
    DatabaseException eclipselink = DatabaseException.sqlException(wrapped, null, false);
    EJBException ejb = new EJBException(new PersistenceException(eclipselink));

    assertThat(PeerFailures.isPeerDown(ejb)).isTrue();
  }

  @Test
  void aHungPeerAndAnUnreachableKeycloakArePeersDown() {
    assertThat(
            PeerFailures.isPeerDown(
                new RuntimeException(new SocketTimeoutException("Read timed out"))))
        .isTrue();
    assertThat(
            PeerFailures.isPeerDown(
                new EJBException(new IdentityException("x", new RuntimeException()))))
        .isTrue();
    assertThat(PeerFailures.isPeerDown(new ProblemException(ProblemKind.Common.UNAVAILABLE)))
        .isTrue();
  }

  @Test
  void aFailureOfThePlatformItselfIsNot() {
    assertThat(PeerFailures.isPeerDown(new IllegalStateException("bug"))).isFalse();
    assertThat(PeerFailures.isPeerDown(new EJBException(new NullPointerException()))).isFalse();
    assertThat(PeerFailures.isPeerDown(new ProblemException(ProblemKind.Common.CONFLICT)))
        .isFalse();
    assertThat(PeerFailures.isPeerDown(new IdentityException("refused", 400))).isFalse();
  }
}
