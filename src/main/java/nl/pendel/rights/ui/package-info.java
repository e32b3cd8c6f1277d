/** The screens of the rights module (privacy rights). */
@org.jspecify.annotations.NullMarked
package nl.pendel.rights.ui;
