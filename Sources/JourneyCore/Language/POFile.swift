/// A gettext `.po` catalog as Poedit and Weblate write it, read without gettext (glibc's needs
/// the locale generated on the machine; see the README's "Languages").
///
/// Understood: `msgctxt`, `msgid`, `msgid_plural`, `msgstr` and `msgstr[N]`, strings continued
/// over several lines (`""` then one quoted piece a line), the C escapes `\n \t \" \\`, flag
/// comments (`#, c-format, needs-clinical-review`), translator comments (`# ...`) and the
/// header's `Language` and `Plural-Forms`. Obsolete entries (`#~`) and fuzzy ones are skipped:
/// a fuzzy translation is a guess waiting for review, and English is shown instead.
public struct POFile: Equatable, Sendable {
  /// One message: its context and English source, and the translation (one string per plural
  /// form; empty strings where it is not translated yet).
  public struct Entry: Equatable, Sendable {
    public var context: String?
    public var id: String
    public var idPlural: String?
    public var translations: [String]
    /// The `#,` flags: `c-format`, `fuzzy`, `needs-clinical-review`.
    public var flags: [String]
    /// The line the entry starts on (1-based), for messages about the file.
    public var line: Int

    /// The lookup key: context and source text.
    public var key: Key { Key(context: context, id: id) }
  }

  /// How an entry is found: `msgctxt` (nil when absent) and `msgid`.
  public struct Key: Hashable, Sendable {
    public var context: String?
    public var id: String

    public init(context: String?, id: String) {
      self.context = context
      self.id = id
    }
  }

  /// A line that is not valid `.po`, with its number.
  public struct Error: Swift.Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
  }

  /// The entries in file order, the header (empty `msgid`) and fuzzy ones left out.
  public var entries: [Entry]
  /// The header's fields (`Language`, `Plural-Forms`, ...).
  public var header: [String: String]
  /// The header's plural rule; English's when the header gives none.
  public var pluralRule: PluralRule

  /// Reads `.po` text.
  public init(text: String) throws(Error) {
    var entries: [Entry] = []
    var header: [String: String] = [:]
    var current = Draft()
    var field: String?

    func finish() throws(Error) {
      defer { current = Draft() }
      guard let id = current.id else {
        if current.started { throw Error(line: current.line, reason: "an entry without msgid") }
        return
      }
      if id.isEmpty && current.context == nil {
        for line in (current.strings[0] ?? "").split(separator: "\n") {
          let pair = line.split(separator: ":", maxSplits: 1)
          guard pair.count == 2 else { continue }
          header[String(pair[0]).trimmingCharacters(in: .whitespaces)] =
            String(pair[1]).trimmingCharacters(in: .whitespaces)
        }
        return
      }
      guard !current.flags.contains("fuzzy") else { return }
      let forms = current.strings.keys.max().map { $0 + 1 } ?? 0
      entries.append(
        Entry(
          context: current.context, id: id, idPlural: current.idPlural,
          translations: (0..<forms).map { current.strings[$0] ?? "" }, flags: current.flags,
          line: current.line))
    }

    // Lines are split on the bytes: splitting a String goes character by character.
    for (offset, bytes) in text.utf8.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).enumerated() {
      let number = offset + 1
      let line = POFile.trimmed(Substring(bytes))
      if line.isEmpty {
        try finish()
        field = nil
        continue
      }
      if line.hasPrefix("#") {
        if current.id != nil && current.hasStrings {
          try finish()
          field = nil
        }
        if line.hasPrefix("#,") {
          current.flags += line.dropFirst(2).split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
          }
        }
        if !current.started { current.line = number }
        continue
      }
      if line.hasPrefix("\"") {
        guard let field else { throw Error(line: number, reason: "a string outside an entry") }
        current.append(try POFile.unquote(line, line: number), to: field)
        continue
      }
      guard let space = line.firstIndex(of: " ") else {
        throw Error(line: number, reason: "expected a keyword and a quoted string")
      }
      let keyword = String(line[..<space])
      let value = try POFile.unquote(
        POFile.trimmed(line[line.index(after: space)...]), line: number)
      if (keyword == "msgctxt" || keyword == "msgid") && current.hasStrings {
        try finish()
      }
      if !current.started { current.line = number }
      switch keyword {
      case "msgctxt", "msgid", "msgid_plural", "msgstr":
        break
      case _ where keyword.hasPrefix("msgstr[") && keyword.hasSuffix("]"):
        guard Int(keyword.dropFirst(7).dropLast()) != nil else {
          throw Error(line: number, reason: "\(keyword) is not msgstr[N]")
        }
      default:
        throw Error(line: number, reason: "unknown keyword \(keyword)")
      }
      current.start(keyword, value)
      field = keyword
    }
    try finish()
    self.entries = entries
    self.header = header
    pluralRule = header["Plural-Forms"].flatMap(PluralRule.init(header:)) ?? .english
  }

  /// `text` without the spaces, tabs and carriage return around it. Foundation's
  /// `trimmingCharacters(in:)` goes through `NSString` on Linux: for each of a catalog's
  /// thousands of lines it was most of the time a translated command took to start.
  static func trimmed(_ text: Substring) -> String {
    let blank = { (c: Character) in c.isWhitespace && c != "\n" }
    guard let first = text.firstIndex(where: { !blank($0) }),
      let last = text.lastIndex(where: { !blank($0) })
    else { return "" }
    return String(text[first...last])
  }

  /// The text between the quotes of `"..."`, its escapes resolved.
  static func unquote(_ text: String, line: Int) throws(Error) -> String {
    // By scalars, as the escapes are: a quote followed by a combining mark is still a quote.
    let scalars = text.unicodeScalars
    guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else {
      throw Error(line: line, reason: "expected a string in double quotes")
    }
    var result = String.UnicodeScalarView()
    var escaped = false
    for c in scalars.dropFirst().dropLast() {
      if escaped {
        switch c {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "r": result.append("\r")
        case "\"", "\\": result.append(c)
        default: throw Error(line: line, reason: "unknown escape \\\(c)")
        }
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else if c == "\"" {
        throw Error(line: line, reason: "a quote inside a string must be written \\\"")
      } else {
        result.append(c)
      }
    }
    guard !escaped else { throw Error(line: line, reason: "the string ends in a lone \\") }
    return String(result)
  }

  /// An entry being read.
  struct Draft {
    var context: String?
    var id: String?
    var idPlural: String?
    var strings: [Int: String] = [:]
    var flags: [String] = []
    var line = 0
    var started: Bool { context != nil || id != nil || !strings.isEmpty }
    var hasStrings: Bool { !strings.isEmpty }

    mutating func start(_ keyword: String, _ value: String) {
      switch keyword {
      case "msgctxt": context = value
      case "msgid": id = value
      case "msgid_plural": idPlural = value
      case "msgstr": strings[0] = value
      default: strings[Int(keyword.dropFirst(7).dropLast()) ?? 0] = value
      }
    }

    mutating func append(_ value: String, to keyword: String) {
      switch keyword {
      case "msgctxt": context = (context ?? "") + value
      case "msgid": id = (id ?? "") + value
      case "msgid_plural": idPlural = (idPlural ?? "") + value
      case "msgstr": strings[0, default: ""] += value
      default: strings[Int(keyword.dropFirst(7).dropLast()) ?? 0, default: ""] += value
      }
    }
  }
}
