/** The screens of the programme module (programmes). */
@org.jspecify.annotations.NullMarked
package nl.pendel.programme.ui;
