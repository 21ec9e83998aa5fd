package org.bigsociety.participation.referendums.web;

import org.bigsociety.participation.referendums.Referendum;
import org.bigsociety.participation.referendums.Referendums;
import org.bigsociety.participation.referendums.State;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages: every referendum and poll, and one with its question, how to vote and, once counted, results. */
@Controller
class ReferendumPages {

	private final Referendums referendums;
	private final People people;

	ReferendumPages(Referendums referendums, People people) {
		this.referendums = referendums;
		this.people = people;
	}

	@GetMapping("/referendums")
	String list(Model model) {
		var all = referendums.latest().stream().filter(r -> r.state() != State.DRAFT)
			.map(r -> ReferendumView.of(r, referendums))
			.toList();
		model.addAttribute("referendums", all.stream().filter(r -> !r.poll()).toList());
		model.addAttribute("polls", all.stream().filter(ReferendumView::poll).toList());
		return "participation/referendums/list";
	}

	@GetMapping("/referendums/{id}")
	String referendum(@PathVariable long id, Model model) {
		Referendum referendum = referendums.find(id).orElseThrow(Referendums.NoSuchReferendum::new);
		PersonId me = people.currentPerson().orElse(null);
		boolean manages = referendums.manages(me, referendum);
		if (referendum.state() == State.DRAFT && !manages) {
			throw new Referendums.NoSuchReferendum();
		}
		model.addAttribute("referendum", ReferendumView.of(referendum, referendums));
		model.addAttribute("standing", referendums.standing(me, referendum).name());
		model.addAttribute("manages", manages);
		return "participation/referendums/referendum";
	}
}
