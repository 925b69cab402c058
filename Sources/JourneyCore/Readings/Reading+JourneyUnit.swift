extension Reading {
  /// A temperature typed in a journey shown in `unit`: one answer for the command line and the
  /// screens.
  ///
  /// A number typed with its unit (`38.2C`, `100.8F`) is read in that unit. In a °F journey a
  /// bare number is °F (`100.4`); one that is not a plausible body temperature in °F (`37.5`,
  /// 3 °C) is refused with a hint to type the unit, never taken as °C behind the patient's
  /// back. In a °C journey a bare number is °C, and above 50 °F (``temperature(_:)``).
  public static func temperature(_ text: String, unit: TemperatureUnit) throws(Error) -> Double {
    guard unit == .fahrenheit else { return try temperature(text) }
    let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
    if trimmed.hasSuffix("C") || trimmed.hasSuffix("F") { return try temperature(text) }
    do {
      return try temperature(trimmed + "F")
    } catch {
      // Not a number, or too many decimals: the general message says what to type.
      let number = trimmed.replacingOccurrences(of: ",", with: ".")
      let decimals =
        number.split(separator: ".", omittingEmptySubsequences: false).dropFirst()
        .first?.count ?? 0
      guard let value = decimal(number), decimals <= 2,
        !plausibleCelsius.contains((value - 32) * 5 / 9)
      else {
        throw Error(message: error.message.replacingOccurrences(of: trimmed + "F", with: text))
      }
      let celsius = plausibleCelsius.contains(value) ? tr(" (or %sC, if it was °C)", text) : ""
      throw Error(
        message: tr(
          "temperature \"%s\" is not a body temperature in °F, the unit this journey shows "
            + "(93.2–109.4 °F): type the unit, e.g. 100.4F", text) + celsius)
    }
  }

  /// The example a prompt shows for a temperature typed bare in `unit`: it must be accepted
  /// as typed.
  public static func temperatureExample(_ unit: TemperatureUnit) -> String {
    unit == .fahrenheit ? "100.0" : "37.8"
  }
}
