extension Theme {
  /// The themes built into the program, in the order `--help` lists them; `default` first.
  ///
  /// Their text is `Themes/*.toml`, embedded when the program is compiled (Package.swift:
  /// `.embedInCode` through the link `Sources/TerminalUI/Resources/Themes -> ../../../Themes`),
  /// so they work from `swift run`, from a copied binary and without any `Themes` folder.
  public static let builtInNames = [
    "default", "light", "high-contrast", "colour-blind-safe", "monochrome",
  ]

  /// The text of a built-in theme file, comments included, for someone to copy and edit; nil
  /// when no built-in theme has that name.
  public static func builtInText(named name: String) -> String? {
    let bytes: [UInt8]
    switch name {
    case "default": bytes = PackageResources.default_toml
    case "light": bytes = PackageResources.light_toml
    case "high-contrast": bytes = PackageResources.high_contrast_toml
    case "colour-blind-safe": bytes = PackageResources.colour_blind_safe_toml
    case "monochrome": bytes = PackageResources.monochrome_toml
    default: return nil
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A built-in theme by name; nil when there is none of that name (or, which the tests rule
  /// out, when its file does not parse).
  public static func named(_ name: String) -> Theme? { builtIn[name] }

  /// Every built-in theme that parses, by name, read once.
  static let builtIn: [String: Theme] = builtInNames.reduce(into: [:]) { themes, name in
    guard let text = builtInText(named: name) else { return }
    themes[name] = try? Theme(toml: text, fileName: "\(name).toml")
  }

  /// The theme used when none is chosen: the built-in `default`, or, should it ever fail to
  /// parse, `minimal`, so the app always starts.
  public static let fallback: Theme = named("default") ?? minimal

  /// A theme written in code, needing no file: attributes only, like `monochrome`.
  static let minimal = Theme(
    name: "minimal", usesColor: false, terminalBackground: .any,
    looks: [
      .normal: Look(), .muted: Look(dim: true), .accent: Look(bold: true),
      .banner: Look(bold: true, underline: true), .statusLine: Look(reverse: true),
      .selection: Look(reverse: true), .urgent: Look(bold: true, reverse: true),
      .warning: Look(bold: true, underline: true), .ok: Look(), .info: Look(),
      .border: Look(dim: true), .chart: Look(bold: true), .threshold: Look(bold: true),
      .heat1: Look(dim: true), .heat2: Look(), .heat3: Look(bold: true),
      .heat4: Look(bold: true, reverse: true),
    ])
}
