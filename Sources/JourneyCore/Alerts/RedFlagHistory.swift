/// What red-flag rules compare an entry with, indexed once per judgement: each lab's values,
/// each symptom's severities and the medicines logged, in observation order, from entries not
/// struck out (a correction counts with its replacement values, at its own observation time).
struct RedFlagHistory {
  typealias Point<Value> = (at: Timestamp, id: String, value: Value)

  /// Ids of entries struck out or replaced by a correction.
  let struck: Set<String>
  var labs: [String: [Point<Double>]] = [:]
  var symptoms: [String: [Point<Int>]] = [:]
  /// Medicines logged with `--med`, lowercased.
  var medicines: [Point<String>] = []
  /// Home neuro checks.
  var neuroChecks: [Point<HomeNeuroCheck>] = []

  init(entries: [Entry]) {
    struck = RedFlags.struckOut(in: entries)
    var seenIDs: Set<String> = []
    for entry in entries where !struck.contains(entry.id) && seenIDs.insert(entry.id).inserted {
      guard let body = RedFlags.judgedBody(entry) else { continue }
      let at = entry.observedAt
      switch body {
      case .labs(let results):
        for result in results { labs[result.lab, default: []].append((at, entry.id, result.value)) }
      case .symptom(let name, let severity):
        symptoms[name, default: []].append((at, entry.id, severity))
      case .medication(let text):
        medicines.append((at, entry.id, text.lowercased()))
      case .homeNeuroCheck(let check):
        neuroChecks.append((at, entry.id, check))
      default:
        break
      }
    }
    func order<Value>(_ a: Point<Value>, _ b: Point<Value>) -> Bool { (a.at, a.id) < (b.at, b.id) }
    for key in labs.keys { labs[key]?.sort(by: order) }
    for key in symptoms.keys { symptoms[key]?.sort(by: order) }
    medicines.sort(by: order)
    neuroChecks.sort(by: order)
  }

  static func before<Value>(_ points: [Point<Value>], _ entry: Entry) -> [Point<Value>] {
    points.filter { $0.id != entry.id && ($0.at, $0.id) < (entry.observedAt, entry.id) }
  }

  /// The lab's values observed before `entry`, oldest first.
  func values(of lab: String, before entry: Entry) -> [Double] {
    RedFlagHistory.before(labs[lab] ?? [], entry).map(\.value)
  }

  /// The lab's latest value observed from `from` (inclusive; any day when nil) to `to`.
  func latest(_ lab: String, from: LocalDate?, to: LocalDate) -> Double? {
    (labs[lab] ?? []).last { point in
      point.at.date <= to && from.map { point.at.date >= $0 } ?? true
    }?.value
  }

  /// The first home neuro check observed on or after `from` (any day when nil) and before
  /// `entry`, with the day it was done: what the entry's check is compared with.
  func firstNeuroCheck(from: LocalDate?, before entry: Entry) -> (HomeNeuroCheck, LocalDate)? {
    RedFlagHistory.before(neuroChecks, entry).first { point in
      from.map { point.at.date >= $0 } ?? true
    }.map { ($0.value, $0.at.date) }
  }

  /// Whether the entry's symptom, at `minSeverity` or more, has gone on for `days` days: logged
  /// at that severity or more on a day at least `days` days earlier, with nothing milder logged
  /// in between.
  func persisted(_ name: String, minSeverity: Int, days: Int, entry: Entry) -> Bool {
    var first: LocalDate?
    for point in RedFlagHistory.before(symptoms[name] ?? [], entry).reversed() {
      guard point.value >= minSeverity else { break }
      first = point.at.date
    }
    guard let first else { return false }
    return first.days(to: entry.observedAt.date) >= days
  }

  /// Whether one of the medicines was logged in the `hours` before the entry (or with it).
  func masked(by masking: RedFlagRule.Masking, entry: Entry) -> Bool {
    let until = entry.observedAt.unixSeconds
    let since = until - masking.withinHours * 3600
    let names = masking.medicines.map { $0.lowercased() }
    return medicines.contains { point in
      point.at.unixSeconds >= since && point.at.unixSeconds <= until
        && names.contains { point.value.contains($0) }
    }
  }
}
