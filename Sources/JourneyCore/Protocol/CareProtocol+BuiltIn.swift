extension CareProtocol {
  /// The protocols shipped inside the program, by id (`carejourney init --protocol cd19-sle`).
  public static let builtInNames: [String] = ["cd19-sle"]

  /// The text of a shipped protocol file, comments included, for a centre to copy and edit;
  /// nil when no protocol has that name.
  public static func builtInText(named name: String) -> String? {
    switch name {
    case "cd19-sle": String(decoding: PackageResources.cd19_sle_toml, as: UTF8.self)
    default: nil
    }
  }

  /// A shipped protocol, read as any protocol file is read; nil when no protocol has that name.
  ///
  /// Throws only if the shipped file itself is broken, which the tests rule out.
  public static func builtIn(named name: String) throws(TOMLFileError) -> CareProtocol? {
    guard let text = builtInText(named: name) else { return nil }
    return try reading(toml: text, fileName: "\(name).toml")
  }

  /// ``init(toml:fileName:)``, or the protocol already read in this process from the same text
  /// and name (reading is a pure function of both): for loading a journey's protocol, which a
  /// command or the screens' reload does again and again.
  public static func reading(toml text: String, fileName: String) throws(TOMLFileError)
    -> CareProtocol
  {
    try ReadProtocols.shared.care(toml: text, fileName: fileName)
  }

  /// Starts reading `text` on another thread, for ``reading(toml:fileName:)`` to find done (or
  /// to wait for) later: the program starts reading a journey's protocol while it parses its
  /// command line and reads the journey, on a computer's second core.
  public static func readAhead(toml text: String) {
    ReadProtocols.shared.readAhead(toml: text)
  }
}
