import JourneyCore

extension JSONImport {
  /// The first thing in a backup that is not as `export json` wrote it, by the hashes it
  /// carries (``BackupChain``): an event, an entry (`entry 17 (id …, 2026-11-21,
  /// temperature)`), or its protocol; nil when all agree. A backup of version 2 or later
  /// without its hashes is refused: they are what show it unchanged.
  static func firstEdit(
    _ document: Document, events: [JourneyEvent], entries: [Entry]
  ) throws(Refusal) -> String? {
    guard let eventChain = document.eventChain, let entryChain = document.entryChain else {
      throw Refusal(
        description: "it has no \"eventChain\" or no \"entryChain\": the hashes that show a "
          + "backup unchanged since export are missing, so it is not whole")
    }
    if let index = BackupChain.firstDifference(events.map { LineCodec.encode($0) }, eventChain) {
      let event = events.indices.contains(index) ? events[index] : nil
      return "event \(index + 1)"
        + (event.map { " (id \($0.id), \($0.recordedAt.date), \($0.type))" } ?? " (removed)")
    }
    if let index = BackupChain.firstDifference(entries.map { LineCodec.encode($0) }, entryChain) {
      let entry = entries.indices.contains(index) ? entries[index] : nil
      return "entry \(index + 1)"
        + (entry.map { " (id \($0.id), \($0.observedAt.date), \($0.type))" } ?? " (removed)")
    }
    if document.protocolSha256 != document.protocol.map({ SHA256.hex($0) }) {
      return "its protocol"
    }
    return nil
  }
}

extension JSONImport.Refusal {
  /// A backup changed after export, and what to do.
  init(editedAfterExport what: String) {
    let item = what.hasPrefix("event ") || what.hasPrefix("entry ")
    self.init(
      description: "it was changed after it was exported: \(what) is not as it was written"
        + (item ? " (edited, added or removed)" : "")
        + "; import the backup as `export json` wrote it, or add --accept-edited to import it "
        + "anyway (the journey then records that it was edited)")
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
        text: "Imported from a backup changed after it was exported (first change: \(edited)); "
          + "imported with --accept-edited by \(author)"))
  }
}
