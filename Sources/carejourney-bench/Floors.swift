/// The two floors a command's time is measured against at ten years: reading every day file
/// once in a process, and starting the program and leaving (`--help`), medians of this run.
struct Floors {
  var read: Double
  var start: Double
}
