/**
 * The frame around every screen (side menu by role, the signed-in person, sign-out) and the home
 * page, which shows each person what they can do next.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Home and layout")
package nl.pendel.home;
