package org.bigsociety.access;

import java.util.List;

import static org.bigsociety.access.ModuleEndpoints.get_;
import static org.bigsociety.access.ModuleEndpoints.post_;

/**
 * The time bank's endpoints (not the ledger's). Examples use the demo time bank, which the demo broker brokers and the
 * demo resident belongs to; ids that do not exist (999999999) show that a role is let in without acting on anything.
 */
class TimebankEndpoints implements ModuleEndpoints {

	static final String BANK = "/timebanks/hackney-time-bank";
	static final String NONE = "999999999";

	@Override
	public List<Endpoint> endpoints() {
		return List.of(
				// time banks and joining
				get_("/timebanks", Access.PUBLIC),
				get_("/timebanks/new", Access.BROKER),
				post_("/timebanks/new", "/timebanks/new", Access.BROKER),
				get_("/timebanks/{bank}", BANK, Access.PUBLIC),
				get_("/timebanks/{bank}/join", BANK + "/join", Access.SIGNED_IN),
				post_("/timebanks/{bank}/join", BANK + "/join", Access.SIGNED_IN),
				post_("/timebanks/{bank}/digest", BANK + "/digest", Access.SIGNED_IN),
				// brokers: members
				get_("/timebanks/{bank}/members", BANK + "/members", Access.BROKER),
				get_("/timebanks/{bank}/members/{member}", BANK + "/members/" + NONE, Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/approve", BANK + "/members/" + NONE + "/approve", Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/refuse", BANK + "/members/" + NONE + "/refuse", Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/notes", BANK + "/members/" + NONE + "/notes", Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/vetting", BANK + "/members/" + NONE + "/vetting", Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/supported", BANK + "/members/" + NONE + "/supported",
						Access.BROKER),
				// offers and requests
				get_("/timebanks/{bank}/listings", BANK + "/listings?q=garden&near=E81DY", Access.PUBLIC),
				get_("/timebanks/{bank}/listings/new", BANK + "/listings/new", Access.SIGNED_IN),
				post_("/timebanks/{bank}/listings", BANK + "/listings", Access.SIGNED_IN),
				get_("/timebanks/{bank}/listings/{listing}", BANK + "/listings/" + NONE, Access.PUBLIC),
				post_("/timebanks/{bank}/listings/{listing}/close", BANK + "/listings/" + NONE + "/close",
						Access.SIGNED_IN),
				get_("/timebanks/{bank}/members/{member}/listings/new", BANK + "/members/" + NONE + "/listings/new",
						Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/listings", BANK + "/members/" + NONE + "/listings",
						Access.BROKER),
				// exchanges
				get_("/timebanks/{bank}/listings/{listing}/respond", BANK + "/listings/" + NONE + "/respond",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/listings/{listing}/respond", BANK + "/listings/" + NONE + "/respond",
						Access.SIGNED_IN),
				get_("/timebanks/{bank}/exchanges", BANK + "/exchanges", Access.SIGNED_IN),
				get_("/timebanks/{bank}/exchanges/for-brokers", BANK + "/exchanges/for-brokers", Access.BROKER),
				get_("/timebanks/{bank}/exchanges/{exchange}", BANK + "/exchanges/" + NONE, Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/accept", BANK + "/exchanges/" + NONE + "/accept",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/time", BANK + "/exchanges/" + NONE + "/time",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/done", BANK + "/exchanges/" + NONE + "/done",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/confirm", BANK + "/exchanges/" + NONE + "/confirm",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/cancel", BANK + "/exchanges/" + NONE + "/cancel",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/dispute", BANK + "/exchanges/" + NONE + "/dispute",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/resolve", BANK + "/exchanges/" + NONE + "/resolve",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/exchanges/{exchange}/reference",
						BANK + "/exchanges/" + NONE + "/reference", Access.SIGNED_IN),
				// brokers act for members without the internet
				get_("/timebanks/{bank}/record", BANK + "/record", Access.BROKER),
				post_("/timebanks/{bank}/record", BANK + "/record", Access.BROKER),
				get_("/timebanks/{bank}/members/enrol-offline", BANK + "/members/enrol-offline", Access.BROKER),
				post_("/timebanks/{bank}/members/enrol-offline", BANK + "/members/enrol-offline", Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/online", BANK + "/members/" + NONE + "/online", Access.BROKER),
				// partner rewards
				get_("/timebanks/{bank}/rewards", BANK + "/rewards", Access.PUBLIC),
				post_("/timebanks/{bank}/rewards/{reward}/redeem", BANK + "/rewards/" + NONE + "/redeem",
						Access.SIGNED_IN),
				post_("/timebanks/{bank}/redemptions/{redemption}/confirm",
						BANK + "/redemptions/" + NONE + "/confirm", Access.SIGNED_IN),
				post_("/timebanks/{bank}/redemptions/{redemption}/cancel", BANK + "/redemptions/" + NONE + "/cancel",
						Access.SIGNED_IN),
				get_("/timebanks/{bank}/partners", BANK + "/partners", Access.BROKER),
				post_("/timebanks/{bank}/partners", BANK + "/partners", Access.BROKER),
				post_("/timebanks/{bank}/partners/rewards", BANK + "/partners/rewards", Access.BROKER),
				// statements, time sheets and paper imports
				get_("/timebanks/{bank}/statement", BANK + "/statement", Access.SIGNED_IN),
				get_("/timebanks/{bank}/statement.csv", BANK + "/statement.csv", Access.SIGNED_IN),
				get_("/timebanks/{bank}/members/{member}/statement", BANK + "/members/" + NONE + "/statement",
						Access.BROKER),
				get_("/timebanks/{bank}/members/{member}/statement.csv", BANK + "/members/" + NONE + "/statement.csv",
						Access.BROKER),
				get_("/timebanks/{bank}/members/{member}/timesheet", BANK + "/members/" + NONE + "/timesheet",
						Access.BROKER),
				get_("/timebanks/{bank}/import", BANK + "/import", Access.BROKER),
				post_("/timebanks/{bank}/import", BANK + "/import", Access.BROKER),
				// the community pot
				get_("/timebanks/{bank}/pot", BANK + "/pot", Access.SIGNED_IN),
				post_("/timebanks/{bank}/pot/donate", BANK + "/pot/donate", Access.SIGNED_IN),
				post_("/timebanks/{bank}/pot/grant", BANK + "/pot/grant", Access.BROKER),
				// correcting a mistake on a member's statement
				get_("/timebanks/{bank}/members/{member}/transfers/{transfer}/correct",
						BANK + "/members/" + NONE + "/transfers/1/correct", Access.BROKER),
				post_("/timebanks/{bank}/members/{member}/transfers/{transfer}/correct",
						BANK + "/members/" + NONE + "/transfers/1/correct", Access.BROKER),
				// the time bank's limits
				get_("/timebanks/{bank}/limits", BANK + "/limits", Access.BROKER),
				post_("/timebanks/{bank}/limits", BANK + "/limits", Access.BROKER),
				get_("/timebanks/{bank}/dashboard", BANK + "/dashboard", Access.PUBLIC),
				get_("/api/v1/timebanks/{id}/listings", "/api/v1/timebanks/hackney-time-bank/listings?q=garden",
						Access.PUBLIC));
	}
}
