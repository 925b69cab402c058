/// One milestone of the schedule, as the protocol file states it.
public struct MilestoneRule: Equatable, Sendable {
  /// What a due date is counted from.
  public enum Anchor: Equatable, Sendable {
    /// Day 0: the infusion date (actual, else planned).
    case dayZero
    /// The day a phase starts: the day it was entered, else its planned date.
    case phaseStart(Phase)
  }

  /// Stable id, used by `carejourney sign ID` (`flu-day-minus-5`).
  public var id: String
  /// The phase it is listed under on the Milestones screen.
  public var phase: Phase
  public var title: String
  /// The title in other languages (`"title.de"` in the protocol file).
  public var translatedTitles: [Language: String] = [:]
  public var anchor: Anchor
  /// Days after the anchor (negative: before).
  public var offsetDays: Int
  /// When set, the milestone comes back every so many days after the first (`follow-up visit`).
  public var repeatEveryDays: Int?
  /// Last offset (same anchor) a repeat may fall on; nil repeats for as long as the journey lasts.
  public var repeatUntilDays: Int?
  public var signer: Signer
  /// Where the rule comes from, for the reader of the file (`EBMT 2024 Table 5`).
  public var source: String?
  /// The source in other languages (`"source.de"` in the protocol file).
  public var translatedSources: [Language: String] = [:]
  /// For a milestone that applies to some patients only, the condition in words (`lupus with
  /// CNS involvement`); the nurse marks it not applicable when the condition does not hold.
  public var appliesIf: String?
  /// The condition in other languages (`"applies-if.de"` in the protocol file).
  public var translatedConditions: [Language: String] = [:]

  public init(
    id: String, phase: Phase, title: String, anchor: Anchor, offsetDays: Int,
    repeatEveryDays: Int? = nil, repeatUntilDays: Int? = nil, signer: Signer,
    source: String? = nil, appliesIf: String? = nil
  ) {
    self.id = id
    self.phase = phase
    self.title = title
    self.anchor = anchor
    self.offsetDays = offsetDays
    self.repeatEveryDays = repeatEveryDays
    self.repeatUntilDays = repeatUntilDays
    self.signer = signer
    self.source = source
    self.appliesIf = appliesIf
  }

  /// The title in `language`; the protocol's own (``title``) when it has no translation.
  public func title(in language: Language) -> String { translatedTitles[language] ?? title }

  /// The source in `language`; the protocol's own (``source``) when it has no translation, nil
  /// when the rule names none.
  public func source(in language: Language) -> String? {
    source.map { translatedSources[language] ?? $0 }
  }

  /// The condition in `language`; the protocol's own (``appliesIf``) when it has no
  /// translation, nil for a milestone that applies to every patient.
  public func appliesIf(in language: Language) -> String? {
    appliesIf.map { translatedConditions[language] ?? $0 }
  }
}
