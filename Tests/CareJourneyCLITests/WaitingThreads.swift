import Foundation

/// A thread of its own for each stretch of work of the tests that spend most of their time
/// waiting: on the built binary, on tmux, on Syncthing, on a program that must be stopped.
///
/// Swift Testing runs test functions on Swift's shared pool of threads, a few per core (four on
/// two cores here), and a test that waits in `waitpid` or polls a tmux pane holds one of them
/// the whole time: with the screens, signals and crashes waiting, the tests that compute
/// waited too. Suites marked ``OnWaitingThreads`` run here instead. A thread per job, never a
/// fixed number: a job that waits for another job (a task it started) always finds one.
final class WaitingThreads: TaskExecutor, @unchecked Sendable {
  /// The executor the marked suites share.
  static let shared = WaitingThreads()

  private init() {}

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedTaskExecutor()
    Thread { job.runSynchronously(on: executor) }.start()
  }
}
