import JourneyCore
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The store's errors and the journey's refusals come up to the screens and the commands as they
/// are: each is read here whole, in English and in the patient's language, so a sentence built
/// around an action ("could not write to …") is seen to read right in each language.
@Suite("Store errors and journey refusals in the patient's language")
struct StoreErrorLanguageTests {
  /// A message below the screens and the commands, read in `language`.
  struct Case: Sendable, CustomTestStringConvertible {
    enum Message: Sendable {
      /// No space left while adding to a day file.
      case diskFull
      /// `journey.jsonl` is a symbolic link, so it is not read.
      case symbolicLink
      /// A journey in screening told to go straight to infusion.
      case skippedPhases
      /// A day file on a disk mounted read-only: the system's reason in brackets.
      case readOnlyDisk
      /// The disk failed reading `journey.jsonl` (EIO): the system's reason in brackets.
      case diskFailed
    }

    let message: Message
    let language: Language
    let expected: String

    var testDescription: String { "\(message) in \(language.tag)" }

    /// The message as the store or the journey says it in `language`.
    func said() -> String {
      Language.$current.withValue(language) {
        switch message {
        case .diskFull:
          StoreError(errno: ENOSPC, path: "/data/days/2026/2026-11-22.jsonl", action: .writeTo)
            .message
        case .symbolicLink:
          StoreError.notAFile("/data/journey.jsonl", .symbolicLink, action: .read).message
        case .skippedPhases:
          Self.refusal()
        case .readOnlyDisk:
          StoreError(errno: EROFS, path: "/data/days/2026/2026-11-22.jsonl", action: .writeTo)
            .message
        case .diskFailed:
          StoreError(errno: EIO, path: "/data/journey.jsonl", action: .read).message
        }
      }
    }

    /// Why a journey just begun in screening may not be moved to infusion.
    static func refusal() -> String {
      let stamp = Timestamp(
        date: LocalDate(parsing: "2026-09-01") ?? LocalDate(daysSinceEpoch: 0), secondOfDay: 0,
        utcOffset: 0)
      let created = JourneyEvent(
        id: "e1", recordedAt: stamp, author: Author(role: .nurse, name: "Ana"),
        body: .created(
          patient: "Maria", protocolID: "test", teamPhone: nil, temperatureUnit: .celsius))
      do {
        try Journey(events: [created]).checkTransition(to: .infusion, on: nil, reason: nil)
        return "not refused"
      } catch {
        return error.message
      }
    }
  }

  static let cases: [Case] = [
    Case(
      message: .diskFull, language: .english,
      expected: "The disk is full, so CareJourney could not write to "
        + "/data/days/2026/2026-11-22.jsonl; free some space and try again."),
    Case(
      message: .diskFull, language: .german,
      expected: "Der Datenträger ist voll, daher konnte CareJourney nicht in "
        + "/data/days/2026/2026-11-22.jsonl schreiben; schaffen Sie Platz und versuchen Sie es "
        + "erneut."),
    Case(
      message: .diskFull, language: .simplifiedChinese,
      expected: "磁盘已满，因此 CareJourney 无法写入 /data/days/2026/2026-11-22.jsonl；"
        + "请释放一些空间后重试。"),
    Case(
      message: .symbolicLink, language: .english,
      expected: "/data/journey.jsonl is a symbolic link, and CareJourney follows no link inside "
        + "its data folder (it could point anywhere), so it did not read it; put the real file "
        + "or folder in its place, or remove the link."),
    Case(
      message: .symbolicLink, language: .german,
      expected: "/data/journey.jsonl ist ein symbolischer Link, und CareJourney folgt keinem Link "
        + "in seinem Datenordner (er könnte überallhin zeigen), daher wollte CareJourney es "
        + "nicht lesen; legen Sie die echte Datei oder den echten Ordner an seine Stelle, oder "
        + "entfernen Sie den Link."),
    Case(
      message: .symbolicLink, language: .simplifiedChinese,
      expected: "/data/journey.jsonl 是符号链接，而 CareJourney 不跟随其数据文件夹中的任何链接"
        + "（它可能指向任何地方），因此没有读取它；请把真正的文件或文件夹放在那里，或删除该链接。"),
    Case(
      message: .skippedPhases, language: .english,
      expected: "screening cannot go to infusion; allowed from here: leukapheresis, withdrawn "
        + "(needs --reason)"),
    Case(
      message: .skippedPhases, language: .german,
      expected: "von screening geht es nicht nach infusion; von hier aus möglich: "
        + "leukapheresis, withdrawn (braucht --reason)"),
    Case(
      message: .skippedPhases, language: .simplifiedChinese,
      expected: "screening 不能进入 infusion；从这里可以进入：leukapheresis, withdrawn"
        + "（需要 --reason）"),
    Case(
      message: .readOnlyDisk, language: .english,
      expected: "CareJourney could not write to /data/days/2026/2026-11-22.jsonl (Read-only file "
        + "system); check the owner and permissions of that folder, or choose another one with "
        + "--data."),
    Case(
      message: .readOnlyDisk, language: .german,
      expected: "CareJourney konnte nicht in /data/days/2026/2026-11-22.jsonl schreiben (Das "
        + "Dateisystem ist nur lesbar); prüfen Sie Eigentümer und Berechtigungen dieses "
        + "Ordners, oder wählen Sie mit --data einen anderen."),
    Case(
      message: .readOnlyDisk, language: .simplifiedChinese,
      expected: "CareJourney 无法写入 /data/days/2026/2026-11-22.jsonl（只读文件系统）；"
        + "请检查该文件夹的所有者和权限，或用 --data 选择另一个文件夹。"),
    Case(
      message: .readOnlyDisk, language: .spanish,
      expected: "CareJourney no pudo escribir en /data/days/2026/2026-11-22.jsonl (Sistema de "
        + "archivos de solo lectura); compruebe el propietario y los permisos de esa carpeta, o "
        + "elija otra con --data."),
    Case(
      message: .diskFailed, language: .english,
      expected: "CareJourney could not read /data/journey.jsonl (Input/output error); check the "
        + "disk and try again."),
    Case(
      message: .diskFailed, language: .german,
      expected: "CareJourney konnte /data/journey.jsonl nicht lesen (Eingabe-/Ausgabefehler); "
        + "prüfen Sie den Datenträger und versuchen Sie es erneut."),
    Case(
      message: .diskFailed, language: .simplifiedChinese,
      expected: "CareJourney 无法读取 /data/journey.jsonl（输入/输出错误）；请检查磁盘后重试。"),
    Case(
      message: .diskFailed, language: .spanish,
      expected: "CareJourney no pudo leer /data/journey.jsonl (Error de entrada/salida); "
        + "compruebe el disco e inténtelo de nuevo."),
  ]

  /// The system's own reason for an `errno`, as the run's language words it; an `errno` with
  /// no words of CareJourney's keeps the C library's, with its number.
  @Test(
    "the system's reason for an errno",
    arguments: [
      (ENOSPC, Language.english, "No space left on device"),
      (ENOSPC, .german, "Kein Platz mehr auf dem Gerät"),
      (ENOSPC, .simplifiedChinese, "设备上没有空间"),
      (ENOSPC, .spanish, "No queda espacio en el dispositivo"),
      (EACCES, .german, "Keine Berechtigung"),
      (EDQUOT, .simplifiedChinese, "超出磁盘限额"),
      (EWOULDBLOCK, .spanish, "Recurso no disponible temporalmente"),
      (ENOTEMPTY, .german, "Das Verzeichnis ist nicht leer"),
      (EOPNOTSUPP, .german, "Operation not supported, errno \(EOPNOTSUPP)"),
      (EPROTO, .simplifiedChinese, "Protocol error, errno \(EPROTO)"),
    ])
  func systemReason(_ number: Int32, _ language: Language, _ expected: String) {
    #expect(Language.$current.withValue(language) { StoreError.systemReason(number) } == expected)
  }

  /// Every errno a data folder can meet has words of its own in each language, English the C
  /// library's.
  @Test("every errno a data folder meets is translated", arguments: Language.allCases)
  func everyKnownErrnoIsTranslated(_ language: Language) {
    let known: [Int32] = [
      ENOSPC, EDQUOT, EACCES, EPERM, EROFS, ENOENT, ENOTDIR, EISDIR, EEXIST, ELOOP, ENAMETOOLONG,
      EFBIG, EIO, EMFILE, ENFILE, EBUSY, ETXTBSY, EAGAIN, EINTR, ENOMEM, EXDEV, ENOTEMPTY,
      ESTALE, ENODEV, ENXIO,
    ]
    for number in known {
      let english = String(cString: strerror(number))
      let said = Language.$current.withValue(language) { StoreError.systemReason(number) }
      #expect((said == english) == (language == .english), "\(number): \(said)")
    }
  }

  @Test("a whole message, in each language", arguments: cases)
  func readWhole(_ example: Case) {
    #expect(example.said() == example.expected)
  }
}
