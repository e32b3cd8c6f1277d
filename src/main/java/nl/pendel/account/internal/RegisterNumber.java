package nl.pendel.account.internal;

/** A person's professional register number, as {@link PersonRepository#findRegisterNumbers} reads it. */
public record RegisterNumber(long personId, String number) {}
