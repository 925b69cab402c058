import JourneyCore
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Modes: folders 0700, files 0600, whatever the umask")
struct PermissionTests {
  /// The umask is per process and other tests run in parallel, so each case runs in a child.
  /// 0o277 would leave owner-only folders unwritable (0500) if mkdir's mode were trusted.
  @Test("created folders are 0700 and files 0600", arguments: [0o000, 0o022, 0o277] as [mode_t])
  func modes(umaskValue: mode_t) throws {
    try withTemporaryDirectory { temporary in
      let directory = DataDirectory(root: temporary + "/new/parent/journey")
      let date = try #require(LocalDate(year: 2026, month: 11, day: 22))
      let dayFile = directory.dayFile(for: date)
      // Run the same calls once here, so the child runs only code already loaded.
      try withTemporaryDirectory { warmUp in
        let other = DataDirectory(root: warmUp + "/d")
        try other.ensureExists()
        try LineFile.append(["{}"], to: other.dayFile(for: date))
        _ = try StoreLock.tryExclusiveLock(in: other)
      }

      let outcome = runInChildProcess {
        umask(umaskValue)
        return exitStatus { () throws(StoreError) in
          try directory.ensureExists()
          try LineFile.append(["{}"], to: directory.journeyFile)
          try LineFile.append(["{}"], to: dayFile)
          _ = try StoreLock.tryExclusiveLock(in: directory)
        }
      }

      #expect(outcome == .exited(0))
      for folder in [
        temporary + "/new", temporary + "/new/parent", directory.root,
        directory.root + "/days", directory.root + "/days/2026",
      ] {
        #expect(permissions(of: folder) == 0o700, "\(folder)")
      }
      for file in [directory.journeyFile, dayFile, directory.lockFile] {
        #expect(permissions(of: file) == 0o600, "\(file)")
      }
      #expect(permissions(of: temporary) == 0o700, "an existing folder keeps its mode")
    }
  }

  @Test("an existing folder's mode is left to its owner")
  func existingFolderUntouched() throws {
    try withTemporaryDirectory { root in
      #expect(chmod(root, 0o750) == 0)
      try DataDirectory(root: root).ensureExists()
      try LineFile.append(["{}"], to: root + "/journey.jsonl")
      #expect(permissions(of: root) == 0o750)
    }
  }
}
