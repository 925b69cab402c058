/// A symptom the patient may log, with where its name comes from.
public struct SymptomDefinition: Equatable, Sendable {
  /// The vocabulary a symptom belongs to; shown so nobody mistakes a custom item for PRO-CTCAE.
  public enum Group: String, Codable, Sendable, CaseIterable {
    /// An NCI PRO-CTCAE item.
    case proCTCAE = "pro-ctcae"
    /// A lupus sign from patient materials (not PRO-CTCAE).
    case lupus
    /// A CAR-T neurological sign PRO-CTCAE lacks (confusion, tremor, ...).
    case neurological
    /// Anything else a centre adds.
    case other

    /// The group as the symptom picker names it, in ``Language/current``; in English the
    /// protocol file's word (`neurological`).
    public var title: String {
      switch self {
      case .proCTCAE: tr("pro-ctcae", context: "symptom group")
      case .lupus: tr("lupus", context: "symptom group")
      case .neurological: tr("neurological", context: "symptom group")
      case .other: tr("other", context: "symptom group")
      }
    }
  }

  /// How a symptom is logged: a PRO-CTCAE-style severity, or only that it happened.
  public enum Scale: String, Codable, Sendable, CaseIterable {
    /// 0–4: none, mild, moderate, severe, very severe (`chills=2`).
    case severity = "0-4"
    /// It happened or not, no severity (`fainting`, `fainting=yes`); stored as severity 1.
    case present
  }

  /// The name typed after `--symptom` (`chills`, `word-finding`).
  public var id: String
  public var label: String
  /// The label in other languages (`"label.zh-Hans"` in the protocol file).
  public var translatedLabels: [Language: String] = [:]
  public var group: Group
  /// Other names that mean the same (`shortness-of-breath` for `breathlessness`).
  public var aliases: [String]
  /// How it is logged (`scale = "present"` in the protocol file); 0–4 when the file says nothing.
  public var scale: Scale

  public init(
    id: String, label: String, group: Group, aliases: [String] = [], scale: Scale = .severity
  ) {
    self.id = id
    self.label = label
    self.group = group
    self.aliases = aliases
    self.scale = scale
  }

  /// The label in `language`; the protocol's own (``label``) when it has no translation.
  public func label(in language: Language) -> String { translatedLabels[language] ?? label }
}
