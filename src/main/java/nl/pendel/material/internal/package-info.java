/** The materials' table: writes in the store, screen reads in the reads class, personal data and cleanup. */
@org.jspecify.annotations.NullMarked
package nl.pendel.material.internal;
