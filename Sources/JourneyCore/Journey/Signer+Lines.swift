extension Signer {
  /// Who may write an entry like `body`: a nurse for an ICE score and a CRS/ICANS grading (the
  /// ASTCT assessments `carejourney ice` and `grade --record` keep for `--role nurse`), anyone
  /// for the rest.
  public static func of(_ body: Entry.Body) -> Signer {
    switch body {
    case .ice, .grading: .nurse
    case .correction(_, _, let replacement?): of(replacement)
    default: .anyone
    }
  }

  /// Who may write `event`: for a milestone's signature, the milestone's own signer in
  /// `protocol` (a nurse's milestone needs a nurse); anyone for the rest.
  public static func of(
    _ event: JourneyEvent, in journey: Journey, protocol care: CareProtocol, today: LocalDate
  ) -> Signer {
    guard case .milestoneSigned(let milestone, _, _, _) = event.body else { return .anyone }
    let rule = journey.milestones(protocol: care, today: today).first { $0.id == milestone }?.rule
    return rule?.signer ?? care.milestones.first { $0.id == milestone }?.signer ?? .anyone
  }

  /// Whether someone working as `role` may write what this signer writes.
  public func allows(_ role: Role) -> Bool {
    self == .anyone || role == .nurse
  }
}
