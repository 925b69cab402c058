import JourneyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the store needs, with `EINTR` retried and failures as ``StoreError``.
///
/// Plain system calls rather than Foundation: the store must control modes, `fsync` and single
/// writes exactly, and reading years of day files must not pay per-line overhead.
enum FileSystem {
  /// Folders hold health data: owner only.
  static let directoryMode: mode_t = 0o700
  /// Files hold health data: owner read and write only.
  static let fileMode: mode_t = 0o600

  /// Calls `body` again while it fails with `EINTR`; returns its result (-1 on other failures).
  static func retryingInterrupts<T: BinaryInteger>(_ body: () -> T) -> T {
    while true {
      let result = body()
      if result != -1 || errno != EINTR { return result }
    }
  }

  /// The folder holding `path` (`/a/b/c` → `/a/b`; `c` → `.`; `/c` → `/`).
  static func parent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    if slash == trimmed.startIndex { return "/" }
    return String(trimmed[..<slash])
  }

  /// The last part of a path (`/a/b/c.jsonl` → `c.jsonl`).
  static func baseName(of path: String) -> String {
    // Looked for in the bytes (a `/` is one byte in UTF-8): splitting by characters took a
    // twentieth of `verify`, which asks it of every day file.
    let utf8 = path.utf8
    let slash = UInt8(ascii: "/")
    var end = utf8.endIndex
    while end > utf8.startIndex, utf8[utf8.index(before: end)] == slash {
      end = utf8.index(before: end)
    }
    guard end > utf8.startIndex else { return path }
    let start = utf8[..<end].lastIndex(of: slash).map { utf8.index(after: $0) } ?? utf8.startIndex
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }

  /// Whether `path` is a folder (following symbolic links: the data folder itself may be one).
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// What is at a path inside the data folder, without following a symbolic link.
  enum Kind: Equatable {
    case missing
    case file(size: Int)
    case directory
    case symbolicLink
    case namedPipe
    /// A socket or a device.
    case other

    /// The kind's name in a sentence: "a named pipe (FIFO)".
    var noun: String {
      switch self {
      case .missing: tr("missing", context: "file kind")
      case .file: tr("a file", context: "file kind")
      case .directory: tr("a folder", context: "file kind")
      case .symbolicLink: tr("a symbolic link", context: "file kind")
      case .namedPipe: tr("a named pipe (FIFO)", context: "file kind")
      case .other: tr("a socket or a device", context: "file kind")
      }
    }
  }

  /// What `path` is (`lstat`: a symbolic link is reported as one, never followed).
  static func kind(of path: String) -> Kind {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .missing }
    return kind(info)
  }

  static func kind(_ info: stat) -> Kind {
    switch info.st_mode & S_IFMT {
    case S_IFREG: .file(size: Int(info.st_size))
    case S_IFDIR: .directory
    case S_IFLNK: .symbolicLink
    case S_IFIFO: .namedPipe
    default: .other
    }
  }

  /// Whether `path` is a regular file itself (not a link to one).
  static func isRegularFile(_ path: String) -> Bool {
    if case .file = kind(of: path) { return true }
    return false
  }

  /// Opens an existing regular file inside the data folder, refusing anything else.
  ///
  /// `O_NOFOLLOW` and `O_NONBLOCK`: a symbolic link is never followed (it could point at any
  /// file), and a named pipe never blocks the program (a `remind` run by cron would wait
  /// forever); both, and folders, sockets and devices, are refused with
  /// ``StoreError/Code/notAFile``.
  /// A file over ``DataDirectory/largestFile`` is refused with ``StoreError/Code/tooLarge``.
  /// Nil when nothing is there.
  static func openRegular(
    _ path: String, _ flags: Int32, action: StoreAction
  ) throws(StoreError) -> Int32? {
    try openRegularFile(path, flags, action: action)?.fd
  }

  /// ``openRegular(_:_:action:)``, with the file's size as it was opened: a reader needs no
  /// second `fstat` for each of 3,650 day files.
  static func openRegularFile(
    _ path: String, _ flags: Int32, action: StoreAction
  ) throws(StoreError) -> (fd: Int32, size: Int)? {
    let fd = retryingInterrupts { open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
    guard fd >= 0 else {
      let number = errno
      if number == ENOENT { return nil }
      let found = kind(of: path)
      if found != .missing, number == ELOOP || number == EISDIR || number == ENXIO {
        throw StoreError.notAFile(path, found, action: action)
      }
      if action == .read, number == EACCES || number == EPERM { throw readError(number, path) }
      throw StoreError(errno: number, path: path, action: action)
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let number = errno
      close(fd)
      throw StoreError(errno: number, path: path, action: action)
    }
    let found = kind(info)
    guard case .file(let size) = found else {
      close(fd)
      throw StoreError.notAFile(path, found, action: action)
    }
    guard size <= DataDirectory.largestFile else {
      close(fd)
      throw StoreError.tooLarge(path, size: size, action: action)
    }
    return (fd, size)
  }

  /// Creates `path` and any missing parents, each with mode 0700 whatever the umask.
  ///
  /// Folders that already exist are left exactly as they are (their mode is the owner's
  /// choice). Returns the folders created, outermost first, so the caller can make their
  /// directory entries durable with ``syncParents(of:)``.
  @discardableResult
  static func makeDirectories(_ path: String) throws(StoreError) -> [String] {
    if isDirectory(path) { return [] }
    var missing: [String] = []
    var current = path
    while !isDirectory(current) {
      missing.append(current)
      let up = parent(of: current)
      if up == current { break }
      current = up
    }
    var created: [String] = []
    for directory in missing.reversed() {
      if mkdir(directory, directoryMode) == 0 {
        created.append(directory)
        // mkdir's mode is filtered by the umask; chmod is not.
        guard chmod(directory, directoryMode) == 0 else {
          throw StoreError(errno: errno, path: directory, action: .setPermissions)
        }
      } else if errno == EEXIST && isDirectory(directory) {
        continue  // made by someone else in the meantime
      } else {
        throw StoreError(errno: errno, path: directory, action: .createFolder)
      }
    }
    return created
  }

  /// Makes the directory entries of `paths` durable by syncing the folders that hold them.
  static func syncParents(of paths: [String]) throws(StoreError) {
    var done: Set<String> = []
    for path in paths {
      let directory = parent(of: path)
      if done.insert(directory).inserted { try syncDirectory(directory) }
    }
  }

  /// `fsync` on a folder, so entries created in it survive a power cut.
  static func syncDirectory(_ path: String) throws(StoreError) {
    let fd = retryingInterrupts { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    guard fd >= 0 else { throw StoreError(errno: errno, path: path, action: .openFolder) }
    defer { close(fd) }
    guard fsync(fd) == 0 else {
      // Some file systems cannot sync a folder; that is not a failed write.
      if errno == EINVAL || errno == ENOTSUP { return }
      throw StoreError(errno: errno, path: path, action: .saveFolder)
    }
  }

  /// Makes everything written under the folder `root` durable at once, rather than a sync per
  /// file: on Linux one `syncfs` flushes the file system that holds it; elsewhere every file and
  /// folder under `root` is synced in turn.
  static func syncTree(_ root: String) throws(StoreError) {
    #if os(Linux)
      // syncfs(2) is not in the C headers Swift imports without _GNU_SOURCE; look it up.
      if let symbol = dlsym(nil, "syncfs") {
        let syncfs = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        let fd = retryingInterrupts { open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { throw StoreError(errno: errno, path: root, action: .openFolder) }
        defer { close(fd) }
        guard syncfs(fd) == 0 else { throw StoreError(errno: errno, path: root, action: .save) }
        return
      }
    #endif
    for name in try entries(of: root) ?? [] {
      let path = root + "/" + name
      switch kind(of: path) {
      case .directory: try syncTree(path)
      case .file:
        let fd = retryingInterrupts { open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) }
        guard fd >= 0 else { throw StoreError(errno: errno, path: path, action: .open) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw StoreError(errno: errno, path: path, action: .save) }
      default: continue
      }
    }
    try syncDirectory(root)
  }

  /// The names in a folder, without `.` and `..`, unsorted; nil when the folder does not exist.
  static func entries(of path: String) throws(StoreError) -> [String]? {
    try listing(of: path)?.map(\.name)
  }

  /// The names in a folder, without `.` and `..`, unsorted, each with whether the folder says
  /// it is a regular file (`d_type`; false when it says something else or does not say, and
  /// ``kind(of:)`` tells); nil when the folder does not exist. Saves a look at each of
  /// thousands of day files.
  static func listing(of path: String) throws(StoreError) -> [(name: String, isFile: Bool)]? {
    var names: [(name: String, isFile: Bool)] = []
    let found = try forEachName(in: path) { name, isFile in
      names.append((String(decoding: name, as: UTF8.self), isFile))
    }
    return found ? names : nil
  }

  /// The same, each name given as its bytes (valid only during the call), for a caller that
  /// makes a String of few of thousands of names; false when the folder does not exist.
  static func forEachName(
    in path: String, _ body: (UnsafeBufferPointer<UInt8>, _ isFile: Bool) -> Void
  ) throws(StoreError) -> Bool {
    guard let stream = opendir(path) else {
      if errno == ENOENT { return false }
      throw StoreError(errno: errno, path: path, action: .listFolder)
    }
    defer { closedir(stream) }
    while let entry = readdir(stream) {
      let isFile = Int(entry.pointee.d_type) == Int(DT_REG)
      withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { start in
          var count = 0
          while start[count] != 0 { count += 1 }
          let name = UnsafeBufferPointer(start: start, count: count)
          // "." and "..": the folder itself and the one above.
          let dots = name.allSatisfy { $0 == UInt8(ascii: ".") }
          if !(dots && (name.count == 1 || name.count == 2)) { body(name, isFile) }
        }
      }
    }
    return true
  }

  /// The whole file in one read (more when it grows meanwhile); nil when it does not exist.
  ///
  /// Only a regular file no larger than ``DataDirectory/largestFile`` is read (see
  /// ``openRegular(_:_:action:)``): never a link, a pipe or a 2 GB file that would take the
  /// program's memory.
  static func readAll(_ path: String) throws(StoreError) -> [UInt8]? {
    guard let (fd, size) = try openRegularFile(path, O_RDONLY, action: .read) else { return nil }
    defer { close(fd) }
    // One spare byte, so reaching it means the file grew and another read is needed.
    var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
    var used = 0
    while true {
      if used == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
      let count = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return retryingInterrupts { read(fd, base + used, buffer.count - used) }
      }
      if count < 0 { throw readError(errno, path) }
      if count == 0 { break }
      used += count
      // Grown past the limit while being read: refuse it as if it had been that large.
      if used > DataDirectory.largestFile {
        throw StoreError.tooLarge(path, size: used, action: .read)
      }
    }
    bytes.removeSubrange(used...)
    return bytes
  }

  /// `17 MB`, `2.0 GB`: a size for a message (powers of 1024, as `ls -h` counts).
  static func sizeText(_ bytes: Int) -> String {
    let units = ["bytes", "KB", "MB", "GB", "TB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    if unit == 0 { return "\(bytes) bytes" }
    let tenths = Int((value * 10).rounded())
    let number = value < 10 ? "\(tenths / 10).\(tenths % 10)" : "\(Int(value.rounded()))"
    return number + " " + units[unit]
  }

  static func readError(_ number: Int32, _ path: String) -> StoreError {
    guard number == EACCES || number == EPERM else {
      return StoreError(errno: number, path: path, action: .read)
    }
    return StoreError(
      code: .notReadable,
      message: tr(
        "CareJourney may not read %1$s (%2$s); check the owner and permissions of that file.",
        path, StoreError.systemReason(number)),
      path: path)
  }
}
