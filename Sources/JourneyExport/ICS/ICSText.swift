import JourneyCore

/// The two text rules of RFC 5545 that every line of a calendar goes through.
enum ICSText {
  /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, each line break
  /// (CRLF, CR or LF) written as `\n`. Other control characters, which TEXT does not allow, and
  /// the invisible characters that could make a line read differently, become the visible
  /// stand-ins every plain-text output uses (`SafeText`).
  static func escape(_ text: String) -> String {
    let lines = text.replacingCRLF.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.map { line in
      // By scalar, not by Character: a combining mark after a backslash must not hide it.
      var out = String.UnicodeScalarView()
      for scalar in SafeText.visible(String(line)).unicodeScalars {
        if scalar == "\\" || scalar == ";" || scalar == "," { out.append("\\") }
        out.append(scalar)
      }
      return String(out)
    }.joined(separator: "\\n")
  }

  /// A content line folded (RFC 5545 §3.1): no line longer than 75 octets, each continuation
  /// starting with one space, and never a break inside a UTF-8 sequence.
  static func fold(_ line: String) -> String {
    var out = ""
    var octets = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if octets + size > 75 {
        out += "\r\n "
        octets = 1
      }
      out.unicodeScalars.append(scalar)
      octets += size
    }
    return out
  }
}

extension String {
  /// Every CRLF and lone CR as LF.
  fileprivate var replacingCRLF: String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        out.append("\n")
        previousCR = true
        continue
      }
      if scalar == "\n", previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(scalar)
    }
    return String(out)
  }
}
