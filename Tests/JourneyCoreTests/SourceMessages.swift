import Foundation

/// The messages the code passes to `tr` and `trn`, found in `Sources/` as `xgettext` finds
/// them: each call's first argument (and `trn`'s second) must be string literals, joined with
/// `+` at most, and its `context:` a literal too. A call that breaks this is a problem, so no
/// message can hide from the catalog check.
struct SourceMessages {
  struct Message: Hashable {
    var context: String?
    var id: String
    var plural: String?
  }

  /// Each message with the first place it is used (`TerminalUI/Screens/TodayScreen.swift:40`).
  var messages: [Message: String] = [:]
  /// Calls whose text could not be read (an interpolation, a variable, a raw string).
  var problems: [String] = []

  /// The package's `Sources/`, from this file's place in `Tests/JourneyCoreTests/`.
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  static let all: SourceMessages = {
    var found = SourceMessages()
    let files =
      FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
      .sorted { $0.path < $1.path } ?? []
    for file in files {
      guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
      let name = String(file.path.dropFirst(sources.path.count + 1))
      found.scan(Array(text.unicodeScalars), file: name)
    }
    return found
  }()

  mutating func scan(_ text: [Unicode.Scalar], file: String) {
    var index = 0
    var line = 1
    var inLineComment = false
    while index < text.count {
      let c = text[index]
      if c == "\n" {
        line += 1
        inLineComment = false
      }
      if inLineComment {
        index += 1
        continue
      }
      if c == "/", index + 1 < text.count, text[index + 1] == "/" {
        inLineComment = true
        index += 2
        continue
      }
      if c == "\"" || (c == "#" && index + 1 < text.count && text[index + 1] == "\"") {
        // A string literal outside a call (its content may say "tr(").
        let end = LiteralReader.end(of: text, at: index)
        line += text[index..<end].filter { $0 == "\n" }.count
        index = end
        continue
      }
      for name in ["trn(", "tr("] where matches(name, in: text, at: index) {
        let place = "\(file):\(line)"
        var reader = LiteralReader(text: text, index: index + name.unicodeScalars.count)
        let plural = name == "trn("
        guard let id = reader.joined() else {
          problems.append("\(place): \(name) takes string literals only")
          break
        }
        var second: String?
        if plural {
          reader.skip(",")
          second = reader.joined()
          if second == nil { problems.append("\(place): trn( takes two string literals") }
        }
        let context = reader.context()
        if context == .unreadable { problems.append("\(place): context: must be a literal") }
        let message = Message(context: context.value, id: id, plural: second)
        if messages[message] == nil { messages[message] = place }
        break
      }
      index += 1
    }
  }

  /// `name` starts at `index` and is not the end of a longer name (`attr(`) or a member.
  func matches(_ name: String, in text: [Unicode.Scalar], at index: Int) -> Bool {
    let scalars = Array(name.unicodeScalars)
    guard index + scalars.count <= text.count, Array(text[index..<index + scalars.count]) == scalars
    else { return false }
    guard index > 0 else { return true }
    let before = text[index - 1]
    if before.properties.isAlphabetic || before == "_" || before == "."
      || ("0"..."9").contains(before) || before == "`"
    {
      return false
    }
    // The declaration itself (`func tr(`) is not a call.
    let start = max(0, index - 5)
    return String(String.UnicodeScalarView(text[start..<index])) != "func "
  }
}

/// Reads string literals and a call's `context:` from Swift source.
struct LiteralReader {
  enum Context: Equatable {
    case none
    case literal(String)
    case unreadable
    var value: String? {
      if case .literal(let text) = self { return text }
      return nil
    }
  }

  let text: [Unicode.Scalar]
  var index: Int

  mutating func skipSpace() {
    while index < text.count, text[index].properties.isWhitespace { index += 1 }
  }

  mutating func skip(_ character: Unicode.Scalar) {
    skipSpace()
    if index < text.count, text[index] == character { index += 1 }
  }

  /// The index just after the literal that starts at `start` (`"…"` with interpolations,
  /// `"""…"""`, `#"…"#`).
  static func end(of text: [Unicode.Scalar], at start: Int) -> Int {
    var i = start
    var hashes = 0
    while i < text.count, text[i] == "#" {
      hashes += 1
      i += 1
    }
    let quote: Unicode.Scalar = "\""
    let triple = i + 2 < text.count && text[i + 1] == quote && text[i + 2] == quote
    i += triple ? 3 : 1
    while i < text.count {
      let c = text[i]
      if c == "\\", hashes == 0 {
        if i + 1 < text.count, text[i + 1] == "(" {
          i = endOfParentheses(text, at: i + 2)
        } else {
          i += 2
        }
        continue
      }
      if c == "\n", !triple { return i }
      if c == quote {
        let closing = triple ? [quote, quote, quote] : [quote]
        let after = i + closing.count
        if after + hashes <= text.count, Array(text[i..<after]) == closing,
          text[after..<(after + hashes)].allSatisfy({ $0 == "#" })
        {
          return after + hashes
        }
      }
      i += 1
    }
    return i
  }

  /// The index after the `)` that closes the parenthesis opened just before `start`.
  static func endOfParentheses(_ text: [Unicode.Scalar], at start: Int) -> Int {
    var i = start
    var depth = 1
    while i < text.count {
      let c = text[i]
      if c == "\"" {
        i = end(of: text, at: i)
        continue
      }
      if c == "(" { depth += 1 }
      if c == ")" {
        depth -= 1
        if depth == 0 { return i + 1 }
      }
      i += 1
    }
    return i
  }

  /// Literals joined with `+`; nil when the argument is anything else.
  mutating func joined() -> String? {
    skipSpace()
    guard var result = read() else { return nil }
    while true {
      let mark = index
      skipSpace()
      guard index < text.count, text[index] == "+" else {
        index = mark
        break
      }
      index += 1
      skipSpace()
      guard let next = read() else { return nil }
      result += next
    }
    skipSpace()
    guard index < text.count, [",", ")"].contains(text[index]) else { return nil }
    return result
  }

  /// One `"…"` literal with its escapes decoded; nil for anything else or an interpolation.
  mutating func read() -> String? {
    guard index < text.count, text[index] == "\"" else { return nil }
    if index + 2 < text.count, text[index + 1] == "\"", text[index + 2] == "\"" { return nil }
    index += 1
    var result = String.UnicodeScalarView()
    while index < text.count {
      let c = text[index]
      index += 1
      if c == "\"" { return String(result) }
      if c == "\n" { return nil }
      guard c == "\\" else {
        result.append(c)
        continue
      }
      guard index < text.count else { return nil }
      let e = text[index]
      index += 1
      switch e {
      case "n": result.append("\n")
      case "t": result.append("\t")
      case "\"", "\\", "'": result.append(e)
      case "0": result.append("\0")
      case "u":
        guard index < text.count, text[index] == "{",
          let close = text[index...].firstIndex(of: "}"),
          let value = UInt32(
            String(String.UnicodeScalarView(text[(index + 1)..<close])), radix: 16),
          let scalar = Unicode.Scalar(value)
        else { return nil }
        result.append(scalar)
        index = close + 1
      default: return nil  // `\(` interpolation, or an escape Swift does not have
      }
    }
    return nil
  }

  /// The call's `context:` argument, read up to its closing parenthesis.
  mutating func context() -> Context {
    var depth = 0
    while index < text.count {
      let c = text[index]
      if c == "\"" {
        index = LiteralReader.end(of: text, at: index)
        continue
      }
      if c == "(" { depth += 1 }
      if c == ")" {
        if depth == 0 { return .none }
        depth -= 1
      }
      if depth == 0, c == "c",
        Array(text[index..<min(text.count, index + 8)]) == Array("context:".unicodeScalars)
      {
        index += 8
        skipSpace()
        if text[index...].starts(with: "nil".unicodeScalars) { return .none }
        guard let value = read() else { return .unreadable }
        return .literal(value)
      }
      index += 1
    }
    return .none
  }
}
