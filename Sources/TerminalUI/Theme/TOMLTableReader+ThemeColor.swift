import JourneyCore
import TOMLKit

extension TOMLTableReader {
  /// A colour: a name (`"red"`, `"bright-white"`, `"default"`) or an xterm number 0–255.
  func color(_ key: String) throws(TOMLFileError) -> Theme.Color? {
    guard let value = table[key] else { return nil }
    if let number = value.int {
      guard (0...255).contains(number) else {
        throw error(key, tr("%1$s %2$s is not a colour number (0-255)", key, String(number)))
      }
      return .indexed(number)
    }
    guard let name = value.string else {
      throw mistyped(key, value, tr("a colour name in quotes or a number 0-255"))
    }
    if let color = Theme.Color(name: name) { return color }
    if let number = Int(name) {
      throw error(
        key,
        tr(
          "%1$s \"%2$s\": write a colour number without quotes (%1$s = %3$s)", key, name,
          String(number)))
    }
    throw error(
      key,
      tr(
        "%1$s \"%2$s\" is not a colour%3$s, or a number 0-255", key, name,
        TOMLTableReader.suggestion(for: name, in: Theme.Color.names, noun: "colour")))
  }
}
