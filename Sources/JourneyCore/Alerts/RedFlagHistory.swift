/// What red-flag rules compare an entry with, indexed once per judgement: each lab's values,
/// each symptom's severities and the medicines logged, in observation order, from entries not
/// struck out (a correction counts with its replacement values, at its own observation time).
///
/// Only what a rule of the protocol reads is kept: the symptoms a rule wants persisting and the
/// doses of the medicines that hide a reading. Ten years of daily symptoms and doses are most
/// of a journey's entries, and the visit report judges them all.
struct RedFlagHistory {
  typealias Point<Value> = (at: Timestamp, id: String, value: Value)

  /// The symptoms rules follow over days; nil for every symptom (a rule on any symptom).
  let persisting: Set<String>?
  /// The words naming medicines that hide a reading, lowercased, each with whether it can be
  /// ruled out by its bytes (``isPlain(_:)``, told once here rather than for every dose).
  let maskingWords: [(word: String, plain: Bool)]

  /// Ids of entries struck out or replaced by a correction.
  private(set) var struck: Set<String> = []
  var labs: [String: [Point<Double>]] = [:]
  var symptoms: [String: [Point<Int>]] = [:]
  /// Medicines logged with `--med`, lowercased.
  var medicines: [Point<String>] = []
  /// Home neuro checks.
  var neuroChecks: [Point<HomeNeuroCheck>] = []

  /// No entries yet, for the rules of `care`.
  init(protocol care: CareProtocol) {
    var persisting: Set<String>? = []
    var words: [String] = []
    for rule in care.redFlags {
      if case .symptom(let names, _) = rule.condition, rule.persistingDays != nil {
        persisting = names.isEmpty ? nil : persisting?.union(names)
      }
      words += (rule.masking?.medicines ?? []).map { $0.lowercased() }
    }
    self.persisting = persisting
    maskingWords = words.map { ($0, RedFlagHistory.isPlain($0)) }
  }

  init(entries: [Entry], protocol care: CareProtocol) {
    self.init(protocol: care)
    add(entries)
  }

  /// Adds entries, a day's or all of them: what their corrections strike out, and the values
  /// of those not struck out (the first of each id). Lists stay in observation order; a day
  /// added after the days before it only sorts its own values.
  ///
  /// Corrections strike out entries of the same call only, and ids are told apart within a
  /// call only: a reader adding a day at a time gives days whose corrections correct their own
  /// day and whose ids are used once (``RedFlagDays``).
  mutating func add(_ entries: [Entry]) {
    struck.formUnion(RedFlags.struckOut(in: entries))
    let counts = (
      labs: labs.mapValues(\.count), symptoms: symptoms.mapValues(\.count),
      medicines: medicines.count, neuroChecks: neuroChecks.count
    )
    var seenIDs: Set<String> = []
    seenIDs.reserveCapacity(entries.count)
    for entry in entries where !struck.contains(entry.id) && seenIDs.insert(entry.id).inserted {
      guard let body = RedFlags.judgedBody(entry) else { continue }
      let at = entry.observedAt
      switch body {
      case .labs(let results):
        for result in results { labs[result.lab, default: []].append((at, entry.id, result.value)) }
      case .symptom(let name, let severity):
        guard persisting?.contains(name) ?? true else { continue }
        symptoms[name, default: []].append((at, entry.id, severity))
      case .medication(let text):
        let text = text.lowercased()
        guard maskingWords.contains(where: { RedFlagHistory.names(text, $0, plain: $1) }) else {
          continue
        }
        medicines.append((at, entry.id, text))
      case .homeNeuroCheck(let check):
        neuroChecks.append((at, entry.id, check))
      default:
        break
      }
    }
    for key in Array(labs.keys) {
      guard var list = labs.removeValue(forKey: key) else { continue }
      RedFlagHistory.order(&list, after: counts.labs[key] ?? 0)
      labs[key] = list
    }
    for key in Array(symptoms.keys) {
      guard var list = symptoms.removeValue(forKey: key) else { continue }
      RedFlagHistory.order(&list, after: counts.symptoms[key] ?? 0)
      symptoms[key] = list
    }
    RedFlagHistory.order(&medicines, after: counts.medicines)
    RedFlagHistory.order(&neuroChecks, after: counts.neuroChecks)
  }

  /// Puts the values added after the first `count` in order: only those when they all come
  /// after the ones before, else the whole list.
  static func order<Value>(_ list: inout [Point<Value>], after count: Int) {
    guard list.count > count else { return }
    func before(_ a: Point<Value>, _ b: Point<Value>) -> Bool { (a.at, a.id) < (b.at, b.id) }
    list[count...].sort(by: before)
    if count > 0, before(list[count], list[count - 1]) { list.sort(by: before) }
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
        && names.contains { RedFlagHistory.names(point.value, $0) }
    }
  }

  /// Whether a medicine as logged (lowercased) holds one of a rule's words for it, character
  /// by character. Found by the standard library: Foundation's `contains` compares through
  /// `NSString`, and ten years of daily doses made that a thirtieth of `status`.
  ///
  /// A word of lowercase ASCII letters, digits, spaces and hyphens (every word of the built-in
  /// protocol, lowercased) is looked for in the bytes first (``ByteSearch``), which passes over
  /// a dose that does not hold it (nearly all of them) without the search by characters: that
  /// search took a fifth of `status` at ten years. Only such a word can be ruled out by its
  /// bytes: no other character is the same as one of these, while the Kelvin sign is the same
  /// character as "K" (so capitals are not among them) and "è" the same as "e" and a combining
  /// grave accent.
  static func names(_ logged: String, _ word: String) -> Bool {
    names(logged, word, plain: isPlain(word))
  }

  /// The same, with whether `word` is plain (``isPlain(_:)``) told already.
  static func names(_ logged: String, _ word: String, plain: Bool) -> Bool {
    if plain, !ByteSearch.holds(word, in: logged) { return false }
    return logged.firstRange(of: word) != nil
  }

  /// Whether `word` is not empty and every character of it is a lowercase ASCII letter, digit,
  /// space or hyphen.
  static func isPlain(_ word: String) -> Bool {
    !word.isEmpty
      && word.utf8.allSatisfy { byte in
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
          UInt8(ascii: " "), UInt8(ascii: "-"):
          true
        default: false
        }
      }
  }
}

extension RedFlagHistory {
  /// Whether what was read answers `need` for `entry` as everything ever logged would (see
  /// ``RedFlags/historyIsEnough(_:from:judging:journey:protocol:)``).
  func holds(_ need: RedFlags.HistoryNeed, for entry: Entry) -> Bool {
    let date = entry.observedAt.date
    switch need {
    case .everything, .neuroChecks:
      // Read back to the day they start from: see RedFlags.historyIsEnough.
      return false
    case .latestLab(let lab, let since):
      // A value on a day before the entry's: the latest one is then among those read.
      return (labs[lab] ?? []).contains { point in
        point.at.date < date && since.map { point.at.date >= $0 } ?? true
      }
    case .symptomRun(let name, let minSeverity, let days):
      // The run ends at a milder entry, or has lasted long enough whatever came before.
      for point in RedFlagHistory.before(symptoms[name] ?? [], entry).reversed() {
        guard point.value >= minSeverity else { return true }
        if point.at.date.days(to: date) >= days { return true }
      }
      return false
    }
  }
}
