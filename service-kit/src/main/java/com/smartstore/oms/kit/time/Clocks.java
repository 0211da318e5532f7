package com.smartstore.oms.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The services' clock: what "now" is for deadlines, timestamps and views. UTC system time in production; tests replace
 * it with the kit's {@code TestClock} (any other {@link Clock} bean wins over this default) and move time instead of
 * waiting for it.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
