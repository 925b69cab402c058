extension TOMLTableReader {
  /// What a message calls one of a file's values (`phase`, `colour`), in ``Language/current``;
  /// a noun it does not know is shown as given.
  static func noun(_ noun: String) -> String {
    switch noun {
    case "key": tr("key", context: "file value")
    case "role": tr("role", context: "file value")
    case "colour": tr("colour", context: "file value")
    case "background": tr("background", context: "file value")
    case "built-in theme": tr("built-in theme", context: "file value")
    case "group": tr("group", context: "file value")
    case "level": tr("level", context: "file value")
    case "measure": tr("measure", context: "file value")
    case "phase": tr("phase", context: "file value")
    case "scale": tr("scale", context: "file value")
    case "signer": tr("signer", context: "file value")
    default: noun
    }
  }

  /// ``noun(_:)`` in the plural, heading a list of them (`phases: screening, …`).
  static func nouns(_ noun: String) -> String {
    switch noun {
    case "key": tr("keys", context: "file values")
    case "role": tr("roles", context: "file values")
    case "colour": tr("colours", context: "file values")
    case "background": tr("backgrounds", context: "file values")
    case "built-in theme": tr("built-in themes", context: "file values")
    case "group": tr("groups", context: "file values")
    case "level": tr("levels", context: "file values")
    case "measure": tr("measures", context: "file values")
    case "phase": tr("phases", context: "file values")
    case "scale": tr("scales", context: "file values")
    case "signer": tr("signers", context: "file values")
    default: noun + "s"
    }
  }
}
