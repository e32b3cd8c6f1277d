/** The screens of the team module (teams and organisations). */
@org.jspecify.annotations.NullMarked
package nl.pendel.team.ui;
