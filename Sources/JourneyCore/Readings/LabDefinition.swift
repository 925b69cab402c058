/// A laboratory value followed at visits, as the protocol file states it: its unit, its
/// reference range, the range that catches typos, and the other units it may be typed in.
///
/// Reference ranges differ between laboratories; the protocol holds the centre's own.
public struct LabDefinition: Equatable, Sendable {
  /// Another unit the value may be typed in, and how it converts to the protocol's unit.
  public struct AlternativeUnit: Equatable, Sendable {
    /// As printed on lab reports (`g/L`, `µmol/L`).
    public var unit: String
    /// A value typed in `unit` times this is the value in the protocol's unit
    /// (`g/L` → `mg/dL`: 100; `µmol/L` → `mg/dL`: 1 / 88.4).
    public var factor: Double

    public init(unit: String, factor: Double) {
      self.unit = unit
      self.factor = factor
    }
  }

  /// Where a value falls against the reference range.
  public enum RangeStatus: String, Codable, Sendable, CaseIterable {
    /// Below `low`.
    case low
    /// Inside the range (bounds included).
    case normal
    /// Above `high`.
    case high
    /// The protocol gives no range for this lab.
    case noRange = "no-range"
  }

  /// The name typed after `--lab` (`igg`, `creatinine`).
  public var id: String
  /// The name shown (`IgG`), in the protocol's own language.
  public var label: String
  /// The name in other languages (`"label.de"` in the protocol file).
  public var translatedLabels: [Language: String] = [:]
  /// The unit values are stored and compared in (`mg/dL`).
  public var unit: String
  /// Lowest normal value, when the protocol gives one.
  public var low: Double?
  /// Highest normal value, when the protocol gives one.
  public var high: Double?
  /// Values outside this range (in `unit`) are refused as typos; not a clinical threshold.
  public var plausible: ClosedRange<Double>
  public var alternatives: [AlternativeUnit]
  /// A LOINC code, as the protocol gives it (with its evidence tag in a comment there).
  public var loinc: String?
  /// A value typed without a unit must be 0 or at least this (in `unit`); below, it could as
  /// well be in another unit (`neutrophils=0.49` is 0.49 x10^9/L, not 0.49/µL), so the unit
  /// must be typed. Nil: any plausible value may be typed without a unit.
  public var withoutUnitAtLeast: Double?
  /// A value typed without a unit must be at most this (in `unit`); above, it is another unit's
  /// (`upcr=40` is 40 mg/mmol, not 40 g/g), so the unit must be typed. Nil: no upper limit.
  public var withoutUnitAtMost: Double?

  public init(
    id: String, label: String, unit: String, low: Double? = nil, high: Double? = nil,
    plausible: ClosedRange<Double>, alternatives: [AlternativeUnit] = [], loinc: String? = nil,
    withoutUnitAtLeast: Double? = nil
  ) {
    self.id = id
    self.label = label
    self.unit = unit
    self.low = low
    self.high = high
    self.plausible = plausible
    self.alternatives = alternatives
    self.loinc = loinc
    self.withoutUnitAtLeast = withoutUnitAtLeast
  }

  /// Where `value` (in the protocol's unit) falls against the reference range.
  public func status(of value: Double) -> RangeStatus {
    if low == nil && high == nil { return .noRange }
    if let low, value < low { return .low }
    if let high, value > high { return .high }
    return .normal
  }

  /// The factor from `typed` to the protocol's unit: 1 for the protocol's own unit, nil for a
  /// unit this lab does not know. Units compare without case, spaces, or the µ/u difference.
  public func factor(forUnit typed: String) -> Double? {
    let key = LabDefinition.unitKey(typed)
    if key == LabDefinition.unitKey(unit) { return 1 }
    return alternatives.first { LabDefinition.unitKey($0.unit) == key }?.factor
  }

  /// `value` (in the protocol's unit) expressed in `unit`, or nil for a unit this lab does not
  /// know: the way back from `factor(forUnit:)` (620 mg/dL IgG → 6.2 g/L).
  public func converted(_ value: Double, to unit: String) -> Double? {
    factor(forUnit: unit).map { value / $0 }
  }

  /// Every unit this lab may be typed in, the protocol's own first.
  public var units: [String] { [unit] + alternatives.map(\.unit) }

  /// A unit folded for comparison: `µmol/L`, `umol/l` and `μmol / L` are the same, and so are
  /// `×10⁹/L` and `x10^9/L`.
  ///
  /// Every lab value a report or an export shows folds its units: a unit of ASCII letters,
  /// digits and signs (`mg/dL`) is folded byte by byte, with no string made for each character.
  public static func unitKey(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var folded: [UInt8] = []
      folded.reserveCapacity(text.utf8.count)
      for byte in text.utf8 {
        // The ASCII whitespace: tab, line feed, vertical tab, form feed, return, space.
        if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
        folded.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
      }
      return String(decoding: folded, as: UTF8.self)
    }
    return text.lowercased().filter { !$0.isWhitespace }.map { character -> String in
      if character == "µ" || character == "μ" { return "u" }
      if character == "×" { return "x" }
      return superscripts[character] ?? String(character)
    }.joined()
  }

  /// Superscript digits as ``unitKey(_:)`` writes them.
  static let superscripts: [Character: String] = [
    "⁰": "^0", "¹": "^1", "²": "^2", "³": "^3", "⁴": "^4", "⁵": "^5", "⁶": "^6", "⁷": "^7",
    "⁸": "^8", "⁹": "^9",
  ]
}

extension LabDefinition {
  /// `2160-0`: digits, a hyphen and the check digit LOINC's mod 10 gives them, as LOINC codes
  /// are written; a code mistyped by one digit, or with two neighbours swapped, fails.
  public static func isLOINC(_ code: String) -> Bool {
    let parts = code.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...7).contains(parts[0].count), parts[1].count == 1,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let check = parts[1].first?.wholeNumberValue
    else { return false }
    return loincCheckDigit(parts[0]) == check
  }

  /// LOINC's check digit (LOINC Users' Guide, "Calculating Mod 10 check digits"): from the
  /// right, every other digit doubled starting with the last, the digits of the results and of
  /// the rest added, and the step up to the next multiple of 10.
  static func loincCheckDigit(_ digits: Substring) -> Int {
    var sum = 0
    for (position, character) in digits.reversed().enumerated() {
      let digit = character.wholeNumberValue ?? 0
      let value = position % 2 == 0 ? digit * 2 : digit
      sum += value / 10 + value % 10
    }
    return (10 - sum % 10) % 10
  }

  /// A value as lab reports print it, without locale: up to two decimals, no trailing zeros
  /// (`620`, `1.1`, `0.25`).
  public static func format(_ value: Double) -> String {
    DecimalText.format(value, places: 2, trimmed: true)
  }
}

extension LabDefinition {
  /// Whether a value typed without a unit could as well be in another unit
  /// (``withoutUnitAtLeast``, ``withoutUnitAtMost``): then the unit is asked for, never guessed.
  public func asksForUnit(_ typed: Double) -> Bool {
    guard typed != 0 else { return false }
    return withoutUnitAtLeast.map { typed < $0 } == true
      || withoutUnitAtMost.map { typed > $0 } == true
  }
}
