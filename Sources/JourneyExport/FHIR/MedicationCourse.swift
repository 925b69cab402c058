import JourneyCore

/// One dose of one medicine of the plan, from the change that set it to the one that changed
/// or stopped it: what the FHIR export writes as a `MedicationStatement`.
///
/// ``MedicationList`` folds the same changes into what was taken on a day; the FHIR export
/// needs the periods instead. A start of a medicine being taken, or a dose change giving the
/// same dose, continues its course.
struct MedicationCourse: Equatable {
  /// The name as written when it was started.
  var name: String
  var dose: String?
  var start: LocalDate
  /// The day the dose was changed or the medicine stopped; nil while it is taken.
  var end: LocalDate?
  /// The change line that began it: the statement's identifier.
  var lineID: String
  /// Who wrote the change that began it.
  var author: Author
  /// Every change line it comes from (the one that began it, the one that ended it).
  var lines: [String]
  /// Why it was started, its dose changed or stopped, when that was written.
  var notes: [String]

  /// The courses of the changes as ``MedicationList/changes(in:)`` gives them, in the order
  /// they began.
  static func courses(_ changes: [Entry]) -> [MedicationCourse] {
    var result: [MedicationCourse] = []
    var open: [String: Int] = [:]
    for entry in changes {
      guard case .medicationChange(let name, let dose, let change, let reason) = entry.body else {
        continue
      }
      let key = MedicationList.key(name)
      let day = entry.observedAt.date
      let note = reason.map { "\(change.rawValue) on \(day) by \(entry.author): \($0)" }
      var firstName = name.trimmingCharacters(in: .whitespaces)
      if let index = open[key] {
        firstName = result[index].name
        if change == .stop || (dose != nil && dose != result[index].dose) {
          result[index].end = day
          result[index].lines.append(entry.id)
          if change == .stop, let note { result[index].notes.append(note) }
          open[key] = nil
        } else {
          result[index].lines.append(entry.id)
          if let note { result[index].notes.append(note) }
          continue
        }
      }
      guard change != .stop else { continue }
      open[key] = result.count
      result.append(
        MedicationCourse(
          name: firstName, dose: dose, start: day, end: nil, lineID: entry.id, author: entry.author,
          lines: [entry.id], notes: note.map { [$0] } ?? []))
    }
    return result
  }
}
