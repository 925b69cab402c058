import JourneyCore

/// A JSON value for the FHIR export, written with its keys in the order they were given.
///
/// `JSONEncoder` would sort keys alphabetically and print numbers its own way; this writer keeps
/// the order of the HL7 FHIR R4 element definitions (`resourceType` first, as the specification
/// prints resources) and writes decimals exactly as formatted, so the same data always gives the
/// same bytes.
indirect enum FHIRJSON {
  case string(String)
  /// A number already written as JSON (`38.22`, `2100`).
  case number(String)
  case array([FHIRJSON])
  case object([(String, FHIRJSON)])

  /// An object of the members that are present, in the order given.
  static func members(_ members: [(String, FHIRJSON?)]) -> FHIRJSON {
    .object(members.compactMap { key, value in value.map { (key, $0) } })
  }

  static func integer(_ value: Int) -> FHIRJSON { .number(String(value)) }

  /// A FHIR `decimal`: plain digits (no exponent), at most six places, no trailing zeros.
  /// Stored values carry no more than six places (`Reading.lab` rounds to them).
  static func decimal(_ value: Double) -> FHIRJSON {
    .number(DecimalText.format(value, places: 6, trimmed: true))
  }

  /// The value as indented JSON text (two spaces), ending without a newline.
  var text: String {
    var out = ""
    write(into: &out, indent: "")
    return out
  }

  private func write(into out: inout String, indent: String) {
    switch self {
    case .string(let value):
      FHIRJSON.writeString(value, into: &out)
    case .number(let value):
      out += value
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += indent + "  "
        item.write(into: &out, indent: indent + "  ")
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      out += indent + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, value)) in members.enumerated() {
        out += indent + "  "
        FHIRJSON.writeString(key, into: &out)
        out += ": "
        value.write(into: &out, indent: indent + "  ")
        out += i + 1 < members.count ? ",\n" : "\n"
      }
      out += indent + "}"
    }
  }

  /// A JSON string (RFC 8259): quote, backslash and C0 controls escaped, everything else raw
  /// UTF-8. `SafeText.jsonEscaped` later writes the invisible characters a terminal could be
  /// fooled by as `\uXXXX`.
  private static func writeString(_ value: String, into out: inout String) {
    out += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
