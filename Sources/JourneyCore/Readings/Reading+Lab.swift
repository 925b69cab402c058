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
        message: tr("lab \"%s\" needs a value: write NAME=VALUE[UNIT], e.g. igg=6.2g/L", text))
    }
    let name = parts[0]
    guard let lab = care.lab(named: name) else {
      let close = Suggestions.closest(to: name, in: care.labs.map(\.id), limit: 3)
      let labs = care.labs.map(\.id).joined(separator: ", ")
      throw Error(
        message: close.isEmpty
          ? tr("\"%1$s\" is not a lab in this protocol (labs: %2$s)", name, labs)
          : tr(
            "\"%1$s\" is not a lab in this protocol; did you mean: %2$s? (labs: %3$s)", name,
            close.joined(separator: ", "), labs))
    }
    let written = parts[1].replacingOccurrences(of: ",", with: ".")
    let number = String(written.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
    let unitText = written.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
    let units = lab.units.joined(separator: ", ")
    guard let typed = decimal(number) else {
      throw Error(
        message: tr(
          "%1$s \"%2$s\" is not a number: write it like %1$s=1.5 or with a unit (%3$s)", lab.id,
          parts[1], units))
    }
    // Never guessed: a small value without a unit may be in another unit (0.49 x10^9/L).
    if unitText.isEmpty, lab.asksForUnit(typed) {
      let other = lab.alternatives.first {
        $0.factor != 1 && lab.plausible.contains(typed * $0.factor)
      }
      let guess =
        other.map {
          tr(
            " (%1$s %2$s would be %3$s %4$s)", LabDefinition.format(typed), $0.unit,
            LabDefinition.format(typed * $0.factor), lab.unit)
        } ?? ""
      throw Error(
        message: tr(
          "%1$s=%2$s has no unit, and %3$s %4$s is not plausible%5$s: type the unit, one of %6$s, "
            + "e.g. %1$s=%2$s%7$s", lab.id, parts[1], LabDefinition.format(typed), lab.unit, guess,
          units, other?.unit ?? lab.unit))
    }
    let unit = unitText.isEmpty ? lab.unit : unitText
    guard let factor = lab.factor(forUnit: unit) else {
      throw Error(
        message: tr("\"%1$s\" is not a unit for %2$s: use %3$s", unitText, lab.label, units))
    }
    let value = ((typed * factor) * 1_000_000).rounded() / 1_000_000
    guard lab.plausible.contains(value) else {
      let low = LabDefinition.format(lab.plausible.lowerBound)
      let high = LabDefinition.format(lab.plausible.upperBound)
      throw Error(
        message: tr(
          "%1$s %2$s is outside the plausible range %3$s–%4$s %5$s; check for a typo or the unit",
          lab.label, parts[1], low, high, lab.unit))
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
