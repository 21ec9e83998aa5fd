package org.bigsociety.timebank.ledger;

/**
 * A transfer between members of two time banks, posted as two legs in one transaction: in the paying book from the
 * payer to the clearing account of the other bank, and in the receiving book from the clearing account of the paying
 * bank to the payee. Both books stay balanced; the clearing accounts say what each bank owes the other.
 */
public record BetweenBanks(Transfer sent, Transfer received, boolean replayed) {
}
