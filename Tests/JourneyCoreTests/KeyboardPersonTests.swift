import Testing

@testable import JourneyCore

/// Who is at the keyboard: the file that remembers them, and who signs what is written.
@Suite struct KeyboardPersonTests {
  @Test(arguments: [
    "Tom Santos", "Ana \"Nurse\" Weber", #"C:\Users\maria"#, "Zoë 中文 🙂", "tab\there", "bell\u{7}",
    "line\nbreak",
  ])
  func everyNameReadsBackAsWritten(name: String) throws {
    for role in Role.allCases {
      let person = KeyboardPerson(author: Author(role: role, name: name))
      #expect(try KeyboardPerson(toml: person.toml, fileName: "person.toml") == person)
    }
  }

  @Test(arguments: [
    (
      "role = \"doctor\"\nname = \"A\"\n",
      "role \"doctor\" is not a role (roles: patient, caregiver, nurse)"
    ),
    ("role = \"nurse\"\n", "name is missing"),
    ("role = \"nurse\"\nname = \"  \"\n", "name is empty"),
    ("role = \"nurse\"\nname = \"A\"\nteam = \"x\"\n", "team"),
    ("role = nurse\n", "person.toml"),
  ])
  func aDamagedFileIsAnErrorNamingTheKey(text: String, fragment: String) {
    do {
      _ = try KeyboardPerson(toml: text, fileName: "person.toml")
      Issue.record("read \(text)")
    } catch {
      #expect("\(error)".contains(fragment), "\(error)")
    }
  }

  struct Case: CustomStringConvertible, Sendable {
    var role: Role?
    var name: String?
    var remembered: Author?
    var patient: String?
    var expected: Author
    /// Whether the journey's patient had to be looked up.
    var asked: Bool
    var description: String { "\(role?.rawValue ?? "-") \(name ?? "-") → \(expected)" }
  }

  static let tom = Author(role: .caregiver, name: "Tom")

  static let cases: [Case] = [
    // Nothing known: the patient's name for the patient, never the login when it is known.
    Case(patient: "Maria", expected: Author(role: .patient, name: "Maria"), asked: true),
    Case(patient: nil, expected: Author(role: .patient, name: "root"), asked: true),
    Case(
      role: .caregiver, patient: "Maria", expected: Author(role: .caregiver, name: "root"),
      asked: false),
    // The person remembered on this computer.
    Case(remembered: tom, patient: "Maria", expected: tom, asked: false),
    Case(role: .caregiver, remembered: tom, expected: tom, asked: false),
    // --role and --name override it for one run; a remembered name goes only with its role.
    // A nurse signs: the name is one typed (--name, or remembered as the nurse), never the
    // login name; with none, it stays empty, to be typed before signing.
    Case(role: .nurse, remembered: tom, expected: Author(role: .nurse, name: ""), asked: false),
    Case(role: .nurse, patient: "Maria", expected: Author(role: .nurse, name: ""), asked: false),
    Case(
      remembered: Author(role: .nurse, name: "Ana"), expected: Author(role: .nurse, name: "Ana"),
      asked: false),
    Case(role: .nurse, name: "", expected: Author(role: .nurse, name: ""), asked: false),
    Case(
      role: .patient, remembered: tom, patient: "Maria",
      expected: Author(role: .patient, name: "Maria"), asked: true),
    Case(
      name: "Lea", remembered: tom, expected: Author(role: .caregiver, name: "Lea"), asked: false),
    Case(
      role: .nurse, name: "Ana", remembered: tom, expected: Author(role: .nurse, name: "Ana"),
      asked: false),
    Case(
      name: "", patient: "Maria", expected: Author(role: .patient, name: "patient"), asked: false),
  ]

  @Test(arguments: cases)
  func whoSignsIsWhatTheAppKnowsBest(_ c: Case) {
    var asked = false
    let author = KeyboardPerson.author(
      role: c.role, name: c.name, remembered: c.remembered,
      patient: {
        asked = true
        return c.patient
      }, login: "root")
    #expect(author == c.expected)
    #expect(asked == c.asked)
  }

  /// A name too long for the file is refused in the language of the run, the file's key kept
  /// as it is spelt there.
  @Test(arguments: [
    (Language.english, "person.toml: name is over 200 characters"),
    (Language.german, "person.toml: name ist länger als 200 Zeichen"),
    (Language.simplifiedChinese, "person.toml: name 超过 200 个字符"),
    (Language.spanish, "person.toml: name tiene más de 200 caracteres"),
  ])
  func aNameTooLongIsRefusedInTheLanguage(language: Language, expected: String) {
    let text = "role = \"nurse\"\nname = \"\(String(repeating: "A", count: 201))\"\n"
    let error = Language.$current.withValue(language) {
      Result { () throws(TOMLFileError) in try KeyboardPerson(toml: text, fileName: "person.toml") }
    }
    guard case .failure(let refusal) = error else {
      Issue.record("a name of 201 characters was read")
      return
    }
    #expect(refusal.message == expected)
  }
}
