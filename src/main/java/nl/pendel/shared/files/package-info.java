/** Checking uploaded files by their content (kind, size, PDF text) before any module keeps them. */
@org.jspecify.annotations.NullMarked
package nl.pendel.shared.files;
