/** The screens of the subgroup module (subgroups). */
@org.jspecify.annotations.NullMarked
package nl.pendel.subgroup.ui;
