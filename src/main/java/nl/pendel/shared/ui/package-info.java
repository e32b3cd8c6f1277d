/** Shared UI building blocks and the error pages. */
@org.jspecify.annotations.NullMarked
package nl.pendel.shared.ui;
