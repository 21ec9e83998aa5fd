/**
 * Time banks: members, offers and requests, exchanges, brokers, partner rewards, and the ledger of time credits (one
 * hour of help is worth one hour, whoever gives it). Other modules see time banks through {@link TimeBanks} and credit
 * group activities by publishing {@link GroupActivityAttended}.
 */
package org.bigsociety.timebank;
