/**
 * Action: events and social action (street lunches, litter picks, Big Society Days) with sign-ups, waiting lists,
 * reminders and attendance; iCalendar feeds; volunteering opportunities, applications and employer-supported
 * volunteering; community organisers' training records and listening campaigns. Attendance at an event linked to a
 * time bank is credited by publishing {@link org.bigsociety.timebank.GroupActivityAttended}, never by a direct call.
 * Big Society Day totals go on the public record as {@link BigSocietyDayTotalled}.
 */
package org.bigsociety.action;
