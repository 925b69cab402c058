import Foundation

extension MedicationList {
  /// The glucocorticoid dose DORIS 2021 counts (prednisolone-equivalent, mg/day), as the
  /// medication list gives it on a day.
  public struct PrednisoloneDose: Equatable, Sendable {
    /// mg/day; nil when the list cannot say: nothing recorded with `med` by then, a dose not
    /// written as a daily amount in mg, or a glucocorticoid the protocol has no factor for.
    public var mg: Double?
    /// The systemic glucocorticoids being taken.
    public var medicines: [Medicine]
    /// Where the figure comes from, or why there is none: shown beside it.
    public var source: String

    public init(mg: Double?, medicines: [Medicine], source: String) {
      self.mg = mg
      self.medicines = medicines
      self.source = source
    }

    /// The first glucocorticoid being taken, when one is.
    public var medicine: Medicine? { medicines.first }
  }

  /// The prednisolone-equivalent dose on `date` from the medication changes: every systemic
  /// glucocorticoid being taken, its daily mg times its factor (clinical.md §10.1), added up;
  /// 0 when the list has changes by then and none is being taken; nil when the list cannot say
  /// (an unknown steroid or dose gives no remission result, never a guess).
  public static func prednisolone(
    on date: LocalDate, entries: [Entry], settings: RemissionSettings
  ) -> PrednisoloneDose {
    let changes = changes(in: entries).filter { $0.observedAt.date <= date }
    guard !changes.isEmpty else {
      return PrednisoloneDose(
        mg: nil, medicines: [],
        source: tr("the medication list is empty by %s", Language.current.numericDate(date)))
    }
    let steroids = taking(on: date, entries: entries).filter {
      settings.isSystemicGlucocorticoid($0.name, dose: $0.dose)
    }
    guard !steroids.isEmpty else {
      return PrednisoloneDose(
        mg: 0, medicines: [], source: tr("none in the medication list"))
    }
    var total = 0.0
    var parts: [String] = []
    for taken in steroids {
      let dose = taken.dose ?? tr("no dose")
      guard let factor = settings.factor(of: taken.name) else {
        return PrednisoloneDose(
          mg: nil, medicines: steroids,
          source: tr(
            "medication list: %s has no prednisolone equivalent in the protocol; give the dose "
              + "with --prednisolone", taken.name))
      }
      guard let mg = taken.dose.flatMap(dailyMilligrams) else {
        return PrednisoloneDose(
          mg: nil, medicines: steroids,
          source: tr("medication list: %1$s \"%2$s\" is not N mg/day", taken.name, dose))
      }
      let equivalent = mg * factor
      total += equivalent
      let converted =
        factor == 1
        ? ""
        : " "
          + tr("= %s mg prednisolone", Language.current.number(LabDefinition.format(equivalent)))
      let since = Language.current.numericDate(taken.doseSince)
      parts.append(tr("%1$s since %2$s", "\(taken.name) \(dose)" + converted, since))
    }
    return PrednisoloneDose(
      mg: (total * 100).rounded() / 100, medicines: steroids,
      source: tr("medication list: %s", parts.joined(separator: "; ")))
  }

  /// The daily milligrams a dose states: `10 mg/day`, `7,5 mg daily`, `5mg`, `2.5 mg once a
  /// day`; nil for anything else (`5 mg twice daily`, `1 g`), which is left to a person to read.
  public static func dailyMilligrams(_ dose: String) -> Double? {
    let text = dose.lowercased().replacingOccurrences(of: ",", with: ".")
      .trimmingCharacters(in: .whitespaces)
    let number = String(text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
    guard let mg = Reading.decimal(number), mg >= 0 else { return nil }
    let rest = text.dropFirst(number.count).filter { !$0.isWhitespace }
    guard rest.hasPrefix("mg") else { return nil }
    let daily: Set<String> = [
      "", "/day", "/d", "daily", "aday", "perday", "oncedaily", "onceaday", "everyday",
    ]
    return daily.contains(String(rest.dropFirst(2))) ? mg : nil
  }
}
