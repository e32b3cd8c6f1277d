package nl.pendel.programme.internal;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's cache abstraction for programme content that never changes ({@link ContentReads}):
 * plain concurrent maps, no expiry. Their bound is the content itself: one entry per programme or
 * caseload theme list version, which administrators add a few of a year, and loading content
 * empties them. Only the caches named here exist (a new one fails instead of growing unseen).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ProgrammeCaches {

    @Bean
    CacheManager cacheManager() {
        ConcurrentMapCacheManager caches =
                new ConcurrentMapCacheManager(ContentReads.FRAMEWORKS, ContentReads.CASELOAD_THEMES);
        // an empty result is not cached (see ContentReads); null never needs to be stored
        caches.setAllowNullValues(false);
        return caches;
    }
}
