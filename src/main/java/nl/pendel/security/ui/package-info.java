/** The sign-in page. */
@org.jspecify.annotations.NullMarked
package nl.pendel.security.ui;
