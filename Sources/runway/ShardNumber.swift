import ArgumentParser

/// `K/N`: shard K (from 1) of N.
struct ShardNumber: ExpressibleByArgument, Hashable, CustomStringConvertible {
  let part: Int
  let parts: Int

  init?(argument: String) {
    let numbers = argument.split(separator: "/").compactMap { Int($0) }
    guard numbers.count == 2, numbers[1] > 0, (1...numbers[1]).contains(numbers[0]) else {
      return nil
    }
    (part, parts) = (numbers[0], numbers[1])
  }

  var description: String { "\(part)/\(parts)" }
}
