package com.smartstore.oms.intake.service;

import com.smartstore.oms.kit.pii.PiiCipher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses to start without PII keys (R-SEC1): intake stores contact data and must never store it in clear. */
@ApplicationScoped
public class IntakeStartup {
    void onStart(@Observes StartupEvent start, PiiCipher cipher) {
        cipher.requireConfigured();
    }
}
