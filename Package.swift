// swift-tools-version:6.0
import PackageDescription

// Arrows point one way (DESIGN.md):
//   carejourney → JourneyStore → JourneyCore
let package = Package(
  name: "CareJourney",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "carejourney", targets: ["carejourney"])
  ],
  dependencies: [
    // The command line: subcommands, --help with examples, validation errors.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // The protocol file is TOML: comments, no significant indentation, easy for a centre to edit.
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    .target(
      name: "JourneyCore",
      dependencies: ["TOMLKit"],
      resources: [.embedInCode("Resources/cd19-sle.toml")]
    ),
    .target(name: "JourneyStore", dependencies: ["JourneyCore"]),
    .executableTarget(
      name: "carejourney",
      dependencies: [
        "JourneyCore",
        "JourneyStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "JourneyCoreTests", dependencies: ["JourneyCore"]),
    .testTarget(name: "JourneyStoreTests", dependencies: ["JourneyStore"]),
    .testTarget(name: "CareJourneyCLITests", dependencies: ["JourneyCore", "JourneyStore"]),
  ],
  swiftLanguageModes: [.v6]
)
