import ArgumentParser
import Foundation
import JourneyCore

/// The machine the figures come from.
enum Machine {
  static func describe() -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }
      .map {
        $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
          ?? ""
      }
      ?? "unknown CPU"
    let memory =
      (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("MemTotal") }
      .flatMap { line in line.split(separator: " ").dropFirst().first.flatMap { Double($0) } }
      .map { String(format: "%.0f GB", $0 / 1024 / 1024) } ?? "unknown memory"
    return "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(memory)"
  }
}
