import JourneyCore

extension Theme {
  /// Reads a theme from the text of a theme file (see `Themes/default.toml`, which explains
  /// every key).
  ///
  /// Strict on purpose, like protocol files: a typo must be reported, not turn a role into the
  /// terminal's default colours without anyone noticing. Unknown keys, roles and colour names,
  /// a missing role, colours in a theme with `uses-color = false`, and values of the wrong type
  /// are all errors that name the file, the table and the key.
  ///
  /// - Parameter fileName: how messages name the file (`default.toml`, `./my-theme.toml`).
  public init(toml text: String, fileName: String) throws(TOMLFileError) {
    let top = try TOMLTableReader(parsing: text, file: fileName, wrongType: .value)
    try top.rejectUnknownKeys(allowed: TOMLKeys.topLevel)
    let name = try top.requiredString("name")
    let usesColor = try top.required("uses-color", top.bool)
    let background = try Theme.terminalBackground(top)

    let allRoles = ColorRole.allCases.map(\.rawValue)
    guard let roles = try top.subtable("roles", place: "[roles]") else {
      throw top.error(
        "roles",
        "no roles: give one [roles.NAME] table for each of \(allRoles.joined(separator: ", "))")
    }
    try roles.rejectUnknownKeys(allowed: allRoles, noun: "role")
    var looks: [ColorRole: Look] = [:]
    for role in ColorRole.allCases {
      let place = "[roles.\(role.rawValue)]"
      guard let reader = try roles.subtable(role.rawValue, place: place) else {
        let missing = allRoles.filter { !roles.has($0) }
        throw roles.error(
          role.rawValue,
          tr(
            "role \"%1$s\" is missing; every role must be given, add %2$s (missing: %3$s)",
            role.rawValue, place, missing.joined(separator: ", ")))
      }
      looks[role] = try Theme.look(reader, usesColor: usesColor)
    }
    self.init(name: name, usesColor: usesColor, terminalBackground: background, looks: looks)
  }

  /// The keys each table may hold; anything else is a typo.
  enum TOMLKeys {
    static let topLevel = ["name", "uses-color", "terminal-background", "roles"]
    static let colors = ["fg", "bg"]
    static let attributes = ["bold", "underline", "reverse", "dim"]
  }

  static func terminalBackground(
    _ top: TOMLTableReader
  ) throws(TOMLFileError) -> TerminalBackground {
    guard let text = try top.string("terminal-background") else { return .any }
    if let background = TerminalBackground(rawValue: text) { return background }
    throw top.error(
      "terminal-background",
      tr(
        "terminal-background \"%1$s\" is not a background%2$s", text,
        TOMLTableReader.suggestion(
          for: text, in: TerminalBackground.allCases.map(\.rawValue), noun: "background")))
  }

  /// One `[roles.NAME]` table.
  static func look(_ reader: TOMLTableReader, usesColor: Bool) throws(TOMLFileError) -> Look {
    try reader.rejectUnknownKeys(allowed: TOMLKeys.colors + TOMLKeys.attributes)
    if !usesColor, let key = TOMLKeys.colors.first(where: reader.has) {
      throw reader.error(
        key,
        tr(
          "%1$s is not allowed when uses-color = false: this theme uses attributes only (%2$s)",
          key, TOMLKeys.attributes.joined(separator: ", ")))
    }
    return Look(
      foreground: try reader.color("fg") ?? .terminalDefault,
      background: try reader.color("bg") ?? .terminalDefault,
      bold: try reader.bool("bold") ?? false,
      underline: try reader.bool("underline") ?? false,
      reverse: try reader.bool("reverse") ?? false,
      dim: try reader.bool("dim") ?? false)
  }
}

extension Theme.Color {
  /// The sixteen basic colours by name, in xterm's order (0–15).
  static let basicNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
    "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// Every name a theme file may use for a colour.
  static let names = ["default"] + basicNames

  /// The colour a theme file names: `default` (the terminal's own) or one of the sixteen.
  init?(name: String) {
    if name == "default" {
      self = .terminalDefault
    } else if let index = Theme.Color.basicNames.firstIndex(of: name) {
      self = .indexed(index)
    } else {
      return nil
    }
  }
}
