package com.openplatform.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Refuses to start a stack on ports another program holds, naming the port and its use. */
final class Ports {

  private Ports() {}

  /**
   * @param ports port → what the stack would run there
   * @throws PortTakenException for the first port that is taken
   */
  static void requireFree(Map<Integer, String> ports) {
    for (Map.Entry<Integer, String> p : ports.entrySet()) {
      if (!free(p.getKey())) {
        throw new PortTakenException(
            "Port "
                + p.getKey()
                + " ("
                + p.getValue()
                + ") is already in use by another program — another `mvn package -Pstart`"
                + " or a server of your own? Stop it or free the port, then start again.");
      }
    }
  }

  static boolean free(int port) {
    return bindable(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
        && bindable(new InetSocketAddress(port));
  }

  private static boolean bindable(InetSocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      // like the servers themselves: connections of an earlier run in TIME_WAIT are no obstacle,
      // a listening socket is
      socket.setReuseAddress(true);
      socket.bind(address);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port the stack needs is taken. */
  static final class PortTakenException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    PortTakenException(String message) {
      super(message);
    }
  }
}
