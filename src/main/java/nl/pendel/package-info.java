/** The Pendel application: its start-up class; the features live in the modules below this package. */
@org.jspecify.annotations.NullMarked
package nl.pendel;
