import ArgumentParser
import Foundation
import JourneyCore

/// `carejourney-bench`: measures CareJourney at one month, one year and ten years of history
/// against the performance budget (DESIGN.md), and prints one table.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "carejourney-bench",
    abstract:
      "Measure CareJourney against its performance budget at 1 month, 1 year and 10 years of history.",
    discussion: """
      Writes seeded synthetic histories through the real store into temporary folders, then \
      runs the release-built `carejourney` beside this program: the screens on a \
      pseudo-terminal (first frame, a key to its frame on every screen), `log`, `status`, \
      `timeline --csv`, every export, `verify` and `import`. Each measure runs --runs times \
      after one unmeasured warm-up; the table gives the median and the worst, and each median \
      against its budget. At ten years the commands that read the whole history are held to \
      multiples of two floors measured in the same run: reading every day file once, and \
      starting the program (`carejourney --help`). Exits 1 when a median is over --fail-over \
      times its budget.

      Examples:
        swift build -c release && .build/release/carejourney-bench
        .build/release/carejourney-bench --quick
        .build/release/carejourney-bench --sizes 10y --runs 9 --details
        .build/release/carejourney-bench --sizes 10y --only status,export,verify,import
      """)

  @Option(help: "History lengths, comma-separated: 1m, 1y, 10y, 90d, ... (default 1m,1y,10y).")
  var sizes: String?

  @Option(help: "Runs of each measure (the median is reported).")
  var runs = 5

  @Flag(help: "A small run for CI: 1 month and 10 years, 3 runs, failing at twice a budget.")
  var quick = false

  @Option(
    help: ArgumentHelp(
      "Exit 1 only when a median is over this many times its budget (default 1; 2 with --quick).",
      discussion: "For machines slower than the one the budget was set on; the table still says "
        + "pass or FAIL against the budget itself.", valueName: "factor"))
  var failOver: Double?

  @Option(help: "The carejourney program (default: the one beside this program).")
  var app: String?

  @Option(help: "Seed of the synthetic histories.")
  var seed: UInt64 = 20_350_615

  @Option(help: "Where the histories go (default: $TMPDIR or /tmp); removed afterwards.")
  var work: String?

  @Flag(help: "Keep the histories (their folder is printed).")
  var keep = false

  @Flag(help: "Also list the slowest keys of each size.")
  var details = false

  @Option(
    help: ArgumentHelp(
      "Only these measures, comma-separated: screens, log, status, timeline, export, export "
        + "json, verify, import, ... (default: all).",
      discussion: "A word picks every measure whose name begins with it; the floors are always "
        + "measured.", valueName: "measures"))
  var only: String?

  /// Whether the measure named `name` is to be taken (``only``).
  func wants(_ name: String) -> Bool {
    guard let only else { return true }
    return only.split(separator: ",").contains { word in
      name.hasPrefix(word.trimmingCharacters(in: .whitespaces))
    }
  }

  /// The commands that read the whole history, by the label the table shows, with their
  /// budgets at ten years (README "Performance").
  static let wholeHistoryCommands: [WholeHistoryCommand] = [
    WholeHistoryCommand("status", ["status"], time: .start(3), megabytes: 30),
    WholeHistoryCommand("timeline --csv", ["timeline", "--csv"], time: .read(6), megabytes: 30),
    WholeHistoryCommand("export csv", ["export", "csv"], time: .read(6), megabytes: 30),
    WholeHistoryCommand("export json", ["export", "json"], time: .read(6), megabytes: 40),
    WholeHistoryCommand("export fhir", ["export", "fhir"], time: .read(10), megabytes: 40),
    WholeHistoryCommand("export ics", ["export", "ics"], time: nil, megabytes: 40),
    WholeHistoryCommand("export html", ["export", "html"], time: nil, megabytes: 40),
    WholeHistoryCommand("verify", ["verify"], time: .read(10), megabytes: 40),
  ]

  /// The longest a whole ten-year backup may take to import (all or nothing, synced).
  static let importBudget = 3.0

  /// Today in every history, and the clock the program sees (evening: the day's readings are in).
  static let now = "2035-06-15T18:00:00+00:00"

  func validate() throws {
    guard runs >= 1 else { throw ValidationError("--runs must be 1 or more, e.g. --runs 5") }
    guard parsedSizes() != nil else {
      throw ValidationError("--sizes \(sizes ?? "") is not a list like 1m,1y,10y")
    }
    if let failOver, failOver < 1 {
      throw ValidationError("--fail-over must be 1 or more, e.g. --fail-over 2")
    }
  }

  func parsedSizes() -> [HistorySize]? {
    let text = sizes ?? (quick ? "1m,10y" : "1m,1y,10y")
    let list = text.split(separator: ",").map(HistorySize.init(parsing:))
    guard !list.isEmpty, list.allSatisfy({ $0 != nil }) else { return nil }
    return list.compactMap { $0 }
  }

  func run() throws {
    let runs = quick ? 3 : self.runs
    guard let today = Timestamp(stored: Bench.now)?.date else { throw BenchError("bad clock") }
    var list = parsedSizes() ?? []
    // One month is the reference for the start-up ratio.
    if !list.contains(.month) { list.insert(.month, at: 0) }
    let app = self.app ?? Bench.sibling("carejourney")
    guard FileManager.default.isExecutableFile(atPath: app) else {
      throw ValidationError(
        "\(app) is not a program: build it with `swift build -c release`, or give --app PATH")
    }
    let base = work ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    let root = base + "/carejourney-bench-\(getpid())"
    try FileManager.default.createDirectory(
      atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let stage = Histories.memoryStage()
    defer {
      if !keep { try? FileManager.default.removeItem(atPath: root) }
      if let stage { try? FileManager.default.removeItem(atPath: stage) }
    }

    var table = Table()
    var firstFrameMonth: Double?
    for size in list {
      let data = root + "/" + size.name.replacingOccurrences(of: " ", with: "-")
      let started = Date()
      let (entries, dayFiles) = try Histories.write(
        days: size.days, today: today, seed: seed, into: data, stage: stage)
      note(
        "\(size.name): \(entries) entries in \(dayFiles) day files, written in "
          + String(format: "%.1f s", Date().timeIntervalSince(started)))
      let scratch = root + "/scratch"
      try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
      let measure = Measurements(app: app, data: data, scratch: scratch, runs: runs, now: Bench.now)
      let row = { (what: String, sample: Sample, budget: Budget?) in
        table.add(size: size.name, measure: what, sample: sample, budget: budget)
      }

      row("read all history in process (for comparison)", try measure.readAll(), nil)
      let readFloor = try measure.readFloor()
      row("floor: read every day file once (in process)", readFloor, nil)
      guard let help = try measure.command(["--help"]) else {
        throw BenchError("carejourney --help failed")
      }
      row("floor: start and exit (carejourney --help)", help.time, nil)
      row("peak memory, --help", help.memory, nil)
      let floors = Floors(read: readFloor.median, start: help.time.median)
      if wants("screens") {
        try measureScreens(measure, size: size, runs: runs, firstFrameMonth: &firstFrameMonth, row)
      }
      if wants("log"), let log = try measure.command(["log", "--temp", "37.1"]) {
        row("carejourney log --temp (fsync included)", log.time, .atMost(0.030))
        row("peak memory, log", log.memory, .atMost(40 * 1024))
      }
      for command in Bench.wholeHistoryCommands where wants(command.label) {
        guard let result = try measure.command(command.arguments) else {
          table.skip(size: size.name, measure: command.label, why: "not available in this build")
          continue
        }
        let (time, memory) = command.budgets(at: size, floors: floors)
        row(command.label, result.time, time)
        row("peak memory, \(command.label)", result.memory, memory)
      }
      if wants("import") {
        if let imported = try measure.importing() {
          row(
            "import of the whole backup (export json)", imported.time,
            .atMost(Bench.importBudget))
          row("peak memory, import", imported.memory, nil)
        } else {
          table.skip(size: size.name, measure: "import", why: "not available in this build")
        }
      }
      if !keep { try? FileManager.default.removeItem(atPath: data) }
    }
    print(Machine.describe())
    let factor = failOver ?? (quick ? 2 : 1)
    print("Release build; each measure \(runs) runs after a warm-up; median and worst.\n")
    print(table.text())
    if keep { print("Histories kept in \(root)") }
    fflush(nil)
    if table.over(factor) {
      note(factor == 1 ? "A budget was missed." : "A median was over \(factor) times its budget.")
      throw ExitCode(1)
    }
  }

  /// The screens on a pseudo-terminal: the first frame for the patient and the caregiver, then
  /// the scripted keys on every screen, each with its budget, as rows of the table.
  func measureScreens(
    _ measure: Measurements, size: HistorySize, runs: Int, firstFrameMonth: inout Double?,
    _ row: (String, Sample, Budget?) -> Void
  ) throws {
    let patient = try measure.firstFrame(role: "patient")
    row("start → first frame, Today", patient.frame, .atMost(0.150))
    if size == .month { firstFrameMonth = patient.frame.median }
    if let month = firstFrameMonth, size != .month {
      row(
        "first frame ÷ first frame at 1 month",
        Sample(values: [patient.frame.median / month], unit: .ratio), .atMost(1.5))
    }
    let caregiver = try measure.firstFrame(role: "caregiver")
    row("start → first frame, Timeline", caregiver.frame, .atMost(0.150))
    row("whole process on a terminal: start, first frame, exit", patient.process, nil)

    let keys = try measure.keystrokes()
    row("start → whole history read (screens usable before)", keys.loaded, nil)
    row(
      "key → frame while it is read (Timeline, \(ScriptedKey.whileReading.count) keys × \(runs))",
      keys.early, .atMost(0.016))
    for screen in ScriptedKey.screens {
      guard let sample = keys.byScreen[screen] else { continue }
      row(
        "key → frame, \(screen) (\(sample.values.count / runs) keys × \(runs))", sample,
        .atMost(0.016))
    }
    row("peak memory, screens (whole history read)", keys.memory, .atMost(40 * 1024))
    if details {
      for (key, seconds) in keys.slowest {
        let name = String(decoding: key.bytes, as: UTF8.self).debugDescription
        note("  slow key \(name) on \(key.screen): " + String(format: "%.1f ms", seconds * 1000))
      }
    }
  }

  /// A program in the same folder as this one.
  static func sibling(_ name: String) -> String {
    let me =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return (me as NSString).deletingLastPathComponent + "/" + name
  }

  func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
