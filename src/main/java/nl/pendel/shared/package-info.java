/**
 * What every feature module may use: translations, the clock, and a few small UI building
 * blocks. Holds no domain logic.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.pendel.shared;
