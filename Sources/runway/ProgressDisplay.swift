/// Where a long simulation shows how far it has come: a bar on a terminal,
/// lines in a batch job's log.
protocol ProgressDisplay: Sendable {
  func update(done: Int, of total: Int)
  func finish()
}
