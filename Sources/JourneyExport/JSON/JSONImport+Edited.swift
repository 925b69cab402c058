import JourneyCore

extension JSONImport {
  /// The first thing in a backup that is not as `export json` wrote it, by the hashes it
  /// carries (``BackupChain``): an event, an entry (`entry 17 (id …, 2026-11-21,
  /// temperature)`), or its protocol; nil when all agree. A backup of version 2 or later
  /// without its hashes is refused: they are what show it unchanged.
  static func firstEdit(
    _ document: Document, events: [JourneyEvent], entries: [Entry]
  ) throws(Refusal) -> Edit? {
    guard let eventChain = document.eventChain, let entryChain = document.entryChain else {
      throw Refusal(
        description: tr(
          "it has no \"eventChain\" or no \"entryChain\": the hashes that show a backup "
            + "unchanged since export are missing, so it is not whole"))
    }
    if let index = BackupChain.firstDifference(events.map { LineCodec.encode($0) }, eventChain) {
      let place = eventPlace(index)
      guard events.indices.contains(index) else { return Edit(removed: place) }
      let event = events[index]
      return Edit(place, id: event.id, date: "\(event.recordedAt.date)", type: event.type)
    }
    if let index = BackupChain.firstDifference(entries.map { LineCodec.encode($0) }, entryChain) {
      let place = entryPlace(index)
      guard entries.indices.contains(index) else { return Edit(removed: place) }
      let entry = entries[index]
      return Edit(place, id: entry.id, date: "\(entry.observedAt.date)", type: entry.type)
    }
    if document.protocolSha256 != document.protocol.map({ SHA256.hex($0) }) {
      return Edit(words: tr("its protocol"), isItem: false)
    }
    return nil
  }

  /// The first thing changed in a backup, in ``Language/current``: an event or an entry (an
  /// item, which may have been edited, added or removed), or the protocol.
  struct Edit {
    let words: String
    let isItem: Bool

    init(words: String, isItem: Bool) {
      self.words = words
      self.isItem = isItem
    }

    /// The item at `place` (`entry 17`) as it is now: `entry 17 (id …, 2026-11-21, temperature)`.
    init(_ place: String, id: String, date: String, type: String) {
      self.init(words: tr("%1$s (id %2$s, %3$s, %4$s)", place, id, date, type), isItem: true)
    }

    /// The item at `place`, in the hashes but no longer in the backup.
    init(removed place: String) {
      self.init(words: tr("%s (removed)", place), isItem: true)
    }
  }
}

extension JSONImport.Refusal {
  /// A backup changed after export, and what to do.
  init(editedAfterExport edit: JSONImport.Edit) {
    self.init(
      description: edit.isItem
        ? tr(
          "it was changed after it was exported: %s is not as it was written (edited, added or "
            + "removed); import the backup as `export json` wrote it, or add --accept-edited to "
            + "import it anyway (the journey then records that it was edited)", edit.words)
        : tr(
          "it was changed after it was exported: %s is not as it was written; import the backup "
            + "as `export json` wrote it, or add --accept-edited to import it anyway (the "
            + "journey then records that it was edited)", edit.words))
  }
}

extension JSONImport.Backup {
  /// The note an import of an edited backup adds to the journey, so that whoever reads it
  /// later knows its data was changed outside CareJourney; nil when nothing was.
  public func editedNote(id: String, at now: Timestamp, by author: Author) -> Entry? {
    guard let edited else { return nil }
    return Entry(
      id: id, recordedAt: now, observedAt: now, author: author,
      body: .note(
        text: tr(
          "Imported from a backup changed after it was exported (first change: %1$s); imported "
            + "with --accept-edited by %2$s", edited, "\(author)")))
  }
}
