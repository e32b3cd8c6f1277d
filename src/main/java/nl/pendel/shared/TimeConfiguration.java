package nl.pendel.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for everything time-dependent, so tests can set the time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The portal's time zone: the teams work in the Netherlands. */
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(AMSTERDAM);
    }
}
