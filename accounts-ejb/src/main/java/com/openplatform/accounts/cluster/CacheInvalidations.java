package com.openplatform.accounts.cluster;

import com.openplatform.core.cache.Caches;
import com.openplatform.core.cache.Invalidation;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every node's listener of the platform's cache invalidations ({@link Caches#TOPIC}): whatever
 * module changed a cached fact, every node drops its own copy. Hosted here because the accounts
 * module starts first; it serves the caches of every module.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Caches.TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic")
    })
public class CacheInvalidations implements MessageListener {

  private static final Logger LOG = Logger.getLogger(CacheInvalidations.class.getName());

  @Inject Caches caches;

  @Override
  public void onMessage(Message message) {
    try {
      caches.invalidateHere(Invalidation.of(message.getBody(Map.class)));
    } catch (JMSException | RuntimeException e) {
      LOG.log(Level.WARNING, "cache invalidation not understood", e);
    }
  }
}
