import Foundation

extension Reading {
  /// `igg=6.2g/L`, `creatinine = 97 µmol/L`, `neutrophils=450` → a lab result in the protocol's
  /// unit. Refuses a lab the protocol does not follow (naming the closest), a unit the lab is not
  /// typed in (naming those it is), and a value outside the plausible range (naming it).
  public static func lab(_ text: String, care: CareProtocol) throws(Error) -> LabResult {
    let parts = text.split(separator: "=", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw Error(
        message: "lab \"\(text)\" needs a value: write NAME=VALUE[UNIT], e.g. igg=6.2g/L")
    }
    let name = parts[0]
    guard let lab = care.lab(named: name) else {
      let close = Suggestions.closest(to: name, in: care.labs.map(\.id), limit: 3)
      let hint = close.isEmpty ? "" : "; did you mean: \(close.joined(separator: ", "))?"
      throw Error(
        message: "\"\(name)\" is not a lab in this protocol\(hint) "
          + "(labs: \(care.labs.map(\.id).joined(separator: ", ")))")
    }
    let written = parts[1].replacingOccurrences(of: ",", with: ".")
    let number = String(written.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
    let unitText = written.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
    let units = lab.units.joined(separator: ", ")
    guard let typed = decimal(number) else {
      throw Error(
        message: "\(lab.id) \"\(parts[1])\" is not a number: write it like \(lab.id)=1.5 "
          + "or with a unit (\(units))")
    }
    // Never guessed: a small value without a unit may be in another unit (0.49 x10^9/L).
    if unitText.isEmpty, lab.asksForUnit(typed) {
      let other = lab.alternatives.first {
        $0.factor != 1 && lab.plausible.contains(typed * $0.factor)
      }
      let guess =
        other.map {
          " (\(LabDefinition.format(typed)) \($0.unit) would be "
            + "\(LabDefinition.format(typed * $0.factor)) \(lab.unit))"
        } ?? ""
      throw Error(
        message: "\(lab.id)=\(parts[1]) has no unit, and \(LabDefinition.format(typed)) "
          + "\(lab.unit) is not plausible\(guess): type the unit, one of \(units), "
          + "e.g. \(lab.id)=\(parts[1])\(other?.unit ?? lab.unit)")
    }
    let unit = unitText.isEmpty ? lab.unit : unitText
    guard let factor = lab.factor(forUnit: unit) else {
      throw Error(
        message: "\"\(unitText)\" is not a unit for \(lab.label): use \(units)")
    }
    let value = ((typed * factor) * 1_000_000).rounded() / 1_000_000
    guard lab.plausible.contains(value) else {
      let low = LabDefinition.format(lab.plausible.lowerBound)
      let high = LabDefinition.format(lab.plausible.upperBound)
      throw Error(
        message: "\(lab.label) \(parts[1]) is outside the plausible range \(low)–\(high) "
          + "\(lab.unit); check for a typo or the unit")
    }
    let shownUnit =
      unitText.isEmpty
      ? lab.unit
      : (lab.units.first {
        LabDefinition.unitKey($0) == LabDefinition.unitKey(unitText)
      } ?? unitText)
    return LabResult(lab: lab.id, value: value, typedValue: typed, typedUnit: shownUnit)
  }
}
