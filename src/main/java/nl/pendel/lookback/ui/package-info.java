/** The screens of the lookback module. */
@org.jspecify.annotations.NullMarked
package nl.pendel.lookback.ui;
