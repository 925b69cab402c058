/// Who uses CareJourney on this computer: asked once when the screens first start, remembered
/// outside the data directory (a laptop shared by the patient, the caregiver and the nurse
/// keeps one journey but is used by each in turn), shown in the status line, switched with `p`.
///
/// Kept as a small TOML file (`person.toml` in the user's config folder):
///
/// ```toml
/// role = "caregiver"
/// name = "Tom Santos"
/// ```
public struct KeyboardPerson: Equatable, Sendable {
  /// The person as lines are signed: role and name.
  public var author: Author

  /// The person `author`.
  public init(author: Author) {
    self.author = author
  }

  /// Reads the file's text; a missing or blank name, an unknown role or an unknown key is an
  /// error naming the file and the key.
  public init(toml text: String, fileName: String) throws(TOMLFileError) {
    let reader = try TOMLTableReader(parsing: text, file: fileName)
    try reader.rejectUnknownKeys(allowed: ["role", "name"])
    let role: Role = try reader.requiredChoice("role", noun: "role")
    let name = try reader.requiredString("name").trimmingCharacters(in: .whitespaces)
    guard TextLimits.length(name) <= TextLimits.name else {
      throw reader.error(
        "name", tr("%1$s is over %2$s characters", "name", String(TextLimits.name)))
    }
    author = Author(role: role, name: name)
  }

  /// Who writes, by what the app knows, first that wins: `--role` and `--name` for this run;
  /// the person remembered on this computer (their name only when the role is theirs); for the
  /// patient, the patient's name; only then, for the patient and a caregiver, the login name,
  /// and the role's own word when that is empty. A nurse signs, so a nurse's name is only ever
  /// one that was typed: with none known it stays empty (``Author/hasName``), to be typed before
  /// anything is written. `patient` is asked only when needed (it may read the journey).
  public static func author(
    role: Role?, name: String?, remembered: Author?, patient: () -> String?, login: String
  ) -> Author {
    let role = role ?? remembered?.role ?? .patient
    let typed = name ?? (remembered?.role == role ? remembered?.name : nil)
    if role == .nurse { return Author(role: role, name: typed ?? "") }
    let named = typed ?? (role == .patient ? patient() : nil) ?? login
    return Author(role: role, name: named.isEmpty ? role.rawValue : named)
  }

  /// The file's text: a comment saying what it is, then the role and the name.
  public var toml: String {
    """
    # Who uses CareJourney on this computer: asked once by the screens, switched with p there.
    # --role and --name override it for one run.
    role = \(KeyboardPerson.quoted(author.role.rawValue))
    name = \(KeyboardPerson.quoted(author.name))

    """
  }

  /// A TOML basic string: quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
