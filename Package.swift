// swift-tools-version:6.0
import PackageDescription

// Arrows point one way (DESIGN.md):
//   carejourney → NCursesBackend → TerminalUI → JourneyCore
//   carejourney → JourneyApp → TerminalUI, JourneyStore, JourneyExport → JourneyCore
//   JourneyCore → CSHA256 (C: SHA-256 with the processor's SHA instructions)
// A release build on Linux links the Swift runtime and Foundation into the program: every
// command starts in about two thirds of the time and holds about 6 MB less (no loading of
// libswiftCore, Foundation and ICU, nor their relocations), and the program runs on a computer
// without Swift (it needs only ncursesw and the C and C++ libraries). Debug builds and the
// tests link them dynamically, as usual.
let staticRuntime: [LinkerSetting] = [
  .unsafeFlags(
    [
      "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCollections",
      "-l_FoundationCShims", "-lswiftSynchronization",
    ], .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "CareJourney",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "carejourney", targets: ["carejourney"]),
    .executable(name: "carejourney-bench", targets: ["carejourney-bench"]),
  ],
  dependencies: [
    // The command line: subcommands, --help with examples, validation errors.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // The protocol file is TOML: comments, no significant indentation, easy for a centre to edit.
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    // Tests only: property-based tests for every parser a user or a file reaches.
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // SHA-256 blocks through the x86 SHA extensions (SHA-NI) where the processor has them.
    .target(name: "CSHA256"),
    .target(
      name: "JourneyCore",
      dependencies: ["TOMLKit", "CSHA256"],
      // The translators' catalogs (gettext .po, one per language) are built in like the protocol.
      resources: [
        .embedInCode("Resources/cd19-sle.toml"), .embedInCode("Resources/Catalogs"),
      ]
    ),
    // Linux's sync_file_range, which Swift's Glibc module does not import: an export's bytes
    // start for the disk while the rest is made (WriteBehind).
    .target(name: "CWriteBehind"),
    .target(name: "JourneyStore", dependencies: ["JourneyCore", "CWriteBehind"]),
    // CSV, JSON (backup and import), FHIR R4, iCalendar and the HTML visit report: pure functions
    // of the journey, so the same data always gives the same bytes.
    .target(name: "JourneyExport", dependencies: ["JourneyCore"]),
    // No ncurses here: cells, a cell buffer, widgets, screens, themes, the app loop.
    .target(
      name: "TerminalUI",
      dependencies: ["JourneyCore", "TOMLKit"],
      // Resources/Themes is a link to the top-level Themes/: one copy of each theme file, built
      // into the program (PackageResources.default_toml, ...).
      exclude: ["Resources/Themes/README.md"],
      resources: [.embedInCode("Resources/Themes")]
    ),
    // The system's ncursesw, with a shim for what Swift cannot import (ncurses-on-linux.md).
    .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
    // The only code that calls ncurses.
    .target(name: "NCursesBackend", dependencies: ["TerminalUI", "CNCursesW"]),
    // The application layer: every write, every read the screens and commands do, export and
    // import, the screens' effects and their history loader. Used in-process by the command
    // line, the screens and the tests; the clock and ids come in from outside.
    .target(
      name: "JourneyApp",
      dependencies: ["JourneyCore", "JourneyStore", "JourneyExport", "TerminalUI"]
    ),
    .executableTarget(
      name: "carejourney",
      dependencies: [
        "JourneyCore",
        "JourneyStore",
        "JourneyExport",
        "JourneyApp",
        "TerminalUI",
        "NCursesBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: staticRuntime
    ),
    // The performance budget (DESIGN.md) measured on synthetic histories; run release-built.
    .executableTarget(
      name: "carejourney-bench",
      dependencies: [
        "JourneyCore",
        "JourneyStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "JourneyCoreTests",
      dependencies: [
        "JourneyCore", .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "JourneyStoreTests",
      dependencies: [
        "JourneyStore", .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    // Validators/ holds the Python checks (FHIR R4, RFC 5545) the export tests run.
    .testTarget(
      name: "JourneyExportTests", dependencies: ["JourneyExport"], exclude: ["Validators"]),
    // Whole-frame assertions shared by the screen tests and the README's captures.
    .target(name: "FrameTesting", dependencies: ["TerminalUI"], path: "Tests/FrameTesting"),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "FrameTesting"]),
    .testTarget(name: "NCursesBackendTests", dependencies: ["NCursesBackend", "CNCursesW"]),
    // The application layer driven in-process: the real screens runner over a temporary folder.
    // Frames/ holds the golden frames of the screens in each language (TranslatedFrameTests).
    .testTarget(
      name: "JourneyAppTests",
      dependencies: ["JourneyApp", "JourneyCore", "JourneyStore", "TerminalUI", "FrameTesting"],
      exclude: ["Frames"]
    ),
    // The commands run in-process (the executable's code), and the built binary where a test
    // needs a process: signals, locks, crashes, tmux, standard input and output.
    .testTarget(
      name: "CareJourneyCLITests",
      dependencies: ["carejourney", "JourneyApp", "JourneyCore", "JourneyStore"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
