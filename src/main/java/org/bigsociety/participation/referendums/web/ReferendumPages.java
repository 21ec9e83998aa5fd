package org.bigsociety.participation.referendums.web;

import java.util.List;

import org.bigsociety.participation.referendums.Referendum;
import org.bigsociety.participation.referendums.Referendums;
import org.bigsociety.participation.referendums.State;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

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

	/** The vote as JSON (open data); drafts are not public. */
	@GetMapping("/referendums/{id}.json")
	@ResponseBody
	ReferendumJson json(@PathVariable long id) {
		Referendum referendum = referendums.find(id)
			.filter(r -> r.state() != State.DRAFT)
			.orElseThrow(Referendums.NoSuchReferendum::new);
		return ReferendumJson.of(referendum, referendums);
	}

	/** A counted vote's ballots, without voters, in the canonical form whose SHA-256 is on the public record. */
	@GetMapping(value = "/referendums/{id}/ballots.txt", produces = "text/plain;charset=UTF-8")
	@ResponseBody
	String ballots(@PathVariable long id) {
		List<String> lines = referendums.countedBallots(id).orElseThrow(Referendums.NoSuchReferendum::new);
		StringBuilder text = new StringBuilder();
		lines.forEach(line -> text.append(line).append('\n'));
		return text.toString();
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
