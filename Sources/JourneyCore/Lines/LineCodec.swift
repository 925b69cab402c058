import Foundation

/// Turns events and entries into the one-line JSON objects of the data files, and back.
///
/// Every line carries `v` (format version), `id`, `ts` (when written, with UTC offset), `by`
/// (author role and name) and `type`. Keys are sorted so the same record always gives the same
/// bytes. A reader never drops a field it does not know about when it passes a line on: newer
/// formats are refused with a message, not misread.
///
/// A line may also carry `prev`: the SHA-256 of the line before it in its file (see
/// ``genesisHash`` and `Verifier` in JourneyStore). The store computes it; the codec only puts it
/// in the line and reads it back, so the same record and `prev` always give the same bytes.
public enum LineCodec {
  /// The newest format version this build writes; it reads this and every earlier one.
  ///
  /// Each line carries the oldest version that reads it right: 1 for every line CareJourney
  /// wrote before dates could be left out or given to a journey's start, 2 for a line that uses
  /// them (``version(of:)``), so an older CareJourney says "update" rather than misreading a
  /// journey recorded part-way through.
  public static let formatVersion = 2

  /// The `prev` of a file's first line: 64 zeros (the SHA-256 of no line anyone will meet).
  public static let genesisHash = String(repeating: "0", count: 64)

  /// Why a line could not be read, worded in ``Language/current`` only when ``reason`` is read:
  /// a line read only to be passed over (`try?`) costs no translation, and a line that reads
  /// costs nothing at all.
  public struct DecodingError: Error, Equatable, CustomStringConvertible {
    /// The reason's words, made when asked.
    let words: @Sendable () -> String

    /// A reason worded by `words`, called when it is shown (`tr`, in the language then).
    init(_ words: @escaping @Sendable () -> String) {
      self.words = words
    }

    /// Why, in ``Language/current``.
    public var reason: String { words() }
    public var description: String { reason }

    /// Two reasons are the same when they read the same.
    public static func == (a: DecodingError, b: DecodingError) -> Bool { a.reason == b.reason }
  }

  /// All fields any line type uses; each type uses a few.
  ///
  /// The one list of a line's fields: `JSONDecoder` and `JSONEncoder` read and write them by
  /// ``CodingKeys``, and the quick reader and writer (`QuickReader.swift`,
  /// `QuickWriter.swift`) switch over the same keys, so the compiler makes them handle
  /// every key. A field added here goes into ``CodingKeys`` too (`LineCodecSchemaTests` fails
  /// until it does).
  struct Record: Codable, Equatable {
    /// One key per field below, spelt as in the line.
    enum CodingKeys: String, CodingKey, CaseIterable {
      case v, id, ts, by, type, prev
      case patient, `protocol`, teamPhone, emergency, unit, phase, date, on, undated, reason, note
      case milestone, notApplicable, target, born, sex, identifiers
      case at, celsius, typed, symptom, severity, text, bpm, systolic, diastolic, spo2, kg, ice
      case grading, result, labs, sledai, pga, prednisoloneMg, immunosuppressants, medicine, dose
      case change, changeReason, newType, lang, teamLang
      case writing, objects, dateSaid, countBack
    }

    var v: Int?
    var id: String?
    var ts: Timestamp?
    var by: Author?
    var type: String?
    /// The hash of the line before this one in its file (the chain); absent on old lines.
    var prev: String?
    // journey events
    var patient: String?
    var `protocol`: String?
    var teamPhone: String?
    /// The emergency number a journey's alerts name (`settings --emergency-number`).
    var emergency: String?
    /// The patient's and the care team's languages (`settings --lang`, `--team-lang`).
    var lang: String?
    var teamLang: String?
    var unit: TemperatureUnit?
    var phase: Phase?
    var date: LocalDate?
    var on: LocalDate?
    /// In version 2: the event's date was not entered (a phase passed before the journey was
    /// recorded, a milestone done elsewhere, screening's start).
    var undated: Bool?
    var reason: String?
    var note: String?
    var milestone: String?
    /// A conditional milestone marked not applicable (absent, never false, on a signature).
    var notApplicable: Bool?
    var target: String?
    /// The patient's date of birth, sex and identifiers (`created`, `settings`; version 2).
    var born: LocalDate?
    var sex: PatientSex?
    var identifiers: [PatientIdentifier]?
    // entries
    var at: Timestamp?
    var celsius: Double?
    var typed: String?
    var symptom: String?
    var severity: Int?
    var text: String?
    var bpm: Int?
    var systolic: Int?
    var diastolic: Int?
    var spo2: Int?
    var kg: Double?
    var ice: ICEScore?
    var grading: GradingInput?
    var result: GradingResult?
    var labs: [LabResult]?
    var sledai: [String]?
    var pga: Double?
    var prednisoloneMg: Double?
    var immunosuppressants: [String]?
    var medicine: String?
    var dose: String?
    var change: Entry.MedicationChange?
    /// Why a medicine was started, changed or stopped (apart from `reason`, which a correction
    /// replacing a medication change uses for itself).
    var changeReason: String?
    /// In a correction: the type of the replacement values, which sit in the usual fields.
    var newType: String?
    // the home neuro check (its sentence as typed in `text`, its note in `note`)
    var writing: HomeNeuroCheck.Writing?
    var objects: Int?
    var dateSaid: HomeNeuroCheck.Answer?
    var countBack: HomeNeuroCheck.Answer?
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// The line for a record: written the quick way (``quickLine(_:)``), or by `JSONEncoder` for
  /// a record with nested objects; the same bytes either way.
  static func line(_ record: Record) -> String {
    quickLine(record) ?? encodedLine(record)
  }

  /// The line `JSONEncoder` writes for a record.
  static func encodedLine(_ record: Record) -> String {
    // Encoding a struct of strings and numbers cannot fail; an empty object would still be
    // reported by the reader rather than lost silently.
    let data = (try? encoder.encode(record)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  /// The `prev` of a line, or nil when it has none or is not a JSON object with a string `prev`.
  public static func prevHash(of line: String) -> String? {
    readLine(line) { _ throws(DecodingError) in () }.prev
  }

  /// A line of `journey.jsonl` read once for `verify`: the event or why it cannot be read, and
  /// the line's `prev` either way (see ``readLine(_:_:)``).
  public static func readEvent(
    _ text: String
  ) -> (value: Result<JourneyEvent, DecodingError>, prev: String?) {
    readLine(text, event(from:))
  }

  /// A line of a day file read once for `verify`: the entry or why it cannot be read, and the
  /// line's `prev` either way (see ``readLine(_:_:)``).
  public static func readEntry(
    _ text: String
  ) -> (value: Result<Entry, DecodingError>, prev: String?) {
    readLine(text, entry(from:))
  }

  /// Only the `prev` of a line.
  private struct Chained: Decodable { var prev: String? }

  /// What `make` gives from a line's record, and the line's `prev`, from one reading of it.
  ///
  /// A line whose fields cannot be read (a field of the wrong type, a date that is not one)
  /// may still be a JSON object with a `prev` that the chain is checked by: only for such a
  /// damaged line is `prev` read again on its own.
  static func readLine<T>(
    _ text: String, _ make: (Record) throws(DecodingError) -> T
  ) -> (value: Result<T, DecodingError>, prev: String?) {
    let record: Record
    do {
      record = try self.record(text, keepingPrev: true)
    } catch {
      let prev = (try? JSONDecoder().decode(Chained.self, from: Data(text.utf8)))?.prev
      return (.failure(error), prev)
    }
    do {
      return (.success(try make(record)), record.prev)
    } catch {
      return (.failure(error), record.prev)
    }
  }

  /// The line for a journey event (no trailing newline), chained to `prev` when given.
  public static func encode(_ event: JourneyEvent, prev: String? = nil) -> String {
    var r = Record(v: version(of: event.body), id: event.id, ts: event.recordedAt, by: event.author)
    r.type = event.type
    r.prev = prev
    switch event.body {
    case .created(let patient, let protocolID, let phone, let unit, let began, let details):
      r.patient = patient
      r.protocol = protocolID
      r.teamPhone = phone
      r.unit = unit
      fill(&r, with: details)
      switch began {
      case .dayRecorded: break
      case .on(let date): r.on = date
      case .notEntered: r.undated = true
      }
    case .planned(let phase, let date):
      r.phase = phase
      r.date = date
    case .phaseEntered(let phase, let on, let reason, let note):
      r.phase = phase
      r.on = on
      r.undated = on == nil ? true : nil
      r.reason = reason
      r.note = note
    case .milestoneSigned(let milestone, let on, let note, let notApplicable):
      r.milestone = milestone
      r.on = on
      r.undated = on == nil ? true : nil
      r.note = note
      r.notApplicable = notApplicable ? true : nil
    case .settings(let phone, let unit, let emergency, let details, let language, let teamLanguage):
      r.teamPhone = phone
      r.unit = unit
      r.emergency = emergency
      r.lang = language
      r.teamLang = teamLanguage
      fill(&r, with: details)
    case .corrected(let target, let reason, let on):
      r.target = target
      r.reason = reason
      r.on = on
    }
    return line(r)
  }

  /// The patient's details in their fields; none when nothing is given.
  static func fill(_ r: inout Record, with details: PatientDetails) {
    r.born = details.born
    r.sex = details.sex
    r.identifiers = details.identifiers.isEmpty ? nil : details.identifiers
  }

  /// The details a `created` or `settings` line carries.
  static func details(_ r: Record) -> PatientDetails {
    PatientDetails(born: r.born, sex: r.sex, identifiers: r.identifiers ?? [])
  }

  /// The oldest format version that reads an event right: 2 for a journey's start given or not
  /// entered, for an event with no date, for a milestone marked not applicable (an older
  /// reader would take it for signed) and for the patient's details (an older reader would drop
  /// them), 1 for everything else.
  static func version(of body: JourneyEvent.Body) -> Int {
    switch body {
    case .created(_, _, _, _, _, let details) where !details.isEmpty: 2
    case .settings(_, _, _, let details, _, _) where !details.isEmpty: 2
    case .created(_, _, _, _, .dayRecorded, _): 1
    case .created: 2
    case .phaseEntered(_, nil, _, _), .milestoneSigned(_, nil, _, _): 2
    case .milestoneSigned(_, _, _, true): 2
    default: 1
    }
  }

  /// The line for a day entry (no trailing newline), chained to `prev` when given.
  public static func encode(_ entry: Entry, prev: String? = nil) -> String {
    line(record(entry, prev: prev))
  }

  /// The line for a day entry with no `prev` (``encode(_:prev:)``), appended to `bytes`: for a
  /// text of many lines (the backup), with no string made for each.
  public static func encode(_ entry: Entry, appendingTo bytes: inout [UInt8]) {
    let record = record(entry, prev: nil)
    if !quickLine(record, appendingTo: &bytes) { bytes += encodedLine(record).utf8 }
  }

  /// The record of a day entry's line.
  static func record(_ entry: Entry, prev: String?) -> Record {
    var r = Record(v: 1, id: entry.id, ts: entry.recordedAt, by: entry.author)
    r.type = entry.type
    r.prev = prev
    r.at = entry.observedAt
    fill(&r, with: entry.body)
    return r
  }

  static func fill(_ r: inout Record, with body: Entry.Body) {
    switch body {
    case .temperature(let celsius, let typed):
      r.celsius = celsius
      r.typed = typed
    case .heartRate(let bpm): r.bpm = bpm
    case .bloodPressure(let systolic, let diastolic):
      r.systolic = systolic
      r.diastolic = diastolic
    case .oxygenSaturation(let percent): r.spo2 = percent
    case .weight(let kg, let typed):
      r.kg = kg
      r.typed = typed
    case .symptom(let name, let severity):
      r.symptom = name
      r.severity = severity
    case .medication(let text), .note(let text): r.text = text
    case .acknowledgement(let alert, let note):
      r.target = alert
      r.note = note
    case .homeNeuroCheck(let check):
      r.writing = check.writing
      r.text = check.sentence
      r.objects = check.objectsNamed
      r.dateSaid = check.date
      r.countBack = check.countBack
      r.note = check.note
    case .medicationChange(let name, let dose, let change, let reason):
      r.medicine = name
      r.dose = dose
      r.change = change
      r.changeReason = reason
    case .ice(let score): r.ice = score
    case .grading(let input, let result):
      r.grading = input
      r.result = result
    case .labs(let results): r.labs = results
    case .assessment(let sledai, let pga, let prednisolone, let drugs):
      r.sledai = sledai
      r.pga = pga
      r.prednisoloneMg = prednisolone
      r.immunosuppressants = drugs
    case .correction(let target, let reason, let replacement):
      r.target = target
      r.reason = reason
      if let replacement {
        r.newType = replacement.type
        fill(&r, with: replacement)
      }
    }
  }

  /// Reads a line's fields (the quick way, or by `JSONDecoder`); throws with a reason a person
  /// can act on when the line is not a JSON object of them. Its `prev` is kept when asked.
  static func record(_ text: String, keepingPrev: Bool) throws(DecodingError) -> Record {
    var record = Record()
    if quickRecord(text, into: &record, keepingPrev: keepingPrev) { return record }
    do {
      return try JSONDecoder().decode(Record.self, from: Data(text.utf8))
    } catch let error as Swift.DecodingError {
      let value = refusedValue(error, inLine: text)
      throw DecodingError { describe(error, value: value) }
    } catch {
      throw DecodingError { tr("not a JSON object") }
    }
  }

  /// Checks the common fields of a record read; throws with a reason a person can act on.
  static func common(_ record: Record) throws(DecodingError) -> (String, Timestamp, Author) {
    guard let version = record.v else { throw DecodingError { tr("no format version (v)") } }
    guard version <= formatVersion else {
      throw DecodingError {
        tr(
          "written in format %1$s by a newer CareJourney; this one reads up to %2$s: update "
            + "CareJourney to read it", String(version), String(formatVersion))
      }
    }
    guard let id = record.id else { throw DecodingError { tr("no %s", "id") } }
    if let why = idProblem(id) { throw why }
    guard let ts = record.ts else { throw DecodingError { tr("no timestamp (ts)") } }
    guard let by = record.by else { throw DecodingError { tr("no author (by)") } }
    if let why = tooLong(by.name, tr("the author's name"), limit: TextLimits.name) { throw why }
    return (id, ts, by)
  }

  /// Why a line does not read, in ``Language/current``: the JSON reader's own words are never
  /// shown; a field's value it does not know is named by `value`, as found in the line
  /// (``refusedValue(_:inLine:)``).
  static func describe(_ error: Swift.DecodingError, value: FieldValue? = nil) -> String {
    switch error {
    case .dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      if path.isEmpty { return tr("not valid JSON") }
      if context.underlyingError is OwnWords {
        return tr("field %1$s: %2$s", path, context.debugDescription)
      }
      guard let value else { return tr("field %s has a value that cannot be read", path) }
      return tr("field %1$s: %2$s", path, value.reason)
    case .keyNotFound(let key, _): return tr("missing field %s", key.stringValue)
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      // The line itself is of the wrong type: a number or a list where an object belongs.
      if context.codingPath.isEmpty { return tr("not a JSON object") }
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return tr("field %s has the wrong type", path)
    @unknown default: return tr("not readable")
    }
  }

  static func require<T>(_ value: T?, _ field: String, _ type: String) throws(DecodingError) -> T {
    guard let value else { throw DecodingError { tr("%1$s line without %2$s", type, field) } }
    return value
  }

  /// Reads a line of `journey.jsonl`.
  public static func decodeEvent(_ text: String) throws(DecodingError) -> JourneyEvent {
    try event(from: record(text, keepingPrev: false))
  }

  /// The journey event a record read holds, checked.
  static func event(from r: Record) throws(DecodingError) -> JourneyEvent {
    let (id, ts, by) = try common(r)
    let type = r.type ?? ""
    let body: JourneyEvent.Body
    switch type {
    case "created":
      body = .created(
        patient: try require(r.patient, "patient", type),
        protocolID: try require(r.protocol, "protocol", type), teamPhone: r.teamPhone,
        temperatureUnit: r.unit ?? .celsius,
        began: try start(on: r.on, undated: r.undated, type), details: details(r))
    case "planned":
      body = .planned(
        phase: try require(r.phase, "phase", type), date: try require(r.date, "date", type))
    case "phase-entered":
      body = .phaseEntered(
        phase: try require(r.phase, "phase", type), on: try date(r.on, undated: r.undated, type),
        reason: r.reason, note: r.note)
    case "milestone-signed":
      body = .milestoneSigned(
        milestone: try require(r.milestone, "milestone", type),
        on: try date(r.on, undated: r.undated, type), note: r.note,
        notApplicable: r.notApplicable ?? false)
    case "settings":
      body = .settings(
        teamPhone: r.teamPhone, temperatureUnit: r.unit, emergencyNumber: r.emergency,
        details: details(r), language: r.lang, teamLanguage: r.teamLang)
    case "corrected":
      body = .corrected(
        target: try require(r.target, "target", type),
        reason: try require(r.reason, "reason", type), on: r.on)
    default:
      throw DecodingError { tr("unknown journey event type \"%s\"", type) }
    }
    if let why = implausibility(of: body) { throw why }
    return JourneyEvent(id: id, recordedAt: ts, author: by, body: body)
  }

  /// An event's date: `on`, or nil when the line says it was not entered (`undated`); a line
  /// with neither, or both, is damaged.
  static func date(_ on: LocalDate?, undated: Bool?, _ type: String) throws(DecodingError)
    -> LocalDate?
  {
    switch (on, undated == true) {
    case (let on?, false): return on
    case (nil, true): return nil
    case (nil, false): throw DecodingError { tr("%1$s line without %2$s", type, "on") }
    case (.some, true): throw bothDates(type)
    }
  }

  /// A `created` line's start: `on`, not entered (`undated`), or the day it was written.
  static func start(on: LocalDate?, undated: Bool?, _ type: String) throws(DecodingError)
    -> JourneyStart
  {
    switch (on, undated == true) {
    case (let on?, false): return .on(on)
    case (nil, true): return .notEntered
    case (nil, false): return .dayRecorded
    case (.some, true): throw bothDates(type)
    }
  }

  /// A line of `type` that gives a date and says it has none.
  static func bothDates(_ type: String) -> DecodingError {
    DecodingError { tr("%s line with both on and undated", type) }
  }

  /// Reads a line of a day file.
  public static func decodeEntry(_ text: String) throws(DecodingError) -> Entry {
    try entry(from: record(text, keepingPrev: false))
  }

  /// The day entry a record read holds, checked.
  static func entry(from r: Record) throws(DecodingError) -> Entry {
    let (id, ts, by) = try common(r)
    let body = try entryBody(type: r.type ?? "", r)
    if let why = implausibility(of: body) { throw why }
    return Entry(id: id, recordedAt: ts, observedAt: r.at ?? ts, author: by, body: body)
  }

  static func entryBody(type: String, _ r: Record) throws(DecodingError) -> Entry.Body {
    switch type {
    case "temperature":
      return .temperature(celsius: try require(r.celsius, "celsius", type), asTyped: r.typed ?? "")
    case "heart-rate": return .heartRate(bpm: try require(r.bpm, "bpm", type))
    case "blood-pressure":
      return .bloodPressure(
        systolic: try require(r.systolic, "systolic", type),
        diastolic: try require(r.diastolic, "diastolic", type))
    case "spo2": return .oxygenSaturation(percent: try require(r.spo2, "spo2", type))
    case "weight": return .weight(kilograms: try require(r.kg, "kg", type), asTyped: r.typed ?? "")
    case "symptom":
      return .symptom(
        name: try require(r.symptom, "symptom", type),
        severity: try require(r.severity, "severity", type))
    case "medication": return .medication(text: try require(r.text, "text", type))
    case "medication-change":
      let name = try require(r.medicine, "medicine", type)
      guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw DecodingError { tr("medication-change line with an empty medicine") }
      }
      return .medicationChange(
        name: name, dose: r.dose, change: try require(r.change, "change", type),
        reason: r.changeReason)
    case "note": return .note(text: try require(r.text, "text", type))
    case "acknowledgement":
      return .acknowledgement(
        alert: try require(r.target, "target", type), note: try require(r.note, "note", type))
    case "home-neuro-check":
      return .homeNeuroCheck(
        HomeNeuroCheck(
          writing: try require(r.writing, "writing", type), sentence: r.text,
          objectsNamed: try require(r.objects, "objects", type),
          date: try require(r.dateSaid, "dateSaid", type),
          countBack: try require(r.countBack, "countBack", type), note: r.note))
    case "ice": return .ice(try require(r.ice, "ice", type))
    case "grading":
      return .grading(
        try require(r.grading, "grading", type), try require(r.result, "result", type))
    case "labs":
      let results = try require(r.labs, "labs", type)
      guard !results.isEmpty else { throw DecodingError { tr("labs line without a value") } }
      return .labs(results)
    case "assessment":
      let sledai = try require(r.sledai, "sledai", type)
      do {
        _ = try SLEDAI2K.score(sledai)
      } catch {
        throw DecodingError { tr("assessment line: %s", error.message) }
      }
      return .assessment(
        sledai: sledai, physicianGlobal: r.pga, prednisoloneMg: r.prednisoloneMg,
        immunosuppressants: r.immunosuppressants ?? [])
    case "correction":
      let replacement: Entry.Body?
      if let newType = r.newType {
        guard newType != "correction", newType != "acknowledgement" else {
          throw DecodingError { tr("a correction cannot be replaced by a correction") }
        }
        replacement = try entryBody(type: newType, r)
      } else {
        replacement = nil
      }
      return .correction(
        target: try require(r.target, "target", type),
        reason: try require(r.reason, "reason", type), replacement: replacement)
    default:
      throw DecodingError { tr("unknown entry type \"%s\"", type) }
    }
  }
}
