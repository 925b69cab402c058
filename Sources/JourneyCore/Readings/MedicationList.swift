/// What the patient was taking on a day, folded from the `medicationChange` entries.
///
/// Changes are applied in the order they were observed (ties in the order they were written).
/// A change struck out by a correction is ignored; one replaced by a correction counts with its
/// replacement values, on the day of the change it replaces. Names are matched ignoring case,
/// and shown as they were first written when started.
///
/// On the day of a change the change is in force: a medicine started on a day is taken that
/// day, one stopped on a day is not. A dose change of a medicine not being taken (its start was
/// struck out) counts as taking it from that day; a second start of a medicine being taken only
/// changes its dose, when one is given.
public enum MedicationList {
  /// One medicine being taken.
  public struct Medicine: Equatable, Sendable {
    /// The name as written when it was started.
    public var name: String
    /// The dose in force, as written (`5 mg/day`); nil when none was given.
    public var dose: String?
    /// The day it was started (the latest start, after a stop).
    public var since: LocalDate
    /// The day the dose in force was set.
    public var doseSince: LocalDate

    public init(name: String, dose: String?, since: LocalDate, doseSince: LocalDate) {
      self.name = name
      self.dose = dose
      self.since = since
      self.doseSince = doseSince
    }
  }

  /// The key names are matched by.
  public static func key(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespaces).lowercased()
  }

  /// The medication changes as they stand after corrections, oldest first.
  public static func changes(in entries: [Entry]) -> [Entry] {
    var fixes: [String: Entry.Body?] = [:]
    for entry in entries {
      if case .correction(let target, _, let replacement) = entry.body {
        fixes[target] = replacement
      }
    }
    var result: [(offset: Int, entry: Entry)] = []
    for (offset, entry) in entries.enumerated() {
      var shown = entry
      if let fix = fixes[entry.id] {
        guard let replacement = fix else { continue }
        shown.body = replacement
      }
      guard case .medicationChange = shown.body else { continue }
      result.append((offset, shown))
    }
    return result.sorted { a, b in
      a.entry.observedAt != b.entry.observedAt
        ? a.entry.observedAt < b.entry.observedAt : a.offset < b.offset
    }.map(\.entry)
  }

  /// What was being taken on `date`, by name (ignoring case).
  public static func taking(on date: LocalDate, entries: [Entry]) -> [Medicine] {
    var taking: [String: Medicine] = [:]
    for entry in changes(in: entries) {
      let day = entry.observedAt.date
      guard day <= date else { continue }
      guard case .medicationChange(let name, let dose, let change, _) = entry.body else {
        continue
      }
      let key = key(name)
      switch change {
      case .start, .dose:
        if var current = taking[key] {
          if let dose, dose != current.dose {
            current.dose = dose
            current.doseSince = day
          }
          taking[key] = current
        } else {
          taking[key] = Medicine(
            name: name.trimmingCharacters(in: .whitespaces), dose: dose, since: day,
            doseSince: day)
        }
      case .stop:
        taking[key] = nil
      }
    }
    return taking.values.sorted { key($0.name) < key($1.name) }
  }

  /// The medicine of this name being taken on `date`, if it was.
  public static func medicine(named name: String, on date: LocalDate, entries: [Entry])
    -> Medicine?
  {
    taking(on: date, entries: entries).first { key($0.name) == key(name) }
  }
}
