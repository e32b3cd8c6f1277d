/** What each module offers for the privacy rights: its part of a person's data export and its retention rules. */
@org.jspecify.annotations.NullMarked
package nl.pendel.shared.personaldata;
