import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The advisory lock on `<root>/.lock` that keeps two CareJourney processes (or threads) from
/// appending at the same moment.
///
/// It is an `flock(2)` lock on a descriptor of its own, so it excludes other processes and other
/// threads of this one alike, and the system drops it when the process dies: a crash never leaves
/// the journey locked.
public final class StoreLock {
  private var descriptor: Int32?

  /// Opens the lock file, not yet locked.
  private init(in directory: DataDirectory) throws(StoreError) {
    descriptor = try StoreLock.openLockFile(in: directory)
  }

  deinit { release() }

  /// Runs `body` while holding the lock, waiting as long as another holder keeps it.
  ///
  /// Creates the data directory (0700) and the lock file (0600) when missing. The lock is
  /// released when `body` returns or throws.
  ///
  /// - Parameter whileWaiting: called once, before blocking, when another process holds the
  ///   lock, so the interface can say "waiting for another CareJourney window…".
  public static func withExclusiveLock<T>(
    in directory: DataDirectory, whileWaiting: () -> Void = {}, _ body: () throws -> T
  ) throws -> T {
    let lock = try StoreLock(in: directory)
    if try !lock.lock(waiting: false, directory) {
      whileWaiting()
      _ = try lock.lock(waiting: true, directory)
    }
    defer { lock.release() }
    return try body()
  }

  /// Takes the lock if no one holds it; nil when another holder has it (nothing waits).
  ///
  /// Call ``release()`` when done (dropping the last reference releases it too).
  public static func tryExclusiveLock(
    in directory: DataDirectory
  ) throws(StoreError) -> StoreLock? {
    let lock = try StoreLock(in: directory)
    return try lock.lock(waiting: false, directory) ? lock : nil
  }

  /// Releases the lock; calling it again does nothing.
  public func release() {
    guard let fd = descriptor else { return }
    descriptor = nil
    close(fd)  // closing the only descriptor of this open file releases the flock
  }

  /// `flock(LOCK_EX)`; false when `waiting` is false and another holder has it.
  private func lock(waiting: Bool, _ directory: DataDirectory) throws(StoreError) -> Bool {
    guard let fd = descriptor else { return false }
    let operation = waiting ? LOCK_EX : LOCK_EX | LOCK_NB
    guard FileSystem.retryingInterrupts({ flock(fd, operation) }) == 0 else {
      if !waiting && errno == EWOULDBLOCK { return false }
      throw StoreLock.lockError(errno, directory)
    }
    return true
  }

  private static func openLockFile(in directory: DataDirectory) throws(StoreError) -> Int32 {
    try directory.ensureExists()
    let path = directory.lockFile
    // A link is never followed (a `.lock` pointing at another file had that file's mode
    // changed), nor a pipe or a folder opened.
    var opened: Int32?
    // Three tries: the file may be removed between the two opens by someone else.
    for _ in 0..<3 where opened == nil {
      let made = FileSystem.retryingInterrupts {
        open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileSystem.fileMode)
      }
      guard made < 0 else {
        opened = made
        break
      }
      guard errno == EEXIST else {
        throw StoreError(errno: errno, path: path, action: .openLockFile)
      }
      opened = try FileSystem.openRegular(path, O_RDWR, action: .lock)
    }
    guard let fd = opened else {
      throw StoreError(errno: ENOENT, path: path, action: .openLockFile)
    }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & 0o777 != FileSystem.fileMode,
      info.st_uid == geteuid()
    {
      _ = fchmod(fd, FileSystem.fileMode)  // umask at creation, or another tool made it
    }
    return fd
  }

  private static func lockError(_ number: Int32, _ directory: DataDirectory) -> StoreError {
    StoreError(
      code: .lockFailed,
      message: tr(
        "CareJourney could not lock %1$s (%2$s) to keep two windows from writing at once; check "
          + "that the data folder is on a local disk and try again.", directory.lockFile,
        StoreError.systemReason(number)),
      path: directory.lockFile)
  }
}
