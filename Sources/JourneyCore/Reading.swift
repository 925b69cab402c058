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
  /// taken as °F.
  public static func temperature(_ text: String) throws(Error) -> Double {
    var s = text.trimmingCharacters(in: .whitespaces).uppercased()
      .replacingOccurrences(of: ",", with: ".")
      .replacingOccurrences(of: "°", with: "")
      .replacingOccurrences(of: " ", with: "")
    var unit: TemperatureUnit?
    if s.hasSuffix("C") {
      unit = .celsius
      s.removeLast()
    } else if s.hasSuffix("F") {
      unit = .fahrenheit
      s.removeLast()
    }
    guard let value = decimal(s) else {
      throw Error(
        message: "temperature \"\(text)\" is not a number: write it like 38.2, 38,2, 38.2C "
          + "or 100.8F")
    }
    let celsius: Double =
      switch unit ?? (value > 50 ? .fahrenheit : .celsius) {
      case .celsius: value
      case .fahrenheit: (value - 32) * 5 / 9
      }
    guard plausibleCelsius.contains(celsius) else {
      throw Error(
        message: "temperature \"\(text)\" is outside the plausible range 34.0–43.0 °C "
          + "(93.2–109.4 °F); check for a typo")
    }
    return (celsius * 100).rounded() / 100
  }

  /// A plain decimal number: digits with at most one point; no signs, exponents or `nan`.
  static func decimal(_ s: String) -> Double? {
    guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      s.filter({ $0 == "." }).count <= 1, s != "."
    else { return nil }
    return Double(s)
  }

  /// `chills=2`, `chills=moderate`, `word-finding = severe` → (name, severity 0–4).
  public static func symptom(_ text: String) throws(Error) -> (name: String, severity: Int) {
    let parts = text.split(separator: "=", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2, !parts[0].isEmpty else {
      throw Error(
        message: "symptom \"\(text)\" needs a severity: write NAME=SEVERITY, e.g. chills=2 "
          + "(0 none, 1 mild, 2 moderate, 3 severe, 4 very severe)")
    }
    let word = parts[1].lowercased()
    if let number = Int(word), parts[1].allSatisfy(\.isNumber), (0...4).contains(number) {
      return (parts[0], number)
    }
    if let index = Timeline.severityLabels.firstIndex(of: word.replacingOccurrences(of: "-", with: " ")) {
      return (parts[0], index)
    }
    throw Error(
      message: "severity \"\(parts[1])\" for \(parts[0]) is not 0–4: use 0 none, 1 mild, "
        + "2 moderate, 3 severe, 4 very severe")
  }
}
