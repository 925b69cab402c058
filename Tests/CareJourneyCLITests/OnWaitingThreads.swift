import Testing

/// Runs a suite on ``WaitingThreads``: for tests that wait on processes (the built binary,
/// tmux, Syncthing) rather than compute.
///
/// The suite itself runs there too, not only its tests: a serialized suite starts its next test
/// from the suite's own task, which on the shared pool waited behind every test queued there
/// (the screens in tmux ran last, one by one, after everything else).
struct OnWaitingThreads: SuiteTrait, TestTrait, TestScoping {
  var isRecursive: Bool { true }

  func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? { self }

  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    try await withTaskExecutorPreference(WaitingThreads.shared) { try await function() }
  }
}

extension Trait where Self == OnWaitingThreads {
  /// The suite's tests run on threads of their own (``WaitingThreads``).
  static var onWaitingThreads: Self { Self() }
}
