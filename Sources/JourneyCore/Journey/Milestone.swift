/// One milestone to sign: a rule of the protocol, or one occurrence of a repeating rule.
public struct Milestone: Equatable, Sendable {
  /// `flu-day-minus-5`, or `follow-up-visit-m6` for the Month 6 occurrence of a repeating rule.
  public var id: String
  public var rule: MilestoneRule
  /// The occurrence of a repeating rule (`Month 6`), nil for a rule that happens once.
  public var occurrence: Occurrence?

  /// The title in ``Language/current``, with the occurrence for repeats:
  /// `Follow-up visit (Month 6)`.
  public var title: String { title(in: Language.current) }

  /// ``title`` with the rule's title in `language` (``MilestoneRule/title(in:)``) and the
  /// occurrence in words of that language.
  public func title(in language: Language) -> String {
    let title = rule.title(in: language)
    guard let occurrence else { return title }
    return tr(
      "%1$s (%2$s)", title, occurrence.label(in: language), context: "milestone",
      in: language)
  }

  /// When a repeating rule's milestone falls: its offset from the anchor, in days.
  public struct Occurrence: Equatable, Sendable {
    public var offset: Int
    public var anchor: MilestoneRule.Anchor
    public var daysPerMonth: Int

    /// `Month 6` for whole months after Day 0, else `Day +45`, or `day 45 of the phase` for a
    /// phase's own count.
    public func label(in language: Language) -> String {
      if anchor == .dayZero, daysPerMonth > 0, offset > 0, offset % daysPerMonth == 0 {
        return tr("Month %s", String(offset / daysPerMonth), context: "study day", in: language)
      }
      guard anchor == .dayZero else {
        return tr("day %s of the phase", String(offset), in: language)
      }
      let signed = offset < 0 ? "\u{2212}\(-offset)" : "+\(offset)"
      return tr("Day %s", signed, context: "study day", in: language)
    }
  }

  /// Days from the rule's anchor.
  public var offsetDays: Int
  /// The due date, once the anchor is known.
  public var due: LocalDate?
  public var status: MilestoneStatus
  public var signature: Journey.Signature?

  public var phase: Phase { rule.phase }
}

extension Journey {
  /// Every milestone of the protocol with its status on `today`, in due-date order
  /// (milestones with no date yet last, in protocol order).
  ///
  /// Repeating rules give one milestone per occurrence up to the first one after `today`.
  /// A milestone that falls on or after its phase's start must be signed after the latest entry
  /// into that phase: re-collection needs the cells collected again, a readmission another
  /// discharge. Preparations before a phase (the washout) are not repeated.
  public func milestones(protocol care: CareProtocol, today: LocalDate) -> [Milestone] {
    var result: [Milestone] = []
    for rule in care.milestones {
      let anchor: LocalDate? =
        switch rule.anchor {
        case .dayZero: dayZero
        case .phaseStart(let phase): start(of: phase)
        }
      let validFrom: LocalDate? =
        if case .phaseStart(let phase) = rule.anchor, rule.offsetDays >= 0 {
          stays.last { $0.phase == phase }?.start
        } else { nil }
      let passedUndated = passedBeforeRecording(anchor: rule.anchor)
      for (id, offset, occurrence) in occurrences(
        of: rule, anchor: anchor, care: care, today: today)
      {
        let due = anchor?.adding(days: offset)
        if let end = endDate, let due, due > end { continue }
        let signature = signatures.last { signature in
          signature.milestone == id && struckOut[signature.eventID] == nil
            && (validFrom.map { from in signature.on.map { $0 >= from } ?? true } ?? true)
        }
        let status: MilestoneStatus =
          if let signature {
            signature.notApplicable ? .notApplicable : .done
          } else if let due {
            firstRecorded.map { due < $0 } == true
              ? .notRecorded : due == today ? .due : (due < today ? .overdue : .upcoming)
          } else {
            passedUndated ? .notRecorded : .upcoming
          }
        result.append(
          Milestone(
            id: id, rule: rule, occurrence: occurrence, offsetDays: offset, due: due,
            status: status, signature: signature))
      }
    }
    let order = Dictionary(uniqueKeysWithValues: care.milestones.enumerated().map { ($1.id, $0) })
    return result.enumerated().sorted { a, b in
      switch (a.element.due, b.element.due) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default:
        let (ra, rb) = (order[a.element.rule.id] ?? 0, order[b.element.rule.id] ?? 0)
        return ra != rb ? ra < rb : a.offset < b.offset
      }
    }.map(\.element)
  }

  /// Whether a milestone with this anchor has no date because its phase was passed before the
  /// journey was recorded, its date not entered (or, for Day 0, the infusion's).
  func passedBeforeRecording(anchor: MilestoneRule.Anchor) -> Bool {
    let phase: Phase =
      switch anchor {
      case .dayZero: .infusion
      case .phaseStart(let phase): phase
      }
    guard let stay = stays.last(where: { $0.phase == phase }) else { return false }
    return stay.start == nil
  }

  /// The occurrences of a rule: once, or each repeat up to the first after `today` (or the
  /// rule's last), each with its id and, for a repeat, when it falls.
  func occurrences(
    of rule: MilestoneRule, anchor: LocalDate?, care: CareProtocol, today: LocalDate
  ) -> [(String, Int, Milestone.Occurrence?)] {
    guard let every = rule.repeatEveryDays, every > 0 else {
      return [(rule.id, rule.offsetDays, nil)]
    }
    var result: [(String, Int, Milestone.Occurrence?)] = []
    var offset = rule.offsetDays
    while rule.repeatUntilDays.map({ offset <= $0 }) ?? true {
      let suffix = Journey.occurrenceSuffix(
        offset: offset, anchor: rule.anchor, daysPerMonth: care.daysPerMonth)
      let occurrence = Milestone.Occurrence(
        offset: offset, anchor: rule.anchor, daysPerMonth: care.daysPerMonth)
      result.append(("\(rule.id)-\(suffix)", offset, occurrence))
      // Without a known anchor, list the first occurrence only: there is no date to count to.
      guard let anchor, anchor.adding(days: offset) <= today else { break }
      offset += every
    }
    return result
  }

  /// The id's suffix of an occurrence: `m6` for whole months after Day 0, else `d45`,
  /// `dminus-5`.
  static func occurrenceSuffix(offset: Int, anchor: MilestoneRule.Anchor, daysPerMonth: Int)
    -> String
  {
    if anchor == .dayZero, daysPerMonth > 0, offset > 0, offset % daysPerMonth == 0 {
      return "m\(offset / daysPerMonth)"
    }
    let sign = offset < 0 ? "minus-" : ""
    return "d\(sign)\(abs(offset))"
  }
}
