import Foundation

extension MedicationList {
  /// The glucocorticoid dose DORIS 2021 counts (prednisolone or equivalent, mg/day), as the
  /// medication list gives it on a day.
  public struct PrednisoloneDose: Equatable, Sendable {
    /// mg/day; nil when the list cannot say: nothing recorded with `med` by then, or a dose not
    /// written as a daily amount in mg.
    public var mg: Double?
    /// The prednisone or prednisolone being taken, when one is.
    public var medicine: Medicine?
    /// Where the figure comes from, or why there is none: shown beside it.
    public var source: String

    public init(mg: Double?, medicine: Medicine?, source: String) {
      self.mg = mg
      self.medicine = medicine
      self.source = source
    }
  }

  /// The names counted as prednisolone, one to one: prednisone and prednisolone. Others
  /// (methylprednisolone, dexamethasone) differ in strength and are left to the person scoring.
  public static let prednisoloneNames: Set<String> = ["prednisone", "prednisolone"]

  /// Whether a medicine is prednisone or prednisolone (`Prednisolone`, `prednisone (Decortin)`).
  public static func isPrednisolone(_ name: String) -> Bool {
    let word = key(name).prefix { $0.isLetter }
    return prednisoloneNames.contains(String(word))
  }

  /// The prednisolone dose on `date` from the medication changes: the daily mg of the
  /// prednisone or prednisolone being taken, 0 when the list has changes by then and neither is
  /// being taken, nil when the list cannot say.
  public static func prednisolone(on date: LocalDate, entries: [Entry]) -> PrednisoloneDose {
    let changes = changes(in: entries).filter { $0.observedAt.date <= date }
    guard !changes.isEmpty else {
      return PrednisoloneDose(
        mg: nil, medicine: nil, source: "the medication list is empty by \(date)")
    }
    guard let taken = taking(on: date, entries: entries).first(where: { isPrednisolone($0.name) })
    else {
      return PrednisoloneDose(
        mg: 0, medicine: nil, source: "none in the medication list")
    }
    let dose = taken.dose ?? "no dose"
    guard let mg = taken.dose.flatMap(dailyMilligrams) else {
      return PrednisoloneDose(
        mg: nil, medicine: taken,
        source: "medication list: \(taken.name) \"\(dose)\" is not N mg/day")
    }
    return PrednisoloneDose(
      mg: mg, medicine: taken,
      source: "medication list: \(taken.name) \(dose) since \(taken.doseSince)")
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
