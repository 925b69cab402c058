import JourneyCore

extension AppContext {
  /// Saves the caregiver's home neuro check done now (`carejourney neuro-check`), each answer
  /// as typed: `writing` usual or changed, `objects` 0–3, `date` and `countBack` right or
  /// wrong, the sentence as written and a note when given. Refuses a wrong answer with the
  /// ones accepted, and a day outside the check's days, and writes nothing then; the caller
  /// prints the saved line and the alert a change from the first check raises.
  public func recordHomeNeuroCheck(
    writing: String, objects: String, date: String, countBack: String, sentence: String?,
    note: String?
  ) throws -> SavedEntries {
    try TextLimits.check(freeText: ["--sentence": sentence, "--note": note])
    func answer<T: RawRepresentable & CaseIterable>(
      _ typed: String, _ option: String, _ what: String
    )
      throws -> T where T.RawValue == String
    {
      let word = typed.trimmingCharacters(in: .whitespaces).lowercased()
      guard let value = T(rawValue: word) else {
        let words = T.allCases.map(\.rawValue)
        let either = tr(
          "%1$s or %2$s", words.dropLast().joined(separator: ", "), words.last ?? "",
          context: "list")
        throw AppError(tr("%1$s %2$s: give %3$s (%4$s)", option, typed, either, what))
      }
      return value
    }
    let named = Int(objects.trimmingCharacters(in: .whitespaces))
    guard let named, HomeNeuroCheck.objectsRange.contains(named) else {
      throw AppError(
        tr(
          "--objects %1$s: give how many of the %2$s objects were named, 0 to %3$s", objects,
          String(HomeNeuroCheck.objects), String(HomeNeuroCheck.objects)))
    }
    func text(_ typed: String?) -> String? {
      let trimmed = typed?.trimmingCharacters(in: .whitespacesAndNewlines)
      return trimmed?.isEmpty == false ? trimmed : nil
    }
    let check = HomeNeuroCheck(
      writing: try answer(
        writing, "--writing", tr("did the sentence look as the patient usually writes?")),
      sentence: text(sentence), objectsNamed: named,
      date: try answer(date, "--date", tr("was today's date said right?")),
      countBack: try answer(
        countBack, "--count-back", tr("was counting back from 100 by tens right?")),
      note: text(note))
    return try saveNow([.homeNeuroCheck(check)])
  }
}
