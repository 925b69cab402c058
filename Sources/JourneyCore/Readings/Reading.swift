import Foundation

/// Parses readings as people type them, refusing implausible values with the range named.
///
/// The plausible ranges guard against typos (`382` for `38.2`); they are not clinical
/// thresholds, which live in the protocol file.
public enum Reading {
  /// Why a reading was refused; the message names what is accepted.
  public struct Error: Swift.Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  /// Body temperatures outside this range (°C) are refused as typos.
  public static let plausibleCelsius = 34.0...43.0

  /// `38.2`, `38,2`, `38.2C`, `38.2 °C`, `100.8F` → °C. Without a unit, values above 50 are
  /// taken as °F. At most two decimals, as thermometers show: a value judged against a
  /// threshold is then shown exactly as judged (``TemperatureUnit/reading(fromCelsius:)``).
  /// °C is kept to the hundredth as typed; °F is converted and kept to 1/10,000 °C, so it
  /// shows again as typed.
  public static func temperature(_ text: String) throws(Error) -> Double {
    let s = temperatureParts(text).number
    guard let typed = typedTemperature(text) else {
      throw Error(
        message: tr(
          "temperature \"%s\" is not a number: write it like 38.2, 38,2, 38.2C or 100.8F", text))
    }
    let celsius = typed.celsius
    if let point = s.firstIndex(of: "."), s[s.index(after: point)...].count > 2 {
      throw Error(
        message: tr(
          "temperature \"%s\" has more than two decimals: write it as the thermometer shows "
            + "it, like 38.2 or 37.95", text))
    }
    guard plausibleCelsius.contains(celsius) else {
      throw Error(
        message: tr(
          "temperature \"%s\" is outside the plausible range 34.0–43.0 °C (93.2–109.4 °F); "
            + "check for a typo", text))
    }
    let scale: Double = typed.unit == .fahrenheit ? 10_000 : 100
    return (celsius * scale).rounded() / scale
  }

  /// A temperature as it was typed (`100.8F` → 100.8 °F, `38,2` → 38.2 °C, a bare number
  /// above 50 in °F) and in °C, unrounded and not judged: nil when it is no number.
  public static func typedTemperature(
    _ text: String
  ) -> (value: Double, unit: TemperatureUnit, celsius: Double)? {
    let (s, unit) = temperatureParts(text)
    guard let value = decimal(s) else { return nil }
    return switch unit ?? (value > 50 ? .fahrenheit : .celsius) {
    case .celsius: (value, .celsius, value)
    case .fahrenheit: (value, .fahrenheit, (value - 32) * 5 / 9)
    }
  }

  /// A typed temperature's number (decimal point, no spaces) and the unit typed after it.
  ///
  /// One pass over the text, with no Foundation string searches: every temperature an export
  /// writes comes through here to show it as typed. Surrounding blanks are trimmed, `°` and
  /// inner spaces dropped, a decimal comma read as a point, and `c`/`f` taken as `C`/`F`.
  private static func temperatureParts(_ text: String) -> (number: String, unit: TemperatureUnit?) {
    func isBlank(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
    var scalars = text.unicodeScalars[...]
    while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
    while let last = scalars.last, isBlank(last) { scalars.removeLast() }
    var kept = String.UnicodeScalarView()
    for scalar in scalars {
      switch scalar {
      case "°", " ": continue
      case ",": kept.append(".")
      case "c": kept.append("C")
      case "f": kept.append("F")
      default: kept.append(scalar)
      }
    }
    var s = String(kept)
    var unit: TemperatureUnit?
    if s.hasSuffix("C") {
      unit = .celsius
      s.removeLast()
    } else if s.hasSuffix("F") {
      unit = .fahrenheit
      s.removeLast()
    }
    return (s, unit)
  }

  /// A plain decimal number: digits with at most one point; no signs, exponents or `nan`.
  static func decimal(_ s: String) -> Double? {
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      s.filter({ $0 == "." }).count <= 1, s != "."
    else { return nil }
    return Double(s)
  }

  /// The symptom name a typed `--symptom` starts with: `chills` in `chills=2`, `fainting`.
  public static func symptomName(_ text: String) -> String {
    let name = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first
    return (name.map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
  }

  /// A typed symptom read on its scale: ``symptom(_:)`` for 0–4; for a symptom logged only as
  /// happened, `fainting`, `fainting=yes` or `fainting=1` → (name, 1), and any other
  /// severity refused.
  public static func symptom(
    _ text: String, scale: SymptomDefinition.Scale
  ) throws(Error) -> (name: String, severity: Int) {
    guard scale == .present else { return try symptom(text) }
    let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let name = parts[0]
    guard !name.isEmpty else { return try symptom(text) }
    guard parts.count == 2 else { return (name, 1) }
    let word = parts[1].lowercased()
    // `=1` is how it is stored, and what the 0–4 habit types for "it happened".
    if word == "1" { return (name, 1) }
    for language in [Language.english, Language.current]
    where Timeline.happenedLabels(in: language)[1] == word {
      return (name, 1)
    }
    throw Error(
      message: tr(
        "%1$s is logged without a severity, only that it happened: write %1$s or %1$s=yes, "
          + "not \"%2$s\"", name, text))
  }

  /// `chills=2`, `chills=moderate`, `word-finding = severe` → (name, severity 0–4).
  public static func symptom(_ text: String) throws(Error) -> (name: String, severity: Int) {
    let parts = text.split(separator: "=", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty else {
      throw Error(
        message: tr(
          "symptom \"%s\" needs a severity: write NAME=SEVERITY, e.g. chills=2 (0 none, "
            + "1 mild, 2 moderate, 3 severe, 4 very severe)", text))
    }
    let word = parts[1].lowercased()
    if let number = Int(word), parts[1].allSatisfy(\.isNumber), (0...4).contains(number) {
      return (parts[0], number)
    }
    // The English words always, and the words of the language being read.
    let spaced = word.replacingOccurrences(of: "-", with: " ")
    for language in [Language.english, Language.current] {
      if let index = Timeline.severityLabels(in: language).firstIndex(of: spaced) {
        return (parts[0], index)
      }
    }
    throw Error(
      message: tr(
        "severity \"%1$s\" for %2$s is not 0–4: use 0 none, 1 mild, 2 moderate, 3 severe, "
          + "4 very severe", parts[1], parts[0]))
  }
}

extension Reading {
  /// Plausible ranges for the other readings; outside them a value is refused as a typo.
  public static let plausibleHeartRate = 25...250
  public static let plausibleSystolic = 50...260
  public static let plausibleDiastolic = 20...160
  public static let plausibleSpO2 = 50...100
  public static let plausibleKilograms = 20.0...300.0

  /// A whole number in a range, with an optional unit suffix that is stripped (`97%`, `88bpm`).
  static func whole(
    _ text: String, what: String, range: ClosedRange<Int>, unit: String, suffixes: [String]
  ) throws(Error) -> Int {
    var s = text.trimmingCharacters(in: .whitespaces).lowercased()
    for suffix in suffixes where s.hasSuffix(suffix) {
      s = String(s.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
      break
    }
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(s) else {
      let example = range.lowerBound + (range.upperBound - range.lowerBound) / 3
      throw Error(
        message: tr("%1$s \"%2$s\" is not a whole number, e.g. %3$s", what, text, String(example)))
    }
    guard range.contains(value) else {
      throw Error(
        message: tr(
          "%1$s \"%2$s\" is outside the plausible range %3$s–%4$s %5$s; check for a typo", what,
          text, String(range.lowerBound), String(range.upperBound), unit))
    }
    return value
  }

  /// Beats per minute: `88`, `88bpm`, `88/min`.
  public static func heartRate(_ text: String) throws(Error) -> Int {
    try whole(
      text, what: tr("heart rate"), range: plausibleHeartRate, unit: "/min",
      suffixes: ["bpm", "/min"])
  }

  /// Oxygen saturation: `97` or `97%`.
  public static func spo2(_ text: String) throws(Error) -> Int {
    try whole(text, what: tr("SpO2"), range: plausibleSpO2, unit: "%", suffixes: ["%"])
  }

  /// `118/76` (mmHg); systolic must be above diastolic.
  public static func bloodPressure(_ text: String) throws(Error) -> (systolic: Int, diastolic: Int)
  {
    let cleaned = text.lowercased().replacingOccurrences(of: "mmhg", with: "")
    let parts = cleaned.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2 else {
      throw Error(
        message: tr("blood pressure \"%s\" must be SYSTOLIC/DIASTOLIC, e.g. 118/76", text))
    }
    let systolic = try whole(
      String(parts[0]), what: tr("systolic pressure"), range: plausibleSystolic, unit: "mmHg",
      suffixes: [])
    let diastolic = try whole(
      String(parts[1]), what: tr("diastolic pressure"), range: plausibleDiastolic, unit: "mmHg",
      suffixes: [])
    guard systolic > diastolic else {
      throw Error(
        message: tr(
          "blood pressure \"%s\": the first number (systolic) must be the higher, e.g. 118/76",
          text))
    }
    return (systolic, diastolic)
  }

  /// `61.5kg`, `61,5 kg`, `135lb` → kg; a bare number is kg.
  public static func weight(_ text: String) throws(Error) -> Double {
    guard let typed = typedWeight(text) else {
      throw Error(
        message: tr("weight \"%s\" is not a number: write it like 61.5kg or 135lb", text))
    }
    let kg = typed.kilograms
    guard plausibleKilograms.contains(kg) else {
      throw Error(
        message: tr(
          "weight \"%s\" is outside the plausible range 20–300 kg (44–661 lb); check for a "
            + "typo", text))
    }
    return (kg * 100).rounded() / 100
  }

  /// A weight as it was typed (`135lb` → 135 in pounds, `61,5 kg` → 61.5 in kilograms) and
  /// in kilograms, unrounded and not judged: nil when it is no number.
  public static func typedWeight(
    _ text: String
  ) -> (value: Double, pounds: Bool, kilograms: Double)? {
    var s = text.trimmingCharacters(in: .whitespaces).lowercased()
      .replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
    var pounds = false
    if s.hasSuffix("kg") {
      s.removeLast(2)
    } else if s.hasSuffix("lbs") {
      s.removeLast(3)
      pounds = true
    } else if s.hasSuffix("lb") {
      s.removeLast(2)
      pounds = true
    }
    return decimal(s).map { ($0, pounds, pounds ? $0 * 0.45359237 : $0) }
  }
}
