import JourneyCore

/// Copies a file-sync tool makes when two computers changed one file: Syncthing's
/// `2026-11-24.sync-conflict-20261124-101010-ABCDEFG.jsonl`, Dropbox's `2026-11-24 (conflicted
/// copy).jsonl` or `2026-11-24 (Maria's conflicted copy 2026-11-24).jsonl`, Nextcloud's
/// `2026-11-24 (conflicted copy 2026-11-24 101010).jsonl`, and the like.
///
/// Each holds one computer's version of the file, lines the other version may lack: they are
/// read and merged by id with the file they are a copy of, so no line is ever invisible.
public enum SyncConflict {
  /// The name of the file `name` is a conflict copy of (`2026-11-24.jsonl`, `journey.jsonl`);
  /// nil when it is not a conflict copy of a `.jsonl` file.
  ///
  /// A name is a conflict copy when it ends in `.jsonl` and holds the word "conflict" (any
  /// case) after the original's name: the original is the date or `journey` it starts with.
  public static func original(of name: String) -> String? {
    // The shortest copy is `journey` and `conflict` before `.jsonl`: a day file's own name (16
    // bytes) is passed over without a search for the word, which costs each file read.
    guard name.utf8.count >= 21, name.hasSuffix(".jsonl"), !name.hasPrefix("."),
      holdsConflict(name)
    else { return nil }
    if name.hasPrefix("journey"), name.count > "journey.jsonl".count { return "journey.jsonl" }
    let date = name.prefix(10)
    guard date.count == 10, name.count > 16,
      date.enumerated().allSatisfy({ index, char in
        index == 4 || index == 7 ? char == "-" : char.isASCII && char.isNumber
      })
    else { return nil }
    return date + ".jsonl"
  }

  /// Whether the name holds "conflict" in any case: looked for in its bytes, as every day file's
  /// name is (Foundation's `contains` cost a millisecond or two over ten years of them).
  static func holdsConflict(_ name: String) -> Bool {
    let word: StaticString = "conflict"
    var name = name
    return name.withUTF8 { bytes in
      let count = word.utf8CodeUnitCount
      guard bytes.count >= count else { return false }
      return (0...bytes.count - count).contains { start in
        (0..<count).allSatisfy { bytes[start + $0] | 0x20 == word.utf8Start[$0] }
      }
    }
  }

  /// Whether `name` is a conflict copy of a line file.
  public static func isCopy(_ name: String) -> Bool { original(of: name) != nil }

  /// Whether the file at `path` is a conflict copy of a line file, by its name.
  public static func isCopy(path: String) -> Bool { isCopy(FileSystem.baseName(of: path)) }

  /// The problem that says a conflict copy is read (it is reported, so the care circle knows
  /// two computers changed one file, which the device folders are there to prevent).
  static func notice(_ file: String, original: String) -> LineProblem {
    LineProblem(
      file: file, line: 0,
      reason: tr(
        "a copy a sync tool made when two computers changed %1$s at once: its lines are read "
          + "and merged by id with %1$s's, so none is lost; keep it (it may hold lines no other "
          + "file has)", original), kind: .conflictCopy)
  }
}
