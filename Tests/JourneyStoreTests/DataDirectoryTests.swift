import JourneyCore
import Testing

@testable import JourneyStore

#if canImport(Glibc)
  import Glibc
#endif

/// One way of starting CareJourney and the data directory it must pick.
struct ResolveCase: Sendable, CustomTestStringConvertible {
  let name: String
  var option: String? = nil
  var environment: [String: String] = [:]
  var currentDirectory = "/srv/cwd"
  let expected: String

  var testDescription: String { name }
}

private let everyVariable = [
  "CAREJOURNEY_DATA": "/env/cj", "XDG_DATA_HOME": "/xdg", "HOME": "/home/pat",
]

@Suite("DataDirectory")
struct DataDirectoryTests {
  static let resolveCases: [ResolveCase] = [
    ResolveCase(
      name: "--data wins over everything", option: "/data/x", environment: everyVariable,
      expected: "/data/x"),
    ResolveCase(
      name: "empty --data is skipped", option: "", environment: everyVariable,
      expected: "/env/cj"),
    ResolveCase(
      name: "CAREJOURNEY_DATA before XDG", environment: everyVariable, expected: "/env/cj"),
    ResolveCase(
      name: "empty CAREJOURNEY_DATA is skipped",
      environment: ["CAREJOURNEY_DATA": "", "XDG_DATA_HOME": "/xdg", "HOME": "/home/pat"],
      expected: "/xdg/carejourney"),
    ResolveCase(
      name: "empty XDG_DATA_HOME falls back to HOME",
      environment: ["XDG_DATA_HOME": "", "HOME": "/home/pat"],
      expected: "/home/pat/.local/share/carejourney"),
    ResolveCase(
      name: "relative XDG_DATA_HOME is ignored (XDG spec)",
      environment: ["XDG_DATA_HOME": "rel/xdg", "HOME": "/home/pat"],
      expected: "/home/pat/.local/share/carejourney"),
    ResolveCase(
      name: "XDG_DATA_HOME with ~/", environment: ["XDG_DATA_HOME": "~/xdg", "HOME": "/home/pat"],
      expected: "/home/pat/xdg/carejourney"),
    ResolveCase(
      name: "~/ in --data", option: "~/cj", environment: ["HOME": "/home/pat"],
      expected: "/home/pat/cj"),
    ResolveCase(
      name: "~ alone", option: "~", environment: ["HOME": "/home/pat"], expected: "/home/pat"),
    ResolveCase(
      name: "relative --data from the current directory", option: "rel/dir",
      environment: ["HOME": "/home/pat"], expected: "/srv/cwd/rel/dir"),
    ResolveCase(
      name: "./ and trailing slash in CAREJOURNEY_DATA",
      environment: ["CAREJOURNEY_DATA": "./x//y/"], expected: "/srv/cwd/x/y"),
    ResolveCase(
      name: "no HOME: the current directory stands in", environment: [:],
      expected: "/srv/cwd/.local/share/carejourney"),
    ResolveCase(
      name: ".. is kept (symbolic links)", option: "../shared",
      expected: "/srv/cwd/../shared"),
  ]

  @Test("resolve order", arguments: resolveCases)
  func resolve(_ example: ResolveCase) {
    let directory = DataDirectory.resolve(
      option: example.option, environment: example.environment,
      currentDirectory: example.currentDirectory)
    #expect(directory.root == example.expected)
  }

  @Test("file paths and relative names")
  func paths() throws {
    let directory = DataDirectory(root: "/d")
    let date = try #require(LocalDate(year: 2026, month: 11, day: 22))
    #expect(directory.journeyFile == "/d/journey.jsonl")
    #expect(directory.dayFile(for: date) == "/d/days/2026/2026-11-22.jsonl")
    #expect(directory.relative(directory.dayFile(for: date)) == "days/2026/2026-11-22.jsonl")
    #expect(directory.relative("/elsewhere/x") == "/elsewhere/x")
    #expect(directory.relative("/dx/journey.jsonl") == "/dx/journey.jsonl")
  }

  @Test("permission warning names the fix", arguments: [0o700, 0o500, 0o750, 0o755, 0o777, 0o707])
  func permissionWarning(mode: Int) throws {
    try withTemporaryDirectory { root in
      let directory = DataDirectory(root: root)
      #expect(chmod(root, mode_t(mode)) == 0)
      let warning = directory.permissionWarning()
      if mode & 0o077 == 0 {
        #expect(warning == nil)
      } else {
        let text = try #require(warning)
        #expect(text.contains("chmod 700 \(root)"))
        #expect(text.contains(mode & 0o022 != 0 ? "changed" : "read"))
      }
    }
  }

  @Test("no warning for a folder that does not exist yet")
  func noWarningWhenMissing() throws {
    try withTemporaryDirectory { root in
      #expect(DataDirectory(root: root + "/not-yet").permissionWarning() == nil)
    }
  }
}
