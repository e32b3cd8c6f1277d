/** Internals of the account module (accounts): not for other modules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.account.internal;
