/**
 * Sign-in, roles and who is signed in. Exposes {@link nl.pendel.security.Roles}, {@link
 * nl.pendel.security.PendelUser} and {@link nl.pendel.security.CurrentUser}; the accounts
 * themselves belong to the {@code account} module, which provides the {@code UserDetailsService}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package nl.pendel.security;
