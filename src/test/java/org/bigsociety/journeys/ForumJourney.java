package org.bigsociety.journeys;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.bigsociety.journeys.AccountSteps.signsIn;

/**
 * Community forums, with axe on every page: a resident finds Hackney's forum by postcode, starts a thread (fixing an
 * error first), replies to it and reports someone else's post; the moderator sees the report in the queue and opens
 * the post; the group administrator opens the group's forum and its moderation page without JavaScript.
 */
@Journey
class ForumJourney {

	static final Person RESIDENT = new Person("Demo Resident", "resident@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");
	static final Person MODERATOR = new Person("Demo Moderator", "moderator@demo.bigsociety.org.uk", "demo-password",
			"E8 1DY");
	static final Person GROUP_ADMIN = new Person("Demo Group Admin", "groupadmin@demo.bigsociety.org.uk",
			"demo-password", "E8 1DY");

	@Test
	void aResidentStartsAThreadRepliesAndReportsAPost(Visitor resident) {
		String title = "Dog fouling on Graham Road " + UUID.randomUUID().toString().substring(0, 6);
		signsIn(resident, RESIDENT);
		resident.open("/forums");
		resident.seesHeading("Community forums");
		resident.fillIn("Find your area's forums", "E8 1DY").clickButton("Find forums");
		resident.sees("Forums for E8 1DY");
		resident.open("/forums/areas/E09000012");
		resident.seesHeading("Hackney forum").sees("Broken street light on Mare Street near the library");
		resident.clickLink("Start a thread");
		resident.seesHeading("Start a thread");
		resident.fillIn("Title", title).clickButton("Post thread");
		resident.followsErrorToField("Enter your post", "Your post");
		resident.fillIn("Your post", "It is getting worse near the bus stop.\nSee https://hackney.gov.uk/dog-fouling")
			.clickButton("Post thread");
		resident.seesHeading(title).sees("It is getting worse near the bus stop.");
		resident.fillIn("Your reply", "Photos to follow.").clickButton("Post reply");
		resident.sees("Photos to follow.");
		// A slip corrected: the reply's "Change" link, the form (axe-checked), the words saved and marked edited.
		resident.click(resident.page().locator("a[href$='/edit']").last());
		resident.seesHeading("Change your post").sees(title);
		resident.fillIn("Your post", "Photos to follow tomorrow.").clickButton("Save changes");
		resident.seesHeading(title).sees("Photos to follow tomorrow.").sees("Edited");

		resident.open("/forums/threads/2");
		resident.seesHeading("Street lunch on London Fields this summer?");
		resident.open("/forums/posts/7/report");
		resident.seesHeading("Report a post").sees("Street lunch on London Fields this summer?");
		resident.clickButton("Send report");
		resident.followsErrorToField("Say what is wrong with the post", "What is wrong with it?");
		resident.fillIn("What is wrong with it?", "Testing the report form (journey)").clickButton("Send report");
		resident.seesBanner("Thank you for your report");
	}

	@Test
	void theModeratorSeesReportsAndTheLog(Visitor moderator) {
		signsIn(moderator, MODERATOR);
		moderator.open("/forums/areas/E09000012");
		moderator.clickLink("Moderate this forum");
		moderator.seesHeading("Moderate this forum").sees("Rude about council staff, and not about the street light.");
		moderator.sees("Moderation log");
		moderator.open("/forums/posts/3/moderate");
		moderator.seesHeading("Moderate a post");
		moderator.clickButton("Confirm");
		moderator.followsErrorToField("Choose what to do with the post", "Hide it (the reason shows in its place)");
		moderator.open("/forums/threads/1");
		moderator.sees("A moderator hid this post: Advertising");
		moderator.open("/forums/posts/3/suspend");
		moderator.seesHeading("Suspend from posting");
	}

	@Test
	void theGroupAdministratorRunsTheGroupsForum(@WithoutJavaScript Visitor admin) {
		signsIn(admin, GROUP_ADMIN);
		admin.open("/forums/groups/mapledene-road-residents-association");
		admin.seesHeading("Mapledene Road Residents' Association forum").sees("Planting day: which Saturday?");
		admin.clickLink("Planting day: which Saturday?");
		admin.seesHeading("Planting day: which Saturday?");
		admin.open("/forums/groups/mapledene-road-residents-association/moderation");
		admin.seesHeading("Moderate this forum").sees("Only members of the group may read this forum");
	}
}
