package org.bigsociety.timebank.ledger.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bigsociety.people.People;
import org.bigsociety.people.PersonId;
import org.bigsociety.platform.Problems;
import org.bigsociety.platform.Problems.ApiProblem;
import org.bigsociety.timebank.Minutes;
import org.bigsociety.timebank.TimeBankId;
import org.bigsociety.timebank.ledger.Account;
import org.bigsociety.timebank.ledger.AccountId;
import org.bigsociety.timebank.ledger.BetweenBanks;
import org.bigsociety.timebank.ledger.DayCheck;
import org.bigsociety.timebank.ledger.DayClosings;
import org.bigsociety.timebank.ledger.Book;
import org.bigsociety.timebank.ledger.Holder;
import org.bigsociety.timebank.ledger.IdempotencyKey;
import org.bigsociety.timebank.ledger.Ledger;
import org.bigsociety.timebank.ledger.Recording;
import org.bigsociety.timebank.ledger.Refusal;
import org.bigsociety.timebank.ledger.Statement;
import org.bigsociety.timebank.ledger.StatementLine;
import org.bigsociety.timebank.ledger.Transfer;
import org.bigsociety.timebank.ledger.TransferRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger over HTTP: move credits (with an {@code Idempotency-Key}), read a balance and a statement. Who may move
 * and read whose credits is checked on every call ({@link LedgerAccess}).
 */
@RestController
@RequestMapping("/api/v1/timebanks/{bank}")
@Tag(name = "Time bank ledger", description = "Time credits: transfers, balances and statements")
class LedgerApi {

	/** Statements and day boundaries are in the time banks' local time. */
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	static final int MAX_STATEMENT_DAYS = 366;

	private final Ledger ledger;
	private final LedgerAccess access;
	private final People people;
	private final MessageSource messages;
	private final DayClosings days;
	private final Clock clock;

	LedgerApi(Ledger ledger, DayClosings days, LedgerAccess access, People people, MessageSource messages,
			Clock clock) {
		this.ledger = ledger;
		this.days = days;
		this.access = access;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping("/transfers")
	@Operation(summary = "Move credits",
			description = "Moves minutes from one account to another. 'from' defaults to your own account in this "
					+ "time bank; a broker may pay from any member's account, the pot or a partner's, and a group admin "
					+ "from their organisation's. If 'to' is in another time bank, the transfer goes between the two "
					+ "banks through their clearing accounts. The Idempotency-Key header is required: repeating a "
					+ "request with the same key and content returns the first result (200) instead of posting again "
					+ "(201); the same key with other content is refused (422). A transfer beyond the floor or ceiling "
					+ "answers 409; one from an account you may not use, or to an account not in a time bank, 422.",
			responses = { @ApiResponse(responseCode = "201", description = "Posted"),
					@ApiResponse(responseCode = "200", description = "Posted before with this key: the first result"),
					@ApiResponse(responseCode = "409", description = "Beyond the floor or the ceiling",
							content = @Content(mediaType = "application/problem+json")),
					@ApiResponse(responseCode = "422",
							description = "Not a member, not yours, the same account, or the key reused",
							content = @Content(mediaType = "application/problem+json")) })
	ResponseEntity<TransferJson> transfer(@PathVariable long bank,
			@Parameter(description = "A new unique value per transfer, such as a UUID; 1 to 128 of A-Z a-z 0-9 - _ . : / + = @")
			@RequestHeader("Idempotency-Key") String idempotencyKey, @RequestBody TransferBody body) {
		PersonId me = currentPerson();
		IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
		Book book = book(bank);
		if (body.to() == null || body.minutes() == null) {
			throw new IllegalArgumentException("A transfer needs 'to' (an account id) and 'minutes'.");
		}
		Account from = body.from() == null
				? ledger.accountOf(book.bank(), Holder.person(me))
					.orElseThrow(() -> new Refusal(Refusal.Reason.NOT_A_MEMBER, "(yours)", book.bank()))
				: ledger.account(new AccountId(body.from()))
					.filter(account -> account.bank().equals(book.bank()))
					.orElseThrow(() -> new Refusal(Refusal.Reason.NOT_A_MEMBER, body.from(), book.bank()));
		if (!access.mayMove(me, from, book)) {
			throw new Refusal(Refusal.Reason.NOT_YOURS, from.id());
		}
		Account to = ledger.account(new AccountId(body.to()))
			.orElseThrow(() -> new Refusal(Refusal.Reason.NOT_A_MEMBER, body.to(), book.bank()));
		PersonId onBehalfOf = from.holder().kind() == Holder.Kind.PERSON && from.holder().id() != me.value()
				? new PersonId(from.holder().id()) : null;
		Recording recording = new Recording(key, me, onBehalfOf, body.memo(), body.exchangeReference());
		TransferRequest request = new TransferRequest(from.id(), to.id(), Minutes.of(body.minutes()), recording);
		Transfer transfer;
		if (to.bank().equals(book.bank())) {
			transfer = ledger.transfer(request);
		}
		else {
			BetweenBanks both = ledger.transferBetweenBanks(request);
			transfer = both.sent();
		}
		return ResponseEntity.status(transfer.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(transfer.replayed()))
			.body(TransferJson.of(transfer));
	}

	@GetMapping("/account")
	@Operation(summary = "Your own account in this time bank", description = "404 if you have none.")
	AccountJson mine(@PathVariable long bank) {
		PersonId me = currentPerson();
		Book book = book(bank);
		return ledger.accountOf(book.bank(), Holder.person(me))
			.map(AccountJson::of)
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Not Found",
					"You have no account in time bank " + bank + "."));
	}

	@GetMapping("/accounts/{account}")
	@Operation(summary = "An account's balance and limits",
			description = "For its holder (a group admin for an organisation's) and the time bank's brokers.")
	AccountJson account(@PathVariable long bank, @PathVariable long account) {
		return AccountJson.of(readable(bank, account));
	}

	@GetMapping("/accounts/{account}/statement")
	@Operation(summary = "An account's statement",
			description = "Entries from 'from' up to and including 'to' (dates, UK time; by default the last 90 days, "
					+ "at most " + MAX_STATEMENT_DAYS + "), oldest first, each with the balance after it, the other "
					+ "account, the memo and who recorded it.")
	StatementJson statement(@PathVariable long bank, @PathVariable long account,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		Account readable = readable(bank, account);
		LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ZONE));
		LocalDate first = from != null ? from : last.minusDays(89);
		if (first.isAfter(last)) {
			throw new IllegalArgumentException("'from' must not be after 'to'.");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_STATEMENT_DAYS) {
			throw new IllegalArgumentException("A statement covers at most " + MAX_STATEMENT_DAYS + " days.");
		}
		Instant start = first.atStartOfDay(ZONE).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(ZONE).toInstant();
		return StatementJson.of(ledger.statement(readable.id(), start, end), first, last);
	}

	@GetMapping("/days/{day}")
	@Operation(summary = "Check a closed day against its entries",
			description = "Public. Each day (UK time) each time bank's book puts on the public record the number of "
					+ "transfers, the minutes they moved and a SHA-256 hash of that day's entries (see "
					+ "docs/timebank-ledger.md for the canonical form). This recomputes all three from the entries "
					+ "now: 'matches' is true if the day was closed and its entries still hash to what was recorded.")
	DayJson day(@PathVariable long bank, @PathVariable LocalDate day) {
		Book book = book(bank);
		return DayJson.of(days.check(book.bank(), day));
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refused(Refusal refusal, Locale locale) {
		HttpStatus status = status(refusal.reason());
		ProblemDetail problem = Problems.of(status, status.getReasonPhrase(), refusal.message(messages, locale));
		problem.setProperty("reason", refusal.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem);
	}

	/**
	 * 409 when the refusal depends on the current state (a balance at its limit, a transfer reversed already); 422
	 * when the request itself can never succeed as sent (including a reused key, as the IETF Idempotency-Key draft
	 * asks); 404 for what does not exist.
	 */
	static HttpStatus status(Refusal.Reason reason) {
		return switch (reason) {
			case BEYOND_FLOOR, BEYOND_CEILING, ALREADY_REVERSED, LIMITS_EXCLUDE_BALANCES -> HttpStatus.CONFLICT;
			case UNKNOWN_BOOK, UNKNOWN_ACCOUNT, UNKNOWN_TRANSFER -> HttpStatus.NOT_FOUND;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	/**
	 * The account, if the caller may read it. An account that does not exist in this book is a 404 for the book's
	 * brokers and a 403 for everyone else, so nobody else can tell which accounts exist.
	 */
	private Account readable(long bank, long account) {
		PersonId me = currentPerson();
		Book book = book(bank);
		Account found = account > 0 ? ledger.account(new AccountId(account))
			.filter(candidate -> candidate.bank().equals(book.bank()))
			.orElse(null) : null;
		if (found != null && access.mayRead(me, found, book)) {
			return found;
		}
		if (found == null && access.isBroker(me, book)) {
			throw new ApiProblem(HttpStatus.NOT_FOUND, "Not Found",
					"There is no account " + account + " in time bank " + bank + ".");
		}
		throw new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden",
				"Only the account's holder and the time bank's brokers can read it.");
	}

	private Book book(long bank) {
		if (bank <= 0) {
			throw new IllegalArgumentException("A time bank id is a positive number.");
		}
		return ledger.book(new TimeBankId(bank))
			.orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "Not Found", "There is no time bank " + bank + "."));
	}

	private PersonId currentPerson() {
		return people.currentPerson()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to use the ledger"));
	}

	@Schema(description = "A transfer to post")
	record TransferBody(
			@Schema(description = "The paying account; by default your own account in this time bank") Long from,
			@Schema(description = "The receiving account, in this or another time bank",
					requiredMode = Schema.RequiredMode.REQUIRED) Long to,
			@Schema(description = "Whole minutes, more than zero", requiredMode = Schema.RequiredMode.REQUIRED) Long minutes,
			@Schema(description = "What it was for, shown on both statements; one line, at most 500 characters") String memo,
			@Schema(description = "What it settles, such as exchange/42; at most 200 characters") String exchangeReference) {
	}

	record DayJson(long timeBank, LocalDate day, boolean closed, Instant closedAt, Recorded recorded,
			Recomputed recomputed, boolean matches, Long recordEntry, boolean onRecord) {

		record Recorded(long transfers, long minutes, String entriesHash) {
		}

		record Recomputed(long transfers, long minutes, String entriesHash) {
		}

		static DayJson of(DayCheck check) {
			boolean closed = check.recordedHash() != null;
			return new DayJson(check.bank().value(), check.day(), closed, check.closedAt(),
					closed ? new Recorded(check.recordedTransfers(), check.recordedMinutes(), check.recordedHash()) : null,
					new Recomputed(check.transfers(), check.minutes(), check.hash()), check.matches(), check.recordSeq(),
					check.onRecord());
		}
	}

	record TransferJson(long id, long timeBank, String kind, long from, long to, long minutes, String memo,
			String exchangeReference, Long recordedBy, Long onBehalfOf, Long reverses, Long counterpart,
			Instant recordedAt, boolean replayed) {

		static TransferJson of(Transfer transfer) {
			return new TransferJson(transfer.id().value(), transfer.bank().value(), transfer.kind().name(),
					transfer.from().value(), transfer.to().value(), transfer.amount().value(), transfer.memo(),
					transfer.exchangeReference(), transfer.recordedBy() == null ? null : transfer.recordedBy().value(),
					transfer.onBehalfOf() == null ? null : transfer.onBehalfOf().value(),
					transfer.reverses() == null ? null : transfer.reverses().value(),
					transfer.counterpart() == null ? null : transfer.counterpart().value(), transfer.recordedAt(),
					transfer.replayed());
		}
	}

	record AccountJson(long id, long timeBank, String holderKind, long holderId, long balanceMinutes, String balance,
			Long floorMinutes, Long ceilingMinutes) {

		static AccountJson of(Account account) {
			return new AccountJson(account.id().value(), account.bank().value(), account.holder().kind().name(),
					account.holder().id(), account.balance().value(), account.balance().toString(),
					account.floor() == null ? null : account.floor().value(),
					account.ceiling() == null ? null : account.ceiling().value());
		}
	}

	record StatementJson(AccountJson account, LocalDate from, LocalDate to, long openingMinutes, long closingMinutes,
			List<LineJson> lines) {

		static StatementJson of(Statement statement, LocalDate from, LocalDate to) {
			return new StatementJson(AccountJson.of(statement.account()), from, to, statement.opening().value(),
					statement.closing().value(), statement.lines().stream().map(LineJson::of).toList());
		}
	}

	record LineJson(long entry, long transfer, String kind, Instant at, long minutes, long balanceAfterMinutes,
			long counterpartyAccount, String counterpartyKind, long counterpartyId, String memo, Long recordedBy,
			Long onBehalfOf, String exchangeReference, Long reverses) {

		static LineJson of(StatementLine line) {
			return new LineJson(line.entry(), line.transfer().value(), line.kind().name(), line.at(),
					line.amount().value(), line.balanceAfter().value(), line.counterparty().value(),
					line.counterpartyHolder().kind().name(), line.counterpartyHolder().id(), line.memo(),
					line.recordedBy() == null ? null : line.recordedBy().value(),
					line.onBehalfOf() == null ? null : line.onBehalfOf().value(), line.exchangeReference(),
					line.reverses() == null ? null : line.reverses().value());
		}
	}
}
