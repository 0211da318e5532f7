package com.smartstore.oms.shipping.config;

import com.smartstore.oms.kit.pii.PiiCipher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start without PII keys (R-SEC1): shipping keeps customers' e-mail addresses and mails encrypted
 * ({@code kit.pii.Encrypted}), and this also keeps the cipher bean that the converter looks up from being removed.
 */
@ApplicationScoped
public class PiiStartup {
    void onStart(@Observes StartupEvent start, PiiCipher cipher) {
        cipher.requireConfigured();
    }
}
