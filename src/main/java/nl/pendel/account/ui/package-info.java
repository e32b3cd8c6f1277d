/** The screens of the account module (accounts). */
@org.jspecify.annotations.NullMarked
package nl.pendel.account.ui;
