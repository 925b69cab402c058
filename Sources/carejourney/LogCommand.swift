import ArgumentParser
import JourneyApp
import JourneyCore

/// `carejourney log`: logs readings, symptoms and notes for a day.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Log a temperature, symptoms or a note.",
    discussion: """
      Each value becomes its own entry in the day's file, all written at once.
      Temperatures: 38.2, 38,2, 38.2C or 100.8F. Symptoms: NAME=SEVERITY, severity 0–4
      (none, mild, moderate, severe, very severe).

      Examples:
        carejourney log --temp 38.4
        carejourney log --at 2026-11-22T07:30 --temp 37,8 --symptom chills=1 --note "woke sweaty"
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "When it was observed, YYYY-MM-DDTHH:MM (default: now).")
  var at: String?

  @Option(help: "Body temperature.")
  var temp: String?

  @Option(help: "Heart rate, beats per minute.")
  var hr: String?

  @Option(help: "Blood pressure, SYSTOLIC/DIASTOLIC mmHg, e.g. 118/76.")
  var bp: String?

  @Option(help: "Oxygen saturation, %.")
  var spo2: String?

  @Option(help: "Body weight: 61.5kg or 135lb.")
  var weight: String?

  @Option(help: "A symptom and its severity, NAME=SEVERITY; repeat for more.")
  var symptom: [String] = []

  @Option(help: "A medicine taken, e.g. \"prednisone 5 mg\"; repeat for more.")
  var med: [String] = []

  @Option(help: "A free note.")
  var note: String?

  func run() throws {
    let context = try AppContext(global: global)
    let observed = try at.map { try context.dateTime($0, option: "--at") } ?? context.now
    if observed > context.now {
      throw AppError("--at \(at ?? "") is in the future; log what has happened, when it happened")
    }
    let journal = context.journal
    let basis = try journal.readBasis(for: observed.date)
    try basis.journey.pastWindow(today: context.today).check(observed.date, "--at \(at ?? "")")
    let bodies = try LogCommand.bodies(
      temp: temp, hr: hr, bp: bp, spo2: spo2, weight: weight, symptoms: symptom, meds: med,
      note: note, care: basis.care, unit: basis.journey.temperatureUnit)
    guard !bodies.isEmpty else {
      throw AppError(
        "nothing to log: give --temp, --hr, --bp, --spo2, --weight, --symptom, --med or --note, "
          + "e.g. `carejourney log --temp 37.2`")
    }
    let saved = try journal.save(bodies, observedAt: observed, basis: basis)
    context.reportProblems(saved.basis.problems)
    saved.lines().forEach(say)
    saved.alerts.forEach(AlertText.show)
  }

  /// Parses every value given, refusing the whole command at the first bad one; a bare
  /// temperature is in the journey's `unit` (``Reading/temperature(_:unit:)``).
  static func bodies(
    temp: String?, hr: String?, bp: String?, spo2: String?, weight: String?,
    symptoms: [String], meds: [String], note: String?, care: CareProtocol,
    unit: TemperatureUnit
  ) throws -> [Entry.Body] {
    try TextLimits.check(freeText: ["--note": note])
    for text in meds { try TextLimits.check(text, limit: TextLimits.freeText, what: "--med") }
    var bodies: [Entry.Body] = []
    if let temp {
      bodies.append(.temperature(celsius: try Reading.temperature(temp, unit: unit), asTyped: temp))
    }
    if let hr { bodies.append(.heartRate(bpm: try Reading.heartRate(hr))) }
    if let bp {
      let (systolic, diastolic) = try Reading.bloodPressure(bp)
      bodies.append(.bloodPressure(systolic: systolic, diastolic: diastolic))
    }
    if let spo2 { bodies.append(.oxygenSaturation(percent: try Reading.spo2(spo2))) }
    if let weight { bodies.append(.weight(kilograms: try Reading.weight(weight), asTyped: weight)) }
    for text in symptoms {
      let (name, severity) = try Reading.symptom(text)
      guard let known = care.symptom(named: name) else {
        let close = care.closestSymptoms(to: name)
        let hint = close.isEmpty ? "" : " Did you mean: \(close.joined(separator: ", "))?"
        throw AppError(
          "\"\(name)\" is not a symptom in this protocol.\(hint) The protocol file lists them all")
      }
      bodies.append(.symptom(name: known.id, severity: severity))
    }
    for text in meds {
      guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw AppError("--med is empty: name the medicine and dose, e.g. \"prednisone 5 mg\"")
      }
      bodies.append(.medication(text: text))
    }
    if let note {
      guard !note.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw AppError("--note is empty: write the note, or leave --note out")
      }
      bodies.append(.note(text: note))
    }
    return bodies
  }
}
