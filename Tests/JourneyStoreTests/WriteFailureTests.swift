import Foundation
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Failed writes leave the file as it was")
struct WriteFailureTests {
  /// `ulimit -f` is per process, and other tests write in parallel, so the limit is lowered in a
  /// forked child only. The child also puts SIGXFSZ back to its default (death) and unblocks it,
  /// to prove that `append` itself makes the process survive. The limit leaves room for 10 bytes
  /// of a 200-byte line, so the write really stops part-way and the rollback has bytes to remove.
  @Test("size limit: fileTooLarge, the file byte-identical, a later append works")
  func sizeLimit() throws {
    try withTemporaryDirectory { root in
      let path = root + "/days/2026/2026-11-22.jsonl"
      try LineFile.append([#"{"id":"a"}"#, #"{"id":"b"}"#], to: path)
      let before = try bytes(of: path)
      let long = "{\"note\":\"" + String(repeating: "x", count: 190) + "\"}"

      let outcome = runInChildProcess {
        // Test threads block most signals, and a blocked SIGXFSZ would never kill anyone.
        _ = signal(SIGXFSZ, SIG_DFL)
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGXFSZ)
        guard pthread_sigmask(SIG_UNBLOCK, &signals, nil) == 0 else { return 3 }
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        getrlimit(resource, &limit)
        limit.rlim_cur = rlim_t(before.count + 10)
        guard setrlimit(resource, &limit) == 0 else { return 2 }
        return exitStatus { () throws(StoreError) in try LineFile.append([long], to: path) }
      }

      #expect(outcome == .exited(exitStatus(for: .fileTooLarge)))
      #expect(try bytes(of: path) == before, "the failed append's partial bytes are gone")

      try LineFile.append([#"{"id":"c"}"#], to: path)
      #expect(try bytes(of: path) == before + Array("{\"id\":\"c\"}\n".utf8))
    }
  }

  /// A real full disk: a 16 KB tmpfs, mounted in a child's own mount namespace (so nothing
  /// else sees it) and filled. (`/dev/full` no longer serves: a device is refused as a day file
  /// before anything is written.)
  @Test(
    "a full disk is diskFull, with a message naming the path, and the file as it was",
    .enabled(if: runningAsRoot, "mounting a tmpfs needs root"))
  func diskFull() throws {
    try withTemporaryDirectory { root in
      let folder = root + "/full"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let path = folder + "/2026-11-22.jsonl"
      let line = #"{"id":"a"}"#
      // Longer than the room left in the file's own page, so it needs one more.
      let long = "{\"note\":\"" + String(repeating: "x", count: 6000) + "\"}"
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "unshare") else {
        Issue.record("this C library has no unshare")
        return
      }
      typealias Unshare = @convention(c) (Int32) -> Int32
      let unshare = unsafeBitCast(symbol, to: Unshare.self)
      let outcome = runInChildProcess {
        let newMountNamespace: Int32 = 0x0002_0000  // CLONE_NEWNS
        guard unshare(newMountNamespace) == 0,
          mount(nil, "/", nil, UInt(MS_REC | MS_PRIVATE), nil) == 0,
          mount("tmpfs", folder, "tmpfs", 0, "size=16k") == 0
        else { return 2 }
        guard (try? LineFile.append([line], to: path)) != nil else { return 3 }
        // Fill what is left.
        let fill = open(folder + "/fill", O_WRONLY | O_CREAT, 0o600)
        var block = [UInt8](repeating: 0, count: 4096)
        while write(fill, &block, block.count) > 0 {}
        close(fill)
        let before = (try? bytes(of: path)) ?? []
        do throws(StoreError) {
          try LineFile.append([long], to: path)
          return 4
        } catch {
          guard error.code == .diskFull, error.message.contains(path),
            error.message.contains("free some space")
          else { return 5 }
        }
        return (try? bytes(of: path)) == before ? 0 : 6
      }
      #expect(outcome == .exited(0))
    }
  }

  @Test(
    "a read-only folder is notWritable and nothing is created",
    .disabled(if: runningAsRoot, "root ignores permissions; see the file-in-the-way test"))
  func readOnlyFolder() throws {
    try withTemporaryDirectory { root in
      #expect(chmod(root, 0o500) == 0)
      let error = #expect(throws: StoreError.self) {
        try LineFile.append(["{}"], to: root + "/days/2026/2026-11-22.jsonl")
      }
      #expect(error?.code == .notWritable)
      let left = try FileManager.default.contentsOfDirectory(atPath: root)
      #expect(left.isEmpty)
    }
  }

  /// Fails for root as well: no permission bit lets anyone create a folder inside a file.
  @Test("a file where a folder should be is notWritable, and the file is untouched")
  func fileInTheWay() throws {
    try withTemporaryDirectory { root in
      let blocker = root + "/days"
      try writeBytes(Array("not a folder\n".utf8), to: blocker)

      let error = #expect(throws: StoreError.self) {
        try LineFile.append(["{}"], to: blocker + "/2026/2026-11-22.jsonl")
      }
      #expect(error?.code == .notWritable)
      #expect(error?.message.contains(blocker) == true)
      #expect(try bytes(of: blocker) == Array("not a folder\n".utf8))

      let rootError = #expect(throws: StoreError.self) {
        try DataDirectory(root: blocker).ensureExists()
      }
      #expect(rootError?.code == .notWritable)
    }
  }
}
