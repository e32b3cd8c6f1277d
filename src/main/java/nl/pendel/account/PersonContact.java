package nl.pendel.account;

import java.util.Locale;

/** How to reach a person: for notifications only, never shown to other users. */
public record PersonContact(long id, String displayName, String email, Locale locale, boolean active) {}
