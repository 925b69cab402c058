import JourneyCore

/// HTML (or inline SVG) that is safe to put in a page: the visit report is built from these.
///
/// Text written in a literal is markup; every value interpolated into it is text and is escaped,
/// unless it is itself `Markup`. So `"<td>\(note)</td>" as Markup` escapes the note, and text
/// from the data can never become a tag, an attribute or a script:
///
/// ```swift
/// let cell: Markup = "<td title=\"\(name)\">\(name)</td>"
/// ```
struct Markup: Equatable, Sendable, ExpressibleByStringInterpolation {
  /// The HTML itself.
  private(set) var html: String

  init(stringLiteral value: String) {
    html = value
  }

  init(stringInterpolation: Interpolation) {
    html = stringInterpolation.html
  }

  /// Markup built from parts, in order.
  init(joining parts: [Markup], separator: Markup = "") {
    html = parts.map(\.html).joined(separator: separator.html)
  }

  /// A translated sentence with markup inside it: the sentence is `tr`'s, its placeholders
  /// filled with ``slot(_:)`` 0, 1, …, and each slot becomes the markup given for it, in
  /// whatever order the language puts them; the rest of the sentence is text, escaped.
  ///
  /// ```swift
  /// Markup(tr("Highest %1$s on %2$s.", Markup.slot(0), Markup.slot(1)), strong, date)
  /// ```
  init(_ sentence: String, _ parts: Markup...) {
    var html = Markup.escape(sentence)
    for (index, part) in parts.enumerated() {
      html = html.replacingOccurrences(of: Markup.slot(index), with: part.html)
    }
    self.html = html
  }

  /// The stand-in for the `index`th markup part of a translated sentence: a private-use
  /// character, which neither a translation nor ``escape(_:)`` changes.
  static func slot(_ index: Int) -> String {
    String(Character(Unicode.Scalar(0xE000 + UInt32(index)) ?? "\u{E000}"))
  }

  static func + (lhs: Markup, rhs: Markup) -> Markup {
    Markup(joining: [lhs, rhs])
  }

  /// Escapes values, passes markup through.
  struct Interpolation: StringInterpolationProtocol {
    var html = ""

    init(literalCapacity: Int, interpolationCount: Int) {
      html.reserveCapacity(literalCapacity + interpolationCount * 16)
    }

    mutating func appendLiteral(_ literal: String) {
      html += literal
    }

    /// Text (a `String`, a number, a date): made visible and escaped.
    mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      html += Markup.escape(value.description)
    }

    mutating func appendInterpolation(_ markup: Markup) {
      html += markup.html
    }

    mutating func appendInterpolation(_ parts: [Markup]) {
      for part in parts { html += part.html }
    }
  }

  /// Text as HTML shows it: the characters `SafeText` makes visible (controls, bidirectional
  /// overrides) replaced the same way as in the terminal, then `& < > " '` as character
  /// references, so the result is safe between tags and inside a quoted attribute alike.
  static func escape(_ text: String) -> String {
    let visible = SafeText.visible(text)
    guard visible.contains(where: { "&<>\"'".contains($0) }) else { return visible }
    var result = ""
    result.reserveCapacity(visible.utf8.count + 16)
    for character in visible {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
