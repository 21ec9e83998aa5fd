package org.bigsociety.action.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bigsociety.action.events.NotFound;
import org.bigsociety.action.events.Typed;
import org.bigsociety.action.events.When;
import org.bigsociety.action.organisers.ListeningCampaigns;
import org.bigsociety.action.organisers.ThemeGroups;
import org.bigsociety.action.organisers.Training;
import org.bigsociety.action.organisers.TrainingModule;
import org.bigsociety.people.PersonId;
import org.bigsociety.place.Area;
import org.bigsociety.place.AreaId;
import org.bigsociety.place.AreaType;
import org.bigsociety.place.Doorstep;
import org.bigsociety.place.GssCode;
import org.bigsociety.place.Places;
import org.bigsociety.place.Postcode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /organisers}: a community organiser's training record and listening campaigns, the public page of what
 * people in an area are talking about, and turning a theme into a proposed group.
 */
@Controller
class OrganiserPages {

	private final Training training;
	private final ListeningCampaigns campaigns;
	private final ThemeGroups themeGroups;
	private final Places places;
	private final Signed signed;

	OrganiserPages(Training training, ListeningCampaigns campaigns, ThemeGroups themeGroups, Places places,
			Signed signed) {
		this.training = training;
		this.campaigns = campaigns;
		this.themeGroups = themeGroups;
		this.places = places;
		this.signed = signed;
	}

	record CompletedRow(String moduleKey, String on) {
	}

	record CampaignRow(long id, String title, String areaName, String started, int conversations, int people) {
	}

	record ConversationRow(String heldOn, String where, int people, List<String> themes, List<String> followUp) {
	}

	record ThemeRow(String theme, int conversations, int people, String lastHeard) {
	}

	record AreaRow(String key, String name, int conversations) {
	}

	// --- the organiser's own pages

	/** Anyone learns what community organisers do; an organiser sees their own training and campaigns. */
	@GetMapping("/organisers")
	String home(Model model) {
		PersonId me = signed.orNull();
		if (me == null || !Signed.holdsAnywhere(org.bigsociety.people.Role.ORGANISER)) {
			return "action/organisers/about";
		}
		model.addAttribute("training", completed(me));
		model.addAttribute("campaigns", campaigns.of(me).stream().map(OrganiserPages::row).toList());
		return "action/organisers/home";
	}

	@GetMapping("/organisers/training")
	String trainingForm(Model model) {
		return trainingPage(model, "", "", Map.of());
	}

	@PostMapping("/organisers/training")
	String recordTraining(@RequestParam(name = "module", required = false) String module,
			@RequestParam(name = "completedOn", required = false) String completedOn, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = training.record(signed.in(), module, completedOn);
		if (!errors.isEmpty()) {
			return trainingPage(model, Typed.trimmed(module), Typed.trimmed(completedOn), errors);
		}
		redirect.addFlashAttribute("notice", "action.training.recorded");
		return "redirect:/organisers/training";
	}

	private String trainingPage(Model model, String module, String completedOn, Map<String, String> errors) {
		model.addAttribute("training", completed(signed.in()));
		model.addAttribute("modules", Arrays.stream(TrainingModule.values())
			.map(m -> Choice.key(m.name(), m.messageKey()))
			.collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
				list.add(0, Choice.key("", "action.training.form.module.choose"));
				return list;
			})));
		model.addAttribute("module", module);
		model.addAttribute("completedOn", completedOn);
		model.addAttribute("errors", errors);
		return "action/organisers/training";
	}

	@GetMapping("/organisers/campaigns/new")
	String campaignForm(Model model) {
		model.addAttribute("title", "");
		model.addAttribute("postcode", "");
		model.addAttribute("errors", Map.of());
		return "action/organisers/campaign-new";
	}

	@PostMapping("/organisers/campaigns/new")
	String startCampaign(@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "postcode", required = false) String postcode, Model model,
			RedirectAttributes redirect) {
		ListeningCampaigns.Started started = campaigns.start(signed.in(), title, postcode);
		if (!started.errors().isEmpty()) {
			model.addAttribute("title", Typed.trimmed(title));
			model.addAttribute("postcode", Typed.trimmed(postcode));
			model.addAttribute("errors", started.errors());
			return "action/organisers/campaign-new";
		}
		redirect.addFlashAttribute("notice", "action.campaign.started");
		return "redirect:/organisers/campaigns/" + started.id();
	}

	@GetMapping("/organisers/campaigns/{id}")
	String campaign(@PathVariable long id, Model model) {
		return campaignPage(id, model, new ConversationForm("", "", "1", "", ""), Map.of());
	}

	record ConversationForm(String heldOn, String postcode, String people, String themes, String followUp) {
	}

	@PostMapping("/organisers/campaigns/{id}/conversations")
	String logConversation(@PathVariable long id, @RequestParam(name = "heldOn", required = false) String heldOn,
			@RequestParam(name = "postcode", required = false) String postcode,
			@RequestParam(name = "people", required = false) String people,
			@RequestParam(name = "themes", required = false) String themes,
			@RequestParam(name = "followUp", required = false) String followUp, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = campaigns.log(id, signed.in(), heldOn, postcode, people, themes, followUp);
		if (!errors.isEmpty()) {
			return campaignPage(id, model, new ConversationForm(Typed.trimmed(heldOn), Typed.trimmed(postcode),
					Typed.trimmed(people), Typed.trimmed(themes), Typed.trimmed(followUp)), errors);
		}
		redirect.addFlashAttribute("notice", "action.conversation.logged");
		return "redirect:/organisers/campaigns/" + id;
	}

	private String campaignPage(long id, Model model, ConversationForm form, Map<String, String> errors) {
		ListeningCampaigns.Campaign campaign = campaigns.run(id, signed.in());
		model.addAttribute("campaign", row(campaign));
		model.addAttribute("areaKey", places.area(campaign.area()).map(OrganiserPages::key)
			.orElse(Long.toString(campaign.area().value())));
		model.addAttribute("conversations", campaigns.conversations(id)
			.stream()
			.map(c -> new ConversationRow(When.longDate(c.heldOn()), areaName(c.area()), c.people(), c.themes(),
					Lines.of(c.followUp())))
			.toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "action/organisers/campaign";
	}

	// --- public: what people are talking about

	@GetMapping("/organisers/talking-about")
	String talkingAbout(@RequestParam(name = "postcode", required = false) String postcode, Model model) {
		String typed = Typed.trimmed(postcode);
		if (!typed.isEmpty()) {
			Optional<Doorstep> doorstep = Optional.empty();
			String error = null;
			try {
				doorstep = places.locate(Postcode.parse(typed));
				error = doorstep.isEmpty() ? "action.form.postcode.unknown" : null;
			}
			catch (IllegalArgumentException ex) {
				error = "action.form.postcode.invalid";
			}
			if (doorstep.isPresent()) {
				// The ward is the area people know; neighbourhoods are often too small to have heard much.
				Area area = doorstep.get().chain().stream().filter(a -> a.type() == AreaType.WARD).findFirst()
					.orElse(doorstep.get().smallest());
				return "redirect:/organisers/talking-about/" + key(area);
			}
			model.addAttribute("errors", Map.of("postcode", error));
		}
		else {
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("postcode", typed);
		model.addAttribute("areas", campaigns.areasListenedTo(50)
			.stream()
			.map(l -> new AreaRow(key(l.area()), l.area().name(), l.conversations()))
			.toList());
		return "action/organisers/talking-about";
	}

	@GetMapping("/organisers/talking-about/{area}")
	String talkingAboutIn(@PathVariable("area") String areaKey, Model model) {
		Area area = area(areaKey);
		model.addAttribute("area", area);
		model.addAttribute("areaKey", key(area));
		model.addAttribute("themes", campaigns.themesIn(area.id(), 30)
			.stream()
			.map(t -> new ThemeRow(t.theme(), t.conversations(), t.people(), When.longDate(t.lastHeard())))
			.toList());
		Area parent = area.parent().flatMap(places::area)
			.filter(p -> p.type() != AreaType.NATION && p.type() != AreaType.REGION).orElse(null);
		model.addAttribute("parent", parent);
		model.addAttribute("parentKey", parent == null ? null : key(parent));
		model.addAttribute("mayPropose", themeGroups.mayPropose(signed.orNull(), area.id()));
		return "action/organisers/talking-about-area";
	}

	// --- a theme becomes a proposed group

	@GetMapping("/organisers/groups/new")
	String proposeForm(@RequestParam(name = "area") String areaId, @RequestParam(name = "theme") String theme,
			Model model) {
		return proposePage(model, areaId, theme, "", "", Map.of());
	}

	@PostMapping("/organisers/groups/new")
	String propose(@RequestParam(name = "area") String areaId, @RequestParam(name = "theme") String theme,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "purpose", required = false) String purpose, Model model) {
		ThemeGroups.Proposed proposed = themeGroups.propose(signed.in(), area(areaId).id(), theme, name, purpose);
		if (!proposed.errors().isEmpty()) {
			return proposePage(model, areaId, theme, Typed.trimmed(name), Typed.trimmed(purpose), proposed.errors());
		}
		return "redirect:" + proposed.profilePath();
	}

	private String proposePage(Model model, String areaId, String theme, String name, String purpose,
			Map<String, String> errors) {
		Area area = area(areaId);
		if (!themeGroups.mayPropose(signed.in(), area.id())) {
			throw new org.springframework.security.access.AccessDeniedException("Not an organiser in " + area.name());
		}
		if (!campaigns.heardIn(area.id(), theme)) {
			throw new NotFound("Theme not heard in " + area.name());
		}
		model.addAttribute("area", area);
		model.addAttribute("areaKey", key(area));
		model.addAttribute("theme", Typed.trimmed(theme));
		model.addAttribute("name", name);
		model.addAttribute("purpose", purpose);
		model.addAttribute("errors", errors);
		return "action/organisers/group-new";
	}

	private List<CompletedRow> completed(PersonId person) {
		return training.of(person).stream()
			.map(c -> new CompletedRow(c.module().messageKey(), When.longDate(c.on())))
			.toList();
	}

	private static CampaignRow row(ListeningCampaigns.Campaign c) {
		return new CampaignRow(c.id(), c.title(), c.areaName(),
				When.longDate(java.time.LocalDate.ofInstant(c.startedAt(), Typed.LONDON)), c.conversations(), c.people());
	}

	/** An area in a URL: its GSS code where it has one (stable and readable), else its id. */
	static String key(Area area) {
		return area.gssCode().map(GssCode::value).orElse(Long.toString(area.id().value()));
	}

	private Area area(String key) {
		String typed = Typed.trimmed(key);
		Optional<Area> area = Optional.empty();
		if (typed.matches("\\d{1,18}")) {
			area = places.area(new AreaId(Long.parseLong(typed)));
		}
		else {
			try {
				area = places.byGssCode(new GssCode(typed.toUpperCase(java.util.Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				// not a GSS code: no such area
			}
		}
		return area.orElseThrow(() -> new NotFound("Area " + typed));
	}

	private String areaName(AreaId area) {
		return places.area(area).map(Area::name).orElse("");
	}
}
