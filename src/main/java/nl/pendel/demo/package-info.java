/**
 * Demo data: the WIJ-team Korrewegwijk with its professionals, trainers and lead, and a second
 * team (Oosterpark) so access rules can be seen. Loaded only on the embedded database or with
 * the {@code demo} profile, never in production.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package nl.pendel.demo;
