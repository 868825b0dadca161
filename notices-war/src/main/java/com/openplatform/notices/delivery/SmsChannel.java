package com.openplatform.notices.delivery;

import com.openplatform.core.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * §6.1 SMS: SMPP 3.4 through jsmpp to the SMSC in {@code op.sms.host} / {@code op.sms.port} (bound
 * as a transmitter with {@code op.sms.system-id} / {@code op.sms.password}), one session per round
 * of sends. Without {@code op.sms.host} the platform has no SMS channel.
 */
@ApplicationScoped
public class SmsChannel {

  static final long TIMEOUT_MILLIS = 4_000;

  /** Whether an SMSC is configured. */
  public boolean available() {
    return Settings.find("op.sms.host").isPresent();
  }

  public Smsbox open() {
    return new Smsbox();
  }

  /** The address a phone number becomes: digits, international when written with a +. */
  static String destination(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }

  static TypeOfNumber numberType(String phone) {
    return phone.strip().startsWith("+") ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.UNKNOWN;
  }

  /** One SMPP session, bound at the first send and again after a failure. */
  public static final class Smsbox implements AutoCloseable {

    private SMPPSession session;

    public void send(String phone, String text) throws IOException {
      try {
        if (session == null || !session.getSessionState().isBound()) {
          close();
          session = new SMPPSession();
          session.setTransactionTimer(TIMEOUT_MILLIS);
          session.connectAndBind(
              Settings.get("op.sms.host", "127.0.0.1"),
              Integer.parseInt(Settings.get("op.sms.port", "2775")),
              new BindParameter(
                  BindType.BIND_TX,
                  Settings.get("op.sms.system-id", "openplatform"),
                  Settings.get("op.sms.password", ""),
                  "op",
                  TypeOfNumber.UNKNOWN,
                  NumberingPlanIndicator.UNKNOWN,
                  null),
              TIMEOUT_MILLIS);
        }
        int reference = ThreadLocalRandom.current().nextInt(256);
        for (SmsEncoding.Part part : SmsEncoding.parts(text, reference)) {
          session.submitShortMessage(
              "CMT",
              TypeOfNumber.ALPHANUMERIC,
              NumberingPlanIndicator.UNKNOWN,
              Settings.get("op.sms.source", "OpenPlatform"),
              numberType(phone),
              NumberingPlanIndicator.ISDN,
              destination(phone),
              new ESMClass(
                  MessageMode.DEFAULT,
                  MessageType.DEFAULT,
                  part.concatenated() ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT),
              (byte) 0,
              (byte) 1,
              null,
              null,
              new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
              (byte) 0,
              new GeneralDataCoding(
                  part.dataCoding() == SmsEncoding.UCS2
                      ? Alphabet.ALPHA_UCS2
                      : Alphabet.ALPHA_DEFAULT),
              (byte) 0,
              part.body());
        }
      } catch (IOException e) {
        close();
        throw e;
      } catch (Exception e) {
        close();
        throw new IOException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
      }
    }

    public Optional<Boolean> bound() {
      return Optional.ofNullable(session).map(s -> s.getSessionState().isBound());
    }

    @Override
    public void close() {
      if (session != null) {
        session.unbindAndClose();
        session = null;
      }
    }
  }
}
