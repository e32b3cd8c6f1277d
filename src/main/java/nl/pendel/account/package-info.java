/**
 * People: who they are (name, e-mail, discipline, organisation, team), what roles they hold, their
 * password and language. Provides the {@code UserDetailsService} that sign-in uses, the people
 * administration and the CSV import.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package nl.pendel.account;
