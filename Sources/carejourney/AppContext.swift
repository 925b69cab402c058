import Foundation
import JourneyCore
import JourneyStore

/// The one place that reads the real clock, the environment and the data directory.
///
/// `CAREJOURNEY_NOW` (an ISO 8601 date-time with offset) replaces the clock: the tests and the
/// benchmark use it so that nothing depends on the machine's clock or time zone. Whenever it is
/// set, every run says so on standard error: a shell left with it exported would date every
/// entry with one moment.
struct AppContext {
  let now: Timestamp
  let environment: [String: String]
  let store: JourneyStore
  /// Who writes: `--role`/`--name`, else the person remembered on this computer, else (for the
  /// patient) the patient's name, else the login name
  /// (``KeyboardPerson/author(role:name:remembered:patient:login:)``).
  let author: Author
  let localOffset: @Sendable (LocalDate, Int) -> Int
  /// This computer's settings folder (who uses it), outside the data directory.
  let config: ConfigFolder
  /// The person remembered on this computer, if any (nil too when the file is damaged).
  let remembered: KeyboardPerson?
  /// `--role` and `--name` as given for this run.
  let global: GlobalOptions

  var today: LocalDate { now.date }

  init(global: GlobalOptions) throws {
    let environment = ProcessInfo.processInfo.environment
    let offset = AppContext.systemOffset
    if let fixed = environment["CAREJOURNEY_NOW"], !fixed.isEmpty {
      printError(
        "warning: CAREJOURNEY_NOW=\(fixed) fixes the clock (a setting for tests): everything is "
          + "dated with that moment; unset it to use the real time")
      guard let value = Timestamp.parse(fixed, localOffset: offset) else {
        throw CLIError("CAREJOURNEY_NOW=\(fixed) is not a date-time like 2026-11-22T08:15+01:00")
      }
      now = value
    } else {
      let seconds = Int(Date().timeIntervalSince1970)
      now = Timestamp(
        unixSeconds: seconds,
        utcOffset: TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
    }
    self.environment = environment
    self.localOffset = offset
    // An empty --data would mean the default folder: the real journey, when a script meant a
    // test folder (`--data "$DIR"` with DIR unset).
    if global.data?.isEmpty == true {
      throw CLIError(
        "--data is empty: give the folder, e.g. --data ~/carejourney-demo (leave --data out "
          + "for the default one)")
    }
    let directory = DataDirectory.resolve(
      option: global.data, environment: environment,
      currentDirectory: FileManager.default.currentDirectoryPath)
    store = JourneyStore(directory: directory)
    try TextLimits.check(names: ["--name": global.name])
    self.global = global
    config = ConfigFolder.resolve(
      environment: environment, currentDirectory: FileManager.default.currentDirectoryPath)
    do {
      remembered = try config.person()
    } catch {
      printError("warning: who uses this computer could not be read (\(error)); it is asked again")
      remembered = nil
    }
    let store = store
    author = AppContext.author(global: global, remembered: remembered, environment: environment) {
      guard store.hasJourney, let events = try? store.readEvents().events else { return nil }
      return Journey(events: events).patient
    }
  }

  /// Who writes for `global`'s `--role` and `--name`, the person remembered, and the patient's
  /// name when it comes to that (`patient` is called only then).
  static func author(
    global: GlobalOptions, remembered: KeyboardPerson?, environment: [String: String],
    patient: () -> String?
  ) -> Author {
    let login = environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    return KeyboardPerson.author(
      role: global.role, name: global.name, remembered: remembered?.author, patient: patient,
      login: login)
  }

  /// The author for a journey about to start for `patient` (`init`): the patient's name stands
  /// in for the login name.
  func author(startingFor patient: String) -> Author {
    AppContext.author(global: global, remembered: remembered, environment: environment) {
      patient
    }
  }

  /// The UTC offset in force in the machine's time zone at a local date and time.
  static let systemOffset: @Sendable (LocalDate, Int) -> Int = { date, second in
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    let components = DateComponents(
      year: date.year, month: date.month, day: date.day, hour: second / 3600,
      minute: second / 60 % 60, second: second % 60)
    let moment = calendar.date(from: components) ?? Date()
    return TimeZone.current.secondsFromGMT(for: moment)
  }

  /// The time now: the real clock, or the fixed `CAREJOURNEY_NOW` (tests) which stands still.
  func currentTime() -> Timestamp {
    if let fixed = environment["CAREJOURNEY_NOW"], !fixed.isEmpty { return now }
    let seconds = Int(Date().timeIntervalSince1970)
    return Timestamp(
      unixSeconds: seconds,
      utcOffset: TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds))))
  }

  /// A new unique line id.
  func newID() -> String {
    String(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16))
  }

  /// Reads everything (or the day files between two dates), refusing with a helpful line when
  /// there is no journey yet, or when `journey.jsonl` is missing beside day files (saying so,
  /// rather than "no journey yet").
  func loadStarted(
    entriesFrom from: LocalDate? = nil, to: LocalDate? = nil, readingEntries: Bool = true
  ) throws -> (JourneySnapshot, CareProtocol) {
    try requireJourneyFile()
    let snapshot = try readingEntries ? store.load(entriesFrom: from, to: to) : store.loadJourney()
    guard snapshot.journey.isStarted else { throw CLIError.noJourney(store.directory.root) }
    return (snapshot, try loadProtocol(for: snapshot.journey))
  }

  /// Refuses when `journey.jsonl` is missing: "no journey yet", or, when day files are there,
  /// that the journey file is gone and `verify` lists what is left; and when it is damaged
  /// (empty, or not starting with the journey's start), naming the line.
  func requireJourneyFile() throws {
    if let damaged = damagedJourney() { throw damaged }
    guard !store.hasJourney else { return }
    throw missingJourneyFile() ?? CLIError.noJourney(store.directory.root)
  }

  /// The refusal for a `journey.jsonl` that is there but holds no journey's start; nil when it
  /// is missing or starts as it should.
  func damagedJourney() -> CLIError? {
    store.journeyDamage().map { CLIError.journeyDamaged(store.directory.root, $0) }
  }

  /// The refusal for a missing `journey.jsonl` beside day files; nil when the journey file is
  /// there, or when nothing is (a new folder: "no journey yet" is right then).
  func missingJourneyFile() -> CLIError? {
    guard !store.hasJourney else { return nil }
    let dayFiles = store.directory.dayFiles().files.count
    return dayFiles == 0 ? nil : CLIError.journeyMissing(store.directory.root, dayFiles)
  }

  /// Reads everything for display: like ``loadStarted()``, but when `journey.jsonl` is missing
  /// beside day files, the entries are still returned (with an empty journey and the problem),
  /// so nothing readable is hidden.
  ///
  /// Without `readingEntries`, only the journey is read (for a command that reads the day files
  /// one at a time itself, ``JourneyStore/forEachDay(from:to:_:)``).
  func loadReadable(readingEntries: Bool = true) throws -> (JourneySnapshot, CareProtocol) {
    if let damage = store.journeyDamage() {
      // What can be read is shown: the events that decode, and every day file.
      let read = try? store.readEvents()
      var snapshot = JourneySnapshot(
        journey: Journey(events: read?.events ?? []), entries: [],
        problems: [damage] + (read?.problems ?? []))
      if readingEntries {
        let (entries, problems) = try store.readEntries()
        snapshot.entries = entries
        snapshot.problems += problems
      }
      printError("warning: \(CLIError.journeyDamaged(store.directory.root, damage))")
      return (snapshot, try loadProtocol(for: snapshot.journey))
    }
    let dayFiles = store.hasJourney ? 0 : store.directory.dayFiles().files.count
    guard dayFiles > 0 else { return try loadStarted(readingEntries: readingEntries) }
    var snapshot = try readingEntries ? store.load() : store.loadJourney()
    snapshot.problems.insert(Verifier.missingJourney(dayFiles: dayFiles), at: 0)
    printError("warning: \(CLIError.journeyMissing(store.directory.root, dayFiles))")
    return (snapshot, try loadProtocol(for: snapshot.journey))
  }

  /// The journey's own protocol copy, saying on standard error when it cannot be used (see
  /// ``protocolWithWarning(for:)``).
  func loadProtocol(for journey: Journey) throws -> CareProtocol {
    let (care, warning) = try protocolWithWarning(for: journey)
    if let warning { printError("warning: " + warning) }
    return care
  }

  /// The journey's own protocol copy (`protocol.toml`, which `init` writes), and nil; or, when
  /// it is missing, cannot be read, is a link or a pipe, the built-in protocol the journey
  /// names (else cd19-sle) and the warning every command and screen shows with it: its alerts
  /// follow the built-in rules only, which may not be the centre's. A copy that does not
  /// parse is refused: a typo must not change a threshold silently.
  func protocolWithWarning(for journey: Journey) throws -> (CareProtocol, warning: String?) {
    let path = store.protocolFile
    let text: String?
    var why = "protocol.toml is missing from \(store.directory.root)"
    do {
      text = try store.readProtocolText()
    } catch {
      text = nil
      why = error.message.hasSuffix(".") ? String(error.message.dropLast()) : error.message
    }
    if let text {
      do {
        return (try CareProtocol(toml: text, fileName: path), nil)
      } catch {
        throw CLIError("\(error) — fix \(path), or copy a built-in protocol over it")
      }
    }
    let named = journey.protocolID ?? "cd19-sle"
    guard
      let care = try CareProtocol.builtIn(named: named) ?? CareProtocol.builtIn(named: "cd19-sle")
    else { throw CLIError("protocol \(named) is neither in \(path) nor built in") }
    return (
      care,
      "alerts and milestones follow the built-in \(care.id) rules only, not this journey's own "
        + "protocol (\(why)); they may differ from your centre's (its fever line, its "
        + "schedule): restore protocol.toml from a backup, and ask your CAR-T team when unsure"
    )
  }

  /// Parses `YYYY-MM-DD`, or refuses with an example.
  func date(_ text: String, option: String) throws -> LocalDate {
    if text == "today" { return today }
    guard let value = LocalDate(parsing: text) else {
      throw CLIError("\(option) \(text) is not a date: write it as YYYY-MM-DD, e.g. \(today)")
    }
    return value
  }

  /// The moment an entry given only a day (`--on DATE`) was observed: now for today (or no
  /// date), noon of a past day; a day outside the journey (before it began, in the future) is
  /// refused with the dates accepted.
  func observedMoment(on text: String?, journey: Journey) throws -> Timestamp {
    guard let text else { return now }
    let date = try date(text, option: "--on")
    try journey.pastWindow(today: today).check(date, "--on \(text)")
    guard date != today else { return now }
    return Timestamp(date: date, secondOfDay: 12 * 3600, utcOffset: localOffset(date, 12 * 3600))
  }

  /// Parses an ISO 8601 date-time (local when it has no offset), or refuses with an example.
  ///
  /// A local time the clocks skipped (02:30 on the night they jump from 02:00 to 03:00) is
  /// refused, saying so: stored with either offset it would be an hour off and misordered.
  func dateTime(_ text: String, option: String) throws -> Timestamp {
    var local = false
    let parsed = Timestamp.parse(text) { date, second in
      local = true
      return localOffset(date, second)
    }
    guard let value = parsed else {
      throw CLIError(
        "\(option) \(text) is not a date-time: write it as YYYY-MM-DDTHH:MM, e.g. "
          + "\(today)T08:15")
    }
    if local,
      let jump = Timestamp.clockJump(
        over: value.date, secondOfDay: value.secondOfDay, offsetAt: AppContext.offsetAt)
    {
      let zone = TimeZone.current.identifier
      // The same wall time read with the offset before the jump, shown after it (03:30).
      let moved = Timestamp(
        date: value.date, secondOfDay: value.secondOfDay, utcOffset: jump.from.utcOffset)
      let shown = Timestamp(unixSeconds: moved.unixSeconds, utcOffset: jump.to.utcOffset)
      throw CLIError(
        "\(option) \(text): there was no \(value.clockText) on \(value.date) in \(zone), the "
          + "clocks jumped from \(jump.from.clockText) to \(jump.to.clockText); nothing was "
          + "written: give the time the clock showed (\(shown.clockText), if it was after the "
          + "change), or the offset, e.g. \(value.date)T\(value.clockText)"
          + "\(Timestamp.offsetText(jump.from.utcOffset))")
    }
    return value
  }

  /// The UTC offset in force at a moment (seconds since 1970) in the machine's time zone.
  static let offsetAt: @Sendable (Int) -> Int = { seconds in
    TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
  }

  /// `--from` and `--to` as dates, refusing a range that ends before it starts.
  func dateRange(from: String?, to: String?) throws -> (from: LocalDate?, to: LocalDate?) {
    let start = try from.map { try date($0, option: "--from") }
    let end = try to.map { try date($0, option: "--to") }
    if let start, let end, end < start {
      throw CLIError("--to \(end) is before --from \(start): give the earlier date first")
    }
    return (start, end)
  }

  /// Prints problems found while reading, so nothing unreadable goes unnoticed, and warns
  /// when other users of the computer may change or read the data folder.
  ///
  /// Counts lines (each once, however many problems it has) apart from whole-file problems
  /// such as a day file in the wrong folder.
  func reportProblems(_ problems: [LineProblem]) {
    if let warning = store.directory.permissionWarning() { printError("warning: " + warning) }
    guard !problems.isEmpty else { return }
    printError("warning: " + AppContext.problemSummary(problems) + "; run `carejourney verify` for the list")
  }

  /// "2 lines could not be read and 1 other problem was found; all were left as they are".
  static func problemSummary(_ problems: [LineProblem]) -> String {
    let lines = LineProblem.lineCount(problems)
    let others = problems.filter { $0.line == 0 }.count
    var parts: [String] = []
    if lines > 0 { parts.append(lines == 1 ? "1 line could not be read" : "\(lines) lines could not be read") }
    if others > 0 { parts.append(others == 1 ? "1 other problem was found" : "\(others) other problems were found") }
    return parts.joined(separator: " and ") + "; they were left as they are"
  }
}

/// A refusal the user can act on: one line saying what was wrong and what to type instead.
///
/// The message is made safe to print (``SafeText/visible(_:)``): it often echoes what was typed.
struct CLIError: Error, CustomStringConvertible {
  let description: String
  init(_ message: String) { description = SafeText.visible(message) }

  static func noJourney(_ root: String) -> CLIError {
    CLIError(
      "no journey in \(root) yet: start one with `carejourney init --patient NAME`, "
        + "or try the sample with `carejourney demo`")
  }
}

extension CLIError {
  /// `journey.jsonl` is gone but day files remain: say so, never "no journey yet".
  static func journeyMissing(_ root: String, _ dayFiles: Int) -> CLIError {
    CLIError(JourneyStore.journeyMissingMessage(root: root, dayFiles: dayFiles))
  }

  /// `journey.jsonl` is there but does not start with the journey's start: say so and where,
  /// never "no journey yet", and offer nothing that writes.
  static func journeyDamaged(_ root: String, _ damage: LineProblem) -> CLIError {
    CLIError(
      "the journey in \(root) is damaged: \(damage) — nothing was changed, and nothing will be "
        + "written to it until it is mended; `carejourney verify` lists every problem and "
        + "`carejourney timeline` shows what can be read")
  }
}

/// Writes a line to standard error, with control and bidi characters made visible.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((SafeText.visible(text) + "\n").utf8))
}

/// Prints a line of human-readable output, with control and bidi characters made visible
/// (``SafeText/visible(_:)``): notes, names and protocol text never reach the terminal raw.
/// Machine output (JSON, CSV) is printed as it is; JSON is escaped by ``JSONOutput``.
func say(_ text: String) {
  print(SafeText.visible(text))
}
