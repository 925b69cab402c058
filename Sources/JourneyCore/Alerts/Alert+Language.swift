extension Alert {
  /// The rules' messages in `language` (the protocol's `"message.de"`, else its own language).
  public func message(in language: Language) -> String {
    rules.map { $0.message(in: language) }.joined(separator: " ")
  }

  /// The level's word in `language`.
  public func word(in language: Language) -> String {
    switch rule.level {
    case .emergency: Catalog.text(.levelEmergency, in: language)
    case .urgent: Catalog.text(.levelUrgent, in: language)
    case .callToday: Catalog.text(.levelCallToday, in: language)
    case .info: Catalog.text(.levelInfo, in: language)
    }
  }

  /// Whom to call and how soon in `language`, with the team's number or saying none is
  /// recorded. Beside a more urgent alert: mention this one on that call.
  public func action(in language: Language) -> String {
    let emergency = contact.emergencyText(in: language)
    let phone = contact.teamPhone
    func say(_ with: CatalogKey, _ without: CatalogKey, _ before: [String] = []) -> String {
      guard let phone else { return Catalog.text(without, in: language, arguments: before) }
      return Catalog.text(with, in: language, arguments: before + [phone])
    }
    if let alongside, alongside.isUrgent, alongside < level {
      return say(.actionAlongside, .actionAlongsideNoTeam)
    }
    switch rule.level {
    case .emergency: return say(.actionEmergency, .actionEmergencyNoTeam, [emergency])
    case .urgent: return say(.actionUrgent, .actionUrgentNoTeam)
    case .callToday: return say(.actionCallToday, .actionCallTodayNoTeam)
    case .info: return Catalog.text(.actionInfo, in: language)
    }
  }

  /// What to do when the team cannot be reached in `language`; nil below urgent.
  public func emergencyLine(in language: Language) -> String? {
    switch rule.level {
    case .emergency: Catalog.text(.ifUnreachableEmergency, in: language)
    case .urgent:
      Catalog.text(.ifUnreachableUrgent, in: language, contact.emergencyText(in: language))
    case .callToday, .info: nil
    }
  }

  /// ``compactAction`` in `language`.
  public func compactAction(in language: Language) -> String {
    let team = contact.teamPhone ?? Catalog.text(.compactNoTeam, in: language)
    let emergency = contact.emergencyText(in: language)
    if let alongside, alongside.isUrgent, alongside < level {
      return level.isUrgent
        ? Catalog.text(.compactAlongsideUrgent, in: language, team, emergency)
        : Catalog.text(.compactAlongside, in: language, team)
    }
    switch rule.level {
    case .emergency: return Catalog.text(.compactEmergency, in: language, emergency, team)
    case .urgent: return Catalog.text(.compactUrgent, in: language, team, emergency)
    case .callToday: return Catalog.text(.compactCallToday, in: language, team)
    case .info: return Catalog.text(.compactInfo, in: language)
    }
  }

  /// The alert as plain-text lines in each of its languages, the patient's first: word,
  /// message, what was seen, whom to call and, when urgent, what to do if the team cannot be
  /// reached. The care team's block is headed by its language's name.
  public func blocks() -> [[String]] {
    languages.shown.enumerated().map { index, language in
      let bar = level.isUrgent ? "!!!!!!!!" : "--------"
      let head =
        index == 0
        ? "\(bar) \(symbol) \(word(in: language)) \(bar)"
        : "\(symbol) \(word(in: language)) (\(language.nativeName))"
      return [
        head, message(in: language), Catalog.text(.seen, in: language, seen(in: language)),
        action(in: language),
      ] + (emergencyLine(in: language).map { [$0] } ?? [])
    }
  }

  /// The whole alert in one plain line in `language`.
  public func line(in language: Language) -> String {
    let tail = emergencyLine(in: language).map { " \($0)" } ?? ""
    return "\(symbol) \(word(in: language)): \(message(in: language)) "
      + "\(Catalog.text(.seen, in: language, seen(in: language))) \(action(in: language))\(tail)"
  }

  /// The same alert speaking `languages`.
  public func speaking(_ languages: AlertLanguages) -> Alert {
    var alert = self
    alert.languages = languages
    return alert
  }
}
