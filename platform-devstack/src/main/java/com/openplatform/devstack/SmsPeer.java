package com.openplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A real SMPP 3.4 peer (an SMSC, jsmpp's server side) for the default run and the tests: it takes
 * transmitter binds with the configured system id and password, accepts {@code submit_sm}, decodes
 * each message (GSM default alphabet or UCS-2, {@code data_coding} 0 or 8), puts concatenated parts
 * (a user data header, {@code esm_class} 0x40) back together, and keeps every whole message — in
 * memory for the tests and, one per line, in {@code logs/sms.log} for a person to read.
 */
public final class SmsPeer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SmsPeer.class.getName());
  public static final String SYSTEM_ID = "openplatform";
  public static final String PASSWORD = "smpppass"; // SMPP 3.4: at most 8 characters

  /** A whole message as its recipient's phone would show it. */
  public record Sms(String to, String from, String text, int dataCoding, int parts, Instant at) {}

  private final SMPPServerSessionListener listener;
  private final ExecutorService sessions = Executors.newCachedThreadPool();
  private final List<Sms> received = new CopyOnWriteArrayList<>();
  private final Map<String, byte[][]> partial = new HashMap<>();
  private final Map<String, Integer> partialCodings = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final Path log;
  private volatile boolean closed;

  private SmsPeer(SMPPServerSessionListener listener, Path log) {
    this.listener = listener;
    this.log = log;
  }

  static SmsPeer start(StackConfig config) throws IOException {
    SMPPServerSessionListener listener = new SMPPServerSessionListener(config.smppPort());
    Path log = config.dataDir().resolve("logs/sms.log");
    Files.createDirectories(log.getParent());
    SmsPeer peer = new SmsPeer(listener, log);
    listener.setMessageReceiverListener(peer.new Receiver());
    Thread acceptor = new Thread(peer::acceptAll, "smpp-peer");
    acceptor.setDaemon(true);
    acceptor.start();
    return peer;
  }

  private void acceptAll() {
    while (!closed) {
      try {
        SMPPServerSession session = listener.accept();
        sessions.submit(() -> bind(session));
      } catch (IOException e) {
        if (!closed) {
          LOG.log(Level.FINE, "SMPP accept", e);
        }
      }
    }
  }

  private void bind(SMPPServerSession session) {
    try {
      BindRequest request = session.waitForBind(5_000);
      if (request.getBindType() == BindType.BIND_RX
          || !SYSTEM_ID.equals(request.getSystemId())
          || !PASSWORD.equals(request.getPassword())) {
        request.reject(0x0E); // ESME_RINVPASWD
        return;
      }
      request.accept(SYSTEM_ID);
    } catch (Exception e) {
      LOG.log(Level.FINE, "SMPP bind", e);
      session.unbindAndClose();
    }
  }

  /**
   * A client session bound to this peer as a transmitter (for benchmarks and tests that speak to it
   * directly).
   */
  public static org.jsmpp.session.SMPPSession client(int port, String password) throws IOException {
    org.jsmpp.session.SMPPSession session = new org.jsmpp.session.SMPPSession();
    session.connectAndBind(
        "127.0.0.1",
        port,
        new org.jsmpp.session.BindParameter(
            BindType.BIND_TX,
            SYSTEM_ID,
            password,
            "op",
            org.jsmpp.bean.TypeOfNumber.UNKNOWN,
            org.jsmpp.bean.NumberingPlanIndicator.UNKNOWN,
            null),
        5_000);
    return session;
  }

  /** Every whole message received so far. */
  public List<Sms> received() {
    return List.copyOf(received);
  }

  /** The file where the default run's messages are written for people to read. */
  public Path log() {
    return log;
  }

  synchronized void take(SubmitSm sm) {
    byte[] body = sm.getShortMessage();
    int coding = sm.getDataCoding() & 0xFF;
    boolean udh = (sm.getEsmClass() & 0x40) != 0;
    if (udh && body.length > 6 && body[0] == 5 && body[1] == 0 && body[2] == 3) {
      String key = sm.getDestAddress() + "/" + (body[3] & 0xFF);
      int total = body[4] & 0xFF;
      int seq = body[5] & 0xFF;
      byte[][] parts = partial.computeIfAbsent(key, k -> new byte[total][]);
      partialCodings.put(key, coding);
      if (seq >= 1 && seq <= total) {
        parts[seq - 1] = Arrays.copyOfRange(body, 6, body.length);
      }
      if (Arrays.stream(parts).allMatch(p -> p != null)) {
        partial.remove(key);
        partialCodings.remove(key);
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
          whole.writeBytes(p);
        }
        record(sm, decode(whole.toByteArray(), coding), coding, total);
      }
      return;
    }
    record(sm, decode(body, coding), coding, 1);
  }

  private void record(SubmitSm sm, String text, int coding, int parts) {
    Sms sms = new Sms(sm.getDestAddress(), sm.getSourceAddr(), text, coding, parts, Instant.now());
    received.add(sms);
    try {
      Files.writeString(
          log,
          sms.at()
              + "  to "
              + sms.to()
              + " ("
              + parts
              + " part"
              + (parts > 1 ? "s" : "")
              + "): "
              + text.replace("\n", " ⏎ ")
              + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String decode(byte[] bytes, int coding) {
    return coding == 8
        ? new String(bytes, StandardCharsets.UTF_16BE)
        : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "SMPP close", e);
    }
    sessions.shutdownNow();
  }

  private final class Receiver implements ServerMessageReceiverListener {

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
        throws ProcessRequestException {
      take(submitSm);
      try {
        return new SubmitSmResult(
            new MessageId(Long.toHexString(ids.incrementAndGet())), new OptionalParameter[0]);
      } catch (org.jsmpp.PDUStringException e) {
        throw new ProcessRequestException(e.getMessage(), 0x08);
      }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession s)
        throws ProcessRequestException {
      throw new ProcessRequestException("submit_multi is not supported here", 0x03);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("query_sm is not supported here", 0x03);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("replace_sm is not supported here", 0x03);
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("cancel_sm is not supported here", 0x03);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession s)
        throws ProcessRequestException {
      throw new ProcessRequestException("broadcast_sm is not supported here", 0x03);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source)
        throws ProcessRequestException {
      throw new ProcessRequestException("cancel_broadcast_sm is not supported here", 0x03);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
        QueryBroadcastSm query, SMPPServerSession source) throws ProcessRequestException {
      throw new ProcessRequestException("query_broadcast_sm is not supported here", 0x03);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
        throws ProcessRequestException {
      throw new ProcessRequestException("data_sm is not supported here", 0x03);
    }
  }

  /** For the tests: the messages to one number. */
  public List<Sms> to(String number) {
    List<Sms> found = new ArrayList<>();
    for (Sms s : received) {
      if (s.to().equals(number)) {
        found.add(s);
      }
    }
    return found;
  }
}
